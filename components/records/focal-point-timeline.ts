// A country's focal-point appointments in order, with the vacancies between them made explicit.
export interface Appointment {
  id: string;
  appointedOn: string;
  endedOn: string | null;
}

export type TimelineEntry<T extends Appointment> =
  | { kind: "appointment"; item: T; current: boolean }
  | { kind: "vacancy"; from: string; to: string | null };

/** Newest first. A gap between one appointment's end and the next start, or an end with no successor, is a vacancy. */
export function focalPointTimeline<T extends Appointment>(items: T[]): TimelineEntry<T>[] {
  const sorted = [...items].sort((a, b) => a.appointedOn.localeCompare(b.appointedOn));
  const out: TimelineEntry<T>[] = [];
  sorted.forEach((item, i) => {
    const next = sorted[i + 1];
    out.push({ kind: "appointment", item, current: !item.endedOn && !next });
    if (item.endedOn && (!next || next.appointedOn > item.endedOn)) {
      out.push({ kind: "vacancy", from: item.endedOn, to: next?.appointedOn ?? null });
    }
  });
  return out.reverse();
}
