// Who may log and change advocacy actions, and the pure parts of an action's validation.
import { describe, expect, it } from "vitest";
import { type Viewer, can, type Role } from "~/server/auth/policy";
import { canSeeAction } from "~/server/services/advocacy/action-visibility";
import { latestActionDate, ZActionFiltersSchema } from "~/server/services/advocacy/action-schemas";

const viewer = (role: Role, organizationId: string | null): Viewer => ({
  id: `${role}-id`,
  email: `${role}@example.test`,
  name: role,
  role,
  organizationId,
  countryIso3: null,
  locale: "en",
  mustEnrolTwoFactor: false,
});

describe("action policy", () => {
  it("lets coalition people with an organisation log actions, nobody else", () => {
    expect(can(viewer("member", "org-1"), "action.create")).toBe(true);
    expect(can(viewer("secretariat", "org-1"), "action.create")).toBe(true);
    expect(can(viewer("secretariat", null), "action.create")).toBe(false);
    expect(can(viewer("parliamentarian", "org-1"), "action.create")).toBe(false);
    expect(can(null, "action.create")).toBe(false);
  });

  it("keeps editing and deleting inside the action's organisation", () => {
    for (const verb of ["action.update", "action.delete"] as const) {
      expect(can(viewer("member", "org-1"), verb, { organizationId: "org-1" })).toBe(true);
      expect(can(viewer("member", "org-1"), verb, { organizationId: "org-2" })).toBe(false);
      expect(can(viewer("admin", null), verb, { organizationId: "org-2" })).toBe(false);
    }
  });

  it("matches the visibility rule for loaded rows", () => {
    const row = (visibility: "organization" | "coalition" | "public") => ({
      visibility,
      organizationId: "org-1",
    });
    expect(canSeeAction(viewer("secretariat", null), row("organization"))).toBe(false);
    expect(canSeeAction(viewer("member", "org-1"), row("organization"))).toBe(true);
    expect(canSeeAction(viewer("parliamentarian", null), row("coalition"))).toBe(false);
    expect(canSeeAction(null, row("public"))).toBe(true);
    expect(canSeeAction(null, { ...row("public"), deletedAt: new Date() })).toBe(false);
  });
});

describe("action schemas", () => {
  it("allows one day ahead of UTC for people east of it", () => {
    expect(latestActionDate(new Date("2026-05-01T23:00:00Z"))).toBe("2026-05-02");
  });

  it("reads list filters from a query string, ignoring empty values", () => {
    expect(ZActionFiltersSchema.parse({ country: "", kind: "meeting", mine: "true" })).toMatchObject({
      kind: "meeting",
      mine: true,
    });
    expect(ZActionFiltersSchema.safeParse({ country: "ken" }).success).toBe(false);
  });
});
