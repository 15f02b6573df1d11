// What followers hear (decision 024): a followed country's statuses moved, a followed measure's status
// moved in some country, a new record about a followed country or measure was published, a followed
// action's outcome changed. Called inside the transaction that made the change; notify() keeps only
// the people who may see the subject, and deliver-email.ts asks again when the email goes out.
//
// The subject of a progress notification is the record that caused it: statuses are derived from
// published records, so whoever may see that record may see the change, and a record unpublished or
// deleted before the digest goes out takes its notification with it.
import type { LocalizedText } from "~/db/localized-text";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "~/db/client";
import { advocacyAction, country, follow, measure, record, recordMeasure } from "~/db/schema";
import type { TFollowSubject } from "~/db/schema/follows";
import type { ServiceContext } from "~/server/services/context";
import { notify, type Outbox } from "~/server/services/notifications/notify";
import type { StatusChange } from "~/server/services/progress/recompute-progress";
import { everyLocale, type TLocalizedName } from "~/server/domain/localized-name";

type RecordRow = typeof record.$inferSelect;
type ActionRow = typeof advocacyAction.$inferSelect;

/** Active followers of these subjects, by subject key. */
async function followersOf(tx: Tx, subjectType: TFollowSubject, keys: readonly string[]): Promise<Map<string, string[]>> {
  const byKey = new Map<string, string[]>();
  if (keys.length === 0) return byKey;
  const rows = await tx
    .select({ key: follow.subjectKey, userId: follow.userId })
    .from(follow)
    .where(and(eq(follow.subjectType, subjectType), inArray(follow.subjectKey, [...new Set(keys)]), isNull(follow.endedAt)));
  for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.userId]);
  return byKey;
}

async function countryNames(tx: Tx, iso3s: readonly string[]) {
  if (iso3s.length === 0) return new Map<string, TLocalizedName>();
  const rows = await tx.select({ iso3: country.iso3, name: country.name }).from(country).where(inArray(country.iso3, [...iso3s]));
  return new Map(rows.map((r) => [r.iso3, everyLocale(r.name)]));
}

async function measureInfo(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { title: LocalizedText; slug: string }>();
  const rows = await tx.select({ id: measure.id, title: measure.title, slug: measure.slug }).from(measure).where(inArray(measure.id, [...ids]));
  return new Map(rows.map((r) => [r.id, { title: r.title, slug: r.slug }]));
}

/**
 * After a record changed and progress was recomputed: tells followers of the countries and measures
 * whose statuses moved, and — when the record was just published — followers of its country and of
 * the measures it links. Each person hears once per country: the status summary, else the measure
 * line, else the new record.
 */
export async function onProgressChanged(
  tx: Tx,
  ctx: ServiceContext,
  outbox: Outbox,
  cause: RecordRow,
  changes: readonly StatusChange[],
  opts: { newlyPublished: boolean },
) {
  const linked = opts.newlyPublished
    ? (await tx.select({ id: recordMeasure.measureId }).from(recordMeasure).where(eq(recordMeasure.recordId, cause.id))).map((r) => r.id)
    : [];
  const countries = [...new Set([...changes.map((c) => c.countryIso3), ...(opts.newlyPublished && cause.countryIso3 ? [cause.countryIso3] : [])])];
  const measureIds = [...new Set([...changes.map((c) => c.measureId), ...linked])];
  const [countryFollowers, measureFollowers, names, measures] = [
    await followersOf(tx, "country", countries),
    await followersOf(tx, "measure", measureIds),
    await countryNames(tx, countries),
    await measureInfo(tx, measureIds),
  ];
  const told = new Set<string>();
  const tell = async (kind: "followed_status" | "followed_record", people: readonly string[], payload: Record<string, unknown>) => {
    const fresh = people.filter((p) => !told.has(p));
    fresh.forEach((p) => told.add(p));
    if (fresh.length > 0) await notify(tx, ctx, outbox, { kind, subjectType: "record", subjectId: cause.id, recipientIds: fresh, payload });
  };

  for (const iso3 of countries) {
    const here = changes.filter((c) => c.countryIso3 === iso3);
    const first = here[0];
    if (first) {
      await tell("followed_status", countryFollowers.get(iso3) ?? [], {
        href: `/countries/${iso3}`,
        country: names.get(iso3) ?? null,
        count: here.length,
        measure: measures.get(first.measureId)?.title ?? null,
        from: first.from,
        to: first.to,
      });
    }
    for (const c of here) {
      const m = measures.get(c.measureId);
      await tell("followed_status", measureFollowers.get(c.measureId) ?? [], {
        href: m ? `/countries/${iso3}/measures/${m.slug}` : `/countries/${iso3}`,
        country: names.get(iso3) ?? null,
        count: 1,
        measure: m?.title ?? null,
        from: c.from,
        to: c.to,
      });
    }
  }
  if (opts.newlyPublished) {
    const people = [
      ...(cause.countryIso3 ? (countryFollowers.get(cause.countryIso3) ?? []) : []),
      ...linked.flatMap((id) => measureFollowers.get(id) ?? []),
    ];
    await tell("followed_record", people, { country: cause.countryIso3 ? (names.get(cause.countryIso3) ?? null) : null });
  }
}

/** A followed action's outcome moved (its "status"): its followers who may still see it hear of it. */
export async function onActionOutcomeChanged(tx: Tx, ctx: ServiceContext, outbox: Outbox, before: ActionRow, after: ActionRow) {
  if (before.outcomeKind === after.outcomeKind) return;
  const followers = (await followersOf(tx, "action", [after.id])).get(after.id) ?? [];
  if (followers.length === 0) return;
  await notify(tx, ctx, outbox, {
    kind: "followed_action",
    subjectType: "action",
    subjectId: after.id,
    recipientIds: followers,
    payload: { from: before.outcomeKind, to: after.outcomeKind },
  });
}
