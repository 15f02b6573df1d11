// Following countries, measures and actions (decision 024): who may follow what, what followers hear
// when statuses move or a record is published, and that nobody hears about what they may not see —
// when the notification is written and again when the email goes out.
import { and, eq } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { mailMessage, measure, notification, user } from "~/db/schema";
import { deliverDigests } from "~/server/services/notifications/deliver-email";
import { actionInput, makeAction } from "../../helpers/actions";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { firstMeasureSlugs, recordInput } from "../../helpers/records";

beforeAll(setupDatabase);

// A country no other test file writes records for, so no one else's publication reaches our followers.
const COUNTRY = "LAO";

const notificationsOf = (userId: string) =>
  db.select().from(notification).where(eq(notification.userId, userId)).orderBy(notification.createdAt);
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as TRPCError);

async function firstMeasure() {
  const [slug] = await firstMeasureSlugs(1);
  const [m] = await db.select().from(measure).where(eq(measure.slug, slug!));
  return m!;
}

describe("following", () => {
  it("follows and unfollows, shows the state and the list, and refuses what cannot be followed", async () => {
    const member = await makeViewer("member");
    const me = callerFor(member);
    const m = await firstMeasure();
    expect(await me.follows.status({ subjectType: "country", subjectKey: COUNTRY })).toMatchObject({ following: false });
    await me.follows.set({ subjectType: "country", subjectKey: COUNTRY, following: true });
    await me.follows.set({ subjectType: "measure", subjectKey: m.id, following: true });
    expect(await me.follows.status({ subjectType: "country", subjectKey: COUNTRY })).toMatchObject({ following: true });
    const list = await me.follows.list({});
    expect(list.total).toBe(2);
    expect(list.items.map((i) => i.href).sort()).toEqual([`/countries/${COUNTRY}`, `/measures/${m.slug}`]);
    expect(list.items.find((i) => i.subjectType === "country")!.title.en).toBe("Lao People's Democratic Republic");

    await me.follows.set({ subjectType: "country", subjectKey: COUNTRY, following: false });
    expect(await me.follows.status({ subjectType: "country", subjectKey: COUNTRY })).toMatchObject({ following: false });
    expect((await me.follows.list({})).total).toBe(1);

    // Unknown subjects and someone else's private action are "not found" alike; bad keys are refused by name.
    const { row: secret } = await makeAction(); // organisation-only, another organisation
    expect((await failure(me.follows.set({ subjectType: "action", subjectKey: secret.id, following: true })))?.code).toBe("NOT_FOUND");
    expect((await failure(me.follows.set({ subjectType: "country", subjectKey: "ZZZ", following: true })))?.code).toBe("NOT_FOUND");
    const bad = await failure(me.follows.set({ subjectType: "country", subjectKey: "lao; drop", following: true } as never));
    expect(bad?.code).toBe("BAD_REQUEST");
    expect(JSON.stringify((bad as unknown as { shape?: unknown }).shape ?? bad?.cause)).toContain("subjectKey");
  });

  it("tells followers of a country and of a measure when a published record moves their statuses", async () => {
    const member = await makeViewer("member");
    const staff = await makeViewer("secretariat");
    const countryFollower = await makeViewer("parliamentarian", { countryIso3: "KEN" });
    const measureFollower = await makeViewer("member");
    const bystander = await makeViewer("member");
    const m = await firstMeasure();
    await callerFor(countryFollower).follows.set({ subjectType: "country", subjectKey: COUNTRY, following: true });
    await callerFor(measureFollower).follows.set({ subjectType: "measure", subjectKey: m.id, following: true });

    const draft = await callerFor(member).records.create(await recordInput(member, { countryIso3: COUNTRY, submit: true, measures: [m.slug] }));
    // Submitted, not published: followers hear nothing yet (they may not see it).
    expect(await notificationsOf(countryFollower.id)).toEqual([]);
    await callerFor(staff).records.decide({ id: draft.id, version: draft.version, decision: "published", message: "" });

    const [forCountry] = await notificationsOf(countryFollower.id);
    expect(forCountry).toMatchObject({ kind: "followed_status", subjectType: "record", subjectId: draft.id });
    expect(forCountry!.payload).toMatchObject({ href: `/countries/${COUNTRY}`, from: "none", to: "committed" });
    const [forMeasure] = await notificationsOf(measureFollower.id);
    expect(forMeasure!.payload).toMatchObject({ href: `/countries/${COUNTRY}/measures/${m.slug}`, count: 1, to: "committed" });
    expect(await notificationsOf(bystander.id)).toEqual([]);

    // The in-app line names the country, the measure and both statuses, in the reader's language.
    const { items } = await callerFor(measureFollower).notifications.list({});
    expect(items[0]!.text).toBe(`Lao People's Democratic Republic: “${m.title.en}” changed from Not yet to Committed (after “${draft.title.en}”)`);
    // Immediate email by default, linking to the country's measure page.
    const mails = await db.select().from(mailMessage).where(eq(mailMessage.to, measureFollower.email));
    expect(mails.some((mail) => mail.text.includes(`/en/countries/${COUNTRY}/measures/${m.slug}`))).toBe(true);
  });

  it("tells followers of a newly published record that moves no status, once each", async () => {
    const staff = await makeViewer("secretariat");
    const follower = await makeViewer("member");
    const m = await firstMeasure();
    await callerFor(follower).follows.set({ subjectType: "country", subjectKey: COUNTRY, following: true });
    await callerFor(follower).follows.set({ subjectType: "measure", subjectKey: m.id, following: true });
    // The first test's commitment already made this measure "committed": another one changes nothing.
    const again = await callerFor(staff).records.create(await recordInput(staff, { countryIso3: COUNTRY, measures: [m.slug] }));
    const mine = await notificationsOf(follower.id);
    expect(mine.map((n) => [n.kind, n.subjectId])).toEqual([["followed_record", again.id]]);
  });

  it("never tells a follower about an action they may no longer see, and drops the email if it became hidden", async () => {
    const author = await makeViewer("member");
    const colleague = await makeViewer("member", { organizationId: author.organizationId! });
    const outsider = await makeViewer("member");
    const { row } = await makeAction({ author, overrides: { visibility: "coalition", outcomeKind: "pending" } });
    await callerFor(colleague).follows.set({ subjectType: "action", subjectKey: row.id, following: true });
    await callerFor(outsider).follows.set({ subjectType: "action", subjectKey: row.id, following: true });

    // Made private to the organisation and its outcome moved in the same edit: only the colleague hears.
    const base = await actionInput({ visibility: "organization", outcomeKind: "acknowledged" });
    await callerFor(author).actions.update({ ...base, title: row.title, id: row.id, version: row.version });
    expect((await notificationsOf(colleague.id)).map((n) => n.kind)).toEqual(["followed_action"]);
    expect(await notificationsOf(outsider.id)).toEqual([]);
    const { items } = await callerFor(colleague).notifications.list({});
    expect(items[0]!.text).toBe(`The outcome of “${row.title}”, which you follow, changed from Pending to Acknowledged`);

    // A digest reader: the action is coalition-wide when the notification is written, private by the time the digest goes.
    const reader = await makeViewer("member");
    await db.update(user).set({ emailDelivery: "daily_digest" }).where(eq(user.id, reader.id));
    const { row: open } = await makeAction({ author, overrides: { visibility: "coalition", outcomeKind: "pending" } });
    await callerFor(reader).follows.set({ subjectType: "action", subjectKey: open.id, following: true });
    const moved = await callerFor(author).actions.update({ ...(await actionInput({ visibility: "coalition", outcomeKind: "no_response" })), title: open.title, id: open.id, version: open.version });
    expect((await notificationsOf(reader.id)).map((n) => n.kind)).toEqual(["followed_action"]);
    await callerFor(author).actions.update({ ...(await actionInput({ visibility: "organization", outcomeKind: "no_response" })), title: open.title, id: open.id, version: moved.version });
    await deliverDigests(new Date(Date.now() + 48 * 3600 * 1000));
    expect(await db.select().from(mailMessage).where(eq(mailMessage.to, reader.email))).toEqual([]);
    const [claimed] = await db.select().from(notification).where(and(eq(notification.userId, reader.id)));
    expect(claimed!.emailedAt).not.toBeNull();
  });
});
