// GET /api/session, the header island's one request: the right shape for a visitor and for each kind
// of signed-in person, role-only menu entries, unread notifications counted, never cached.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { notification } from "~/db/schema";
import { sessionResponse } from "~/app/api/session/session-response";
import { makeViewer, setupDatabase } from "../../helpers/factories";

beforeAll(setupDatabase);

async function body(res: Response) {
  return (await res.json()) as {
    user: { name: string; role: string } | null;
    nav: string[];
    unreadNotifications: number;
    may: { proposeRecord: boolean; logAction: boolean; discuss: boolean };
  };
}

describe("GET /api/session", () => {
  it("answers a visitor with no user, no role-only menu entries, and no-store", async () => {
    const res = await sessionResponse(null);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await body(res)).toEqual({ user: null, nav: [], unreadNotifications: 0, may: { proposeRecord: false, logAction: false, discuss: false } });
  });

  it("names a member, gives them Actions, Activity and My work but not Review, Dashboard or Admin, and counts only their unread notifications", async () => {
    const member = await makeViewer("member");
    const other = await makeViewer("member");
    const subjectId = crypto.randomUUID();
    const base = { kind: "mentioned", subjectType: "record", subjectId };
    await db.insert(notification).values([
      { ...base, userId: member.id },
      { ...base, userId: member.id },
      { ...base, userId: member.id, readAt: new Date() },
      { ...base, userId: other.id },
    ]);
    const res = await sessionResponse(member);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await body(res)).toEqual({
      user: { name: member.name, role: "member", locale: member.locale },
      nav: ["actions", "activity", "myWork"],
      unreadNotifications: 2,
      may: { proposeRecord: true, logAction: true, discuss: true },
    });
  });

  it("gives the secretariat the review, dashboard and admin entries too", async () => {
    const staff = await makeViewer("secretariat");
    const b = await body(await sessionResponse(staff));
    expect(b.user?.role).toBe("secretariat");
    expect(b.nav).toEqual(["actions", "activity", "myWork", "review", "dashboard", "admin"]);
    expect(b.unreadNotifications).toBe(0);
    // Staff hold no organisation (decision 016): the reader offers them no "Cite in an action".
    expect(b.may).toEqual({ proposeRecord: true, logAction: false, discuss: true });
  });

  it("lets a parliamentarian propose from the reader, but not log actions or discuss", async () => {
    const mp = await makeViewer("parliamentarian", { countryIso3: "KEN" });
    expect((await body(await sessionResponse(mp))).may).toEqual({ proposeRecord: true, logAction: false, discuss: false });
  });
});
