// "What changed since …" (issue 14): every change of a country's measure statuses in a period, with
// the published event that caused it — the secretariat's annual review reads from this. The rules are
// run as of the start and as of every day in the period on which some published evidence is dated;
// consecutive views are compared measure by measure.
import type { LocalizedText } from "~/db/localized-text";
import { eq, inArray } from "drizzle-orm";
import { db } from "~/db/client";
import { country, record } from "~/db/schema";
import { today } from "~/server/domain/dates";
import { everyLocale } from "~/server/domain/localized-name";
import { FOCAL_POINT_MEASURE, measureStatuses, NETWORK_MEASURE, type ProgressRecord } from "~/server/progress/rules";
import type { TProgressStatus } from "~/server/progress/statuses";
import { loadCatalogue, loadPublishedRecords } from "./progress-inputs";

export interface StatusChange {
  date: string;
  measure: string;
  from: TProgressStatus;
  to: TProgressStatus;
  /** The published records with evidence dated that day for this measure, and what each said. */
  causes: { type: ProgressRecord["type"]; id: string; title: LocalizedText; status: string | null }[];
}

/** What each record says on `date` (an event's status, an appointment, an ending), if anything. */
function saidOn(r: ProgressRecord, date: string): { status: string | null } | null {
  if (r.type === "focal_point") return r.date === date ? { status: "appointed" } : r.endedOn === date ? { status: "ended" } : null;
  const events = r.events?.length ? r.events : [{ date: r.date, status: r.status }];
  const last = events.filter((e) => e.date === date).at(-1);
  return last ? { status: last.status } : null;
}

/** Status changes of one country after `since` up to and including `until` (both YYYY-MM-DD), oldest first. */
export async function countryStatusChanges(iso3: string, since: string, until: string): Promise<StatusChange[]> {
  const catalogue = await loadCatalogue(db);
  const records = (await loadPublishedRecords(db, [iso3], catalogue)).get(iso3)?.records ?? [];
  const slugOf = new Map(catalogue.measures.map((m) => [m.id, m.slug]));
  const focal = new Set(catalogue.measures.filter((m) => m.slug === FOCAL_POINT_MEASURE || m.slug === NETWORK_MEASURE).map((m) => m.id));
  // A measure's status depends only on the records linked to it (appointments, for the focal-point
  // measures) and moves only on a day one of them says something. So each day re-derives just the
  // measures touched that day from just their records: the same statuses as re-deriving the whole
  // state every day, without days × all records (the busiest state of the scale fixture, a year:
  // 23 s → well under a second).
  const recordsOf = new Map<string, ProgressRecord[]>();
  const touchedOn = new Map<string, Set<string>>();
  for (const r of records) {
    const measureIds = r.type === "focal_point" ? [...focal] : [...new Set(r.measureIds)];
    for (const id of measureIds) {
      const list = recordsOf.get(id);
      if (list) list.push(r);
      else recordsOf.set(id, [r]);
    }
    for (const d of [r.date, r.endedOn, ...(r.events ?? []).map((e) => e.date)]) {
      if (!d || d <= since || d > until) continue;
      const touched = touchedOn.get(d) ?? new Set<string>();
      for (const id of measureIds) touched.add(id);
      touchedOn.set(d, touched);
    }
  }
  const statusesOf = (measures: typeof catalogue.measures, asOf: string) => {
    const linked = new Set(measures.flatMap((m) => recordsOf.get(m.id) ?? []));
    return new Map(measureStatuses([...linked], measures, asOf).map((s) => [s.measureId, s.status as TProgressStatus]));
  };
  const byId = new Map(catalogue.measures.map((m) => [m.id, m]));
  const current = statusesOf(catalogue.measures, since);
  const changes: (Omit<StatusChange, "causes"> & { measureId: string })[] = [];
  for (const day of [...touchedOn.keys()].sort()) {
    // In catalogue order, as the whole-state comparison listed them.
    const touched = catalogue.measures.filter((m) => touchedOn.get(day)!.has(m.id) && byId.has(m.id));
    const after = statusesOf(touched, day);
    for (const m of touched) {
      const from = current.get(m.id) ?? "none";
      const to = after.get(m.id) ?? "none";
      if (from !== to) changes.push({ date: day, measureId: m.id, measure: m.slug, from, to });
      current.set(m.id, to);
    }
  }
  const causeIds = new Map<StatusChange & object, { record: ProgressRecord; status: string | null }[]>();
  const withCauses = changes.map((c) => {
    const causes = (recordsOf.get(c.measureId) ?? []).flatMap((r) => {
      const said = saidOn(r, c.date);
      return said ? [{ record: r, status: said.status }] : [];
    });
    const change = { date: c.date, measure: slugOf.get(c.measureId) ?? c.measure, from: c.from, to: c.to, causes: [] as StatusChange["causes"] };
    causeIds.set(change, causes);
    return change;
  });
  const ids = [...new Set([...causeIds.values()].flat().map((c) => c.record.id))];
  const titles = ids.length
    ? new Map((await db.select({ id: record.id, title: record.title }).from(record).where(inArray(record.id, ids))).map((t) => [t.id, t]))
    : new Map<string, { id: string; title: LocalizedText }>();
  for (const change of withCauses) {
    change.causes = causeIds.get(change)!.map(({ record: r, status }) => ({
      type: r.type,
      id: r.id,
      title: titles.get(r.id)?.title ?? {},
      status,
    }));
  }
  return withCauses;
}

/** countries.statusChanges: a state's changes in (since, until], with its names; null when there is no such state. */
export async function listCountryStatusChanges({ input }: { input: { iso3: string; since: string; until?: string } }) {
  const [known] = await db.select({ iso3: country.iso3, name: country.name }).from(country).where(eq(country.iso3, input.iso3));
  if (!known) return null;
  const until = input.until ?? today();
  return { iso3: known.iso3, name: everyLocale(known.name), since: input.since, until, items: await countryStatusChanges(known.iso3, input.since, until) };
}
