// The progress rules (decision 009): from a country's published records and the measures catalogue,
// each measure's status "as of" a date, the records that decided it, and the country's scores.
// Pure: no database, no clock. The derived tables, the API and the trend line all come from here.
import type { StatusEvidence, TProgressStatus } from "./statuses";

export const FOCAL_POINT_MEASURE = "appoint-national-r2p-focal-point";
export const NETWORK_MEASURE = "join-global-network-of-r2p-focal-points";

/** Measures addressed to these actors are the ones a state can be scored on. */
export const APPLICABLE_ADDRESSEES = ["government", "parliament"] as const;
export const PILLARS = [1, 2, 3] as const;

export interface ProgressRecord {
  type: StatusEvidence["type"];
  id: string;
  /** Date made / appointed on / date of the action (YYYY-MM-DD). */
  date: string;
  /** Breaks ties between records of the same date (ISO timestamp or Date). */
  publishedAt: string | Date | null;
  status: string | null;
  kind: string | null;
  /** Focal points only: the day the appointment ended (YYYY-MM-DD), null while it lasts. */
  endedOn: string | null;
  /** Focal points only: a member of the Global Network of R2P Focal Points. */
  network: boolean;
  /** The live measures the record is linked to (ids). */
  measureIds: readonly string[];
}

export interface CatalogueMeasure {
  id: string;
  slug: string;
  actor: string;
  pillar: number | null;
  key: boolean;
}

export interface MeasureStatus {
  measureId: string;
  status: Exclude<TProgressStatus, "none">;
  /** The day the measure took this status (YYYY-MM-DD). */
  since: string;
  evidence: StatusEvidence[];
}

/** Each score is a share 0–1 (in progress counts half); null when nothing applies. */
export interface ProgressScores {
  overall: number;
  byPillar: Record<string, number | null>;
  byActor: Record<string, number | null>;
}

type Signal = Exclude<TProgressStatus, "none">;

/** What a commitment's status says about the measures it is linked to. */
export const COMMITMENT_SIGNAL: Record<string, Signal> = {
  announced: "committed",
  // Work stopped but the promise stands: still committed, no credit for work.
  stalled: "committed",
  in_progress: "in_progress",
  fulfilled: "implemented",
  withdrawn: "regressed",
};

/** Own keys only: a status is text, and "constructor" must not find what every object inherits. */
const commitmentSignal = (status: string | null): Signal | null =>
  status !== null && Object.hasOwn(COMMITMENT_SIGNAL, status) ? COMMITMENT_SIGNAL[status]! : null;

const DECISIVE_KINDS = new Set(["law_adopted", "budget_line", "caucus_formed"]);
const LEGISLATIVE_KINDS = new Set(["bill_introduced", "resolution", "motion"]);
const DELIBERATIVE_KINDS = new Set(["hearing", "debate", "question", "committee_report", "statement"]);

/**
 * What a parliamentary action says about one linked measure, or null for no signal. By kind:
 * decisive acts (law adopted, budget line, caucus formed) implement; legislative steps (bill, resolution,
 * motion) are in progress, a bill adopted implements; deliberation (hearing, debate, question, committee
 * report, statement) is oversight work, in progress for measures addressed to parliament and no signal
 * for others. By status: planned is a commitment to act (no signal for deliberation); rejected undoes
 * (regressed) a decisive or legislative act and says nothing for deliberation.
 */
export function parliamentarySignal(kind: string | null, status: string | null, measureActor: string): Signal | null {
  const k = kind ?? "";
  if (DELIBERATIVE_KINDS.has(k)) {
    if (status === "planned" || status === "rejected") return null;
    return measureActor === "parliament" ? "in_progress" : null;
  }
  if (!DECISIVE_KINDS.has(k) && !LEGISLATIVE_KINDS.has(k)) return null;
  if (status === "rejected") return "regressed";
  if (status === "planned") return "committed";
  if (DECISIVE_KINDS.has(k)) return "implemented";
  if (k === "bill_introduced" && status === "adopted") return "implemented";
  return "in_progress";
}

interface Event {
  date: string;
  record: ProgressRecord;
  signal: Signal;
}

const RANK: Record<Signal, number> = { regressed: 0, committed: 1, in_progress: 2, implemented: 3 };

// Normalised once per record: sorting compares them many times.
const stamps = new WeakMap<ProgressRecord, string>();
function stamp(r: ProgressRecord) {
  let s = stamps.get(r);
  if (s === undefined) {
    const v = r.publishedAt;
    s = v === null ? "" : (typeof v === "string" ? new Date(v) : v).toISOString();
    stamps.set(r, s);
  }
  return s;
}

/** Chronological, ties by publishedAt then id: the later one wins. */
function compareEvents(a: Event, b: Event) {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const pa = stamp(a.record);
  const pb = stamp(b.record);
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
}

const ref = (r: ProgressRecord): StatusEvidence => ({ type: r.type, id: r.id });

/**
 * Walks the evidence in order. Positive evidence only raises the status (a new promise does not undo
 * work done); regressing evidence (withdrawn, rejected, a focal point gone with no successor) lowers it
 * to regressed; after a regression anything positive counts again. The evidence is the record that set
 * the status plus later records saying the same.
 */
function walk(events: Event[]): Omit<MeasureStatus, "measureId"> | null {
  let current: Omit<MeasureStatus, "measureId"> | null = null;
  for (const e of [...events].sort(compareEvents)) {
    const was: Signal | null = current?.status ?? null;
    if (current && e.signal === was) current.evidence.push(ref(e.record));
    else if (was === null || e.signal === "regressed" || was === "regressed" || RANK[e.signal] > RANK[was]) {
      current = { status: e.signal, since: e.date, evidence: [ref(e.record)] };
    }
    // else: weaker positive evidence (a new promise after the work began) changes nothing.
  }
  return current;
}

