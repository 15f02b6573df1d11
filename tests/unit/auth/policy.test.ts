import { describe, expect, it } from "vitest";
import { PERMISSIONS, type Viewer, can, type Role } from "~/server/auth/policy";

const viewer = (role: Role, extra: Partial<Viewer> = {}): Viewer => ({
  id: `${role}-id`,
  email: `${role}@example.test`,
  name: role,
  role,
  organizationId: role === "member" ? "org-1" : null,
  countryIso3: role === "parliamentarian" ? "KEN" : null,
  locale: "en",
  mustEnrolTwoFactor: false,
  ...extra,
});

describe("can()", () => {
  it("refuses every action to anonymous visitors", () => {
    for (const permission of PERMISSIONS) expect(can(null, permission), permission).toBe(false);
  });

  it.each([
    ["admin", ["organization.create", "user.changeRole", "audit.read", "mailbox.read", "invitation.create", "admin.access"]],
    ["secretariat", ["invitation.create", "invitation.list", "invitation.revoke", "admin.access", "user.list"]],
    ["member", ["user.list", "account.read", "organization.read"]],
    ["parliamentarian", ["account.read", "organization.read"]],
  ] as const)("grants %s what the role needs", (role, actions) => {
    for (const action of actions) expect(can(viewer(role), action), action).toBe(true);
  });

  it.each([
    ["secretariat", ["organization.create", "organization.delete", "user.changeRole", "user.deactivate", "audit.read", "mailbox.read"]],
    ["member", ["admin.access", "invitation.create", "invitation.list", "organization.update", "audit.read"]],
    ["parliamentarian", ["admin.access", "user.list", "invitation.create", "organization.create"]],
  ] as const)("refuses %s the rest", (role, actions) => {
    for (const action of actions) expect(can(viewer(role), action), action).toBe(false);
  });

  it("lets the secretariat invite any role but admin", () => {
    const s = viewer("secretariat");
    expect(can(s, "invitation.create", { role: "admin" })).toBe(false);
    for (const role of ["secretariat", "member", "parliamentarian"] as const) {
      expect(can(s, "invitation.create", { role })).toBe(true);
    }
    expect(can(viewer("admin"), "invitation.create", { role: "admin" })).toBe(true);
  });

  it("scopes people to the member's own organisation", () => {
    const m = viewer("member");
    expect(can(m, "user.read", { organizationId: "org-1" })).toBe(true);
    expect(can(m, "user.read", { organizationId: "org-2" })).toBe(false);
    expect(can(m, "user.read", { organizationId: null })).toBe(false);
    expect(can(viewer("secretariat"), "user.read", { organizationId: "org-2" })).toBe(true);
  });

  it("never lets an admin deactivate themself", () => {
    const a = viewer("admin");
    expect(can(a, "user.deactivate", { userId: a.id })).toBe(false);
    expect(can(a, "user.deactivate", { userId: "someone-else" })).toBe(true);
  });

  it("requires a second factor of staff, and of members whose organisation asks for it", () => {
    expect(can(viewer("admin"), "account.withoutSecondFactor")).toBe(false);
    expect(can(viewer("secretariat"), "account.withoutSecondFactor")).toBe(false);
    expect(can(viewer("member"), "account.withoutSecondFactor")).toBe(true);
    expect(can(viewer("member"), "account.withoutSecondFactor", { organizationRequiresTwoFactor: true })).toBe(false);
    expect(can(viewer("parliamentarian"), "account.withoutSecondFactor", { organizationRequiresTwoFactor: true })).toBe(true);
  });

  it("lets an organisation's members require a second factor, and only an admin relax it", () => {
    expect(can(viewer("member"), "organization.requireTwoFactor", { organizationId: "org-1" })).toBe(true);
    expect(can(viewer("member"), "organization.requireTwoFactor", { organizationId: "org-2" })).toBe(false);
    expect(can(viewer("secretariat"), "organization.requireTwoFactor", { organizationId: "org-1" })).toBe(false);
    expect(can(viewer("admin"), "organization.requireTwoFactor", { organizationId: "org-2" })).toBe(true);
    expect(can(viewer("member"), "organization.relaxTwoFactor", { organizationId: "org-1" })).toBe(false);
    expect(can(viewer("admin"), "organization.relaxTwoFactor")).toBe(true);
  });

  it("lets only an admin reset someone else's second factor", () => {
    const a = viewer("admin");
    expect(can(a, "user.resetTwoFactor", { userId: "someone-else" })).toBe(true);
    expect(can(a, "user.resetTwoFactor", { userId: a.id })).toBe(false);
    expect(can(viewer("secretariat"), "user.resetTwoFactor", { userId: "someone-else" })).toBe(false);
  });
});