/** The appointments in force on `asOf`, and when the uninterrupted cover that includes `asOf` began. */
function activeAppointments(appointments: ProgressRecord[], asOf: string) {
  const active = appointments.filter((r) => r.date <= asOf && (r.endedOn === null || r.endedOn > asOf));
  if (active.length === 0) return null;
  // Walk back from the earliest active appointment through appointments that overlapped or handed over.
  let since = active.reduce((d, r) => (r.date < d ? r.date : d), active[0]!.date);
  for (let moved = true; moved; ) {
    moved = false;
    for (const r of appointments) {
      if (r.date < since && r.endedOn !== null && r.endedOn >= since) {
        since = r.date;
        moved = true;
      }
    }
  }
  const evidence = [...active].sort((a, b) => compareEvents({ date: a.date, record: a, signal: "implemented" }, { date: b.date, record: b, signal: "implemented" }));
  return { since, evidence: evidence.map(ref) };
}

/** Each appointment implements at its date; an end with no appointment in force that day regresses. */
function appointmentEvents(appointments: ProgressRecord[], asOf: string): Event[] {
  const events: Event[] = [];
  for (const r of appointments) {
    if (r.date > asOf) continue;
    events.push({ date: r.date, record: r, signal: "implemented" });
    const end = r.endedOn;
    if (end === null || end > asOf) continue;
    const successor = appointments.some((o) => o !== r && o.date <= end && (o.endedOn === null || o.endedOn > end));
    if (!successor) events.push({ date: end, record: r, signal: "regressed" });
  }
  return events;
}

/**
 * Every measure's status for one country as of `asOf` (YYYY-MM-DD), only for measures with a status.
 * Records dated after `asOf` are ignored; a record's own status and kind are taken as they stand now.
 */
export function measureStatuses(records: readonly ProgressRecord[], catalogue: readonly CatalogueMeasure[], asOf: string): MeasureStatus[] {
  const byId = new Map(catalogue.map((m) => [m.id, m]));
  const events = new Map<string, Event[]>();
  const add = (measureId: string, e: Event) => {
    const list = events.get(measureId);
    if (list) list.push(e);
    else events.set(measureId, [e]);
  };
  const appointments: ProgressRecord[] = [];
  for (const r of records) {
    if (r.date > asOf) continue;
    if (r.type === "focal_point") {
      appointments.push(r);
      continue;
    }
    for (const measureId of new Set(r.measureIds)) {
      const m = byId.get(measureId);
      if (!m) continue;
      const signal = r.type === "commitment" ? commitmentSignal(r.status) : parliamentarySignal(r.kind, r.status, m.actor);
      if (signal) add(measureId, { date: r.date, record: r, signal });
    }
  }

  const out: MeasureStatus[] = [];
  const focalMeasures = new Map<string, ProgressRecord[]>();
  for (const m of catalogue) {
    if (m.slug === FOCAL_POINT_MEASURE) focalMeasures.set(m.id, appointments);
    if (m.slug === NETWORK_MEASURE) focalMeasures.set(m.id, appointments.filter((r) => r.network));
  }
  for (const [measureId, relevant] of focalMeasures) {
    // A focal point in office is the fact itself: nothing else can lower the measure while it lasts.
    const active = activeAppointments(relevant, asOf);
    if (active) {
      out.push({ measureId, status: "implemented", since: active.since, evidence: active.evidence });
      continue;
    }
    for (const e of appointmentEvents(relevant, asOf)) add(measureId, e);
  }
  const decidedByOffice = new Set(out.map((s) => s.measureId));
  for (const [measureId, list] of events) {
    if (decidedByOffice.has(measureId)) continue;
    const decided = walk(list);
    if (decided) out.push({ measureId, ...decided });
  }
  const order = new Map(catalogue.map((m, i) => [m.id, i]));
  return out.sort((a, b) => order.get(a.measureId)! - order.get(b.measureId)!);
}

export const isApplicable = (m: Pick<CatalogueMeasure, "actor">) => (APPLICABLE_ADDRESSEES as readonly string[]).includes(m.actor);

const CREDIT: Record<TProgressStatus, number> = { none: 0, committed: 0, regressed: 0, in_progress: 0.5, implemented: 1 };

function share(measures: readonly CatalogueMeasure[], statusOf: Map<string, TProgressStatus>) {
  if (measures.length === 0) return null;
  const credit = measures.reduce((sum, m) => sum + CREDIT[statusOf.get(m.id) ?? "none"], 0);
  return Math.round((credit / measures.length) * 10_000) / 10_000;
}

/** Share of applicable measures implemented, in progress counting half: overall, per pillar, per actor. */
export function progressScores(statuses: readonly Pick<MeasureStatus, "measureId" | "status">[], catalogue: readonly CatalogueMeasure[]): ProgressScores {
  const statusOf = new Map<string, TProgressStatus>(statuses.map((s) => [s.measureId, s.status]));
  const applicable = catalogue.filter(isApplicable);
  return {
    overall: share(applicable, statusOf) ?? 0,
    byPillar: Object.fromEntries(PILLARS.map((p) => [String(p), share(applicable.filter((m) => m.pillar === p), statusOf)])),
    byActor: Object.fromEntries(APPLICABLE_ADDRESSEES.map((a) => [a, share(applicable.filter((m) => m.actor === a), statusOf)])),
  };
}

/** Statuses and scores in one go, as the derived tables store them. */
export function countryProgress(records: readonly ProgressRecord[], catalogue: readonly CatalogueMeasure[], asOf: string) {
  const statuses = measureStatuses(records, catalogue, asOf);
  return { statuses, scores: progressScores(statuses, catalogue) };
}
