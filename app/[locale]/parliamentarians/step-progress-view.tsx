"use client";
// One step's progress in the chosen country, drawn from what differs per step (its status, the day
// it was reached, the records behind it, already in the page's language); the labels come once per
// page (StepProgressLabels). ~40 steps, each written twice (HTML and RSC payload): a server-rendered
// block sent ~600 bytes of payload per step, this sends its data alone (decision 035).
import { createContext, type ReactNode, use } from "react";
import { PickedText, type PickedTextView } from "~/components/i18n/picked-text";
import type { TProgressStatus } from "~/server/progress/statuses";

export interface StepProgressLabels {
  locale: string;
  status: string;
  statuses: Record<TProgressStatus, string>;
  /** Swatch colours of the map, by status. */
  colours: Record<TProgressStatus, string>;
  parliament: string;
  government: string;
  remains: string;
  remainsPartly: string;
}

/** A published record behind a step, its title picked in the page's language. */
export interface StepRecordView {
  id: string;
  title: PickedTextView;
  /** "(parliamentary action, 3 Mar 2024)": type and day, formatted on the server. */
  about: string;
}

export interface StepProgressData {
  status: TProgressStatus;
  /** The day the status was reached, formatted on the server. */
  since?: string;
  parliament?: StepRecordView[];
  government?: StepRecordView[];
}

const Labels = createContext<StepProgressLabels | null>(null);

export function StepProgressLabelsProvider({ labels, children }: { labels: StepProgressLabels; children: ReactNode }) {
  return <Labels value={labels}>{children}</Labels>;
}

export function StepProgressView({ progress }: { progress: StepProgressData }) {
  const labels = use(Labels);
  if (!labels) throw new Error("StepProgressView needs StepProgressLabelsProvider around it");
  const { status, since, parliament = [], government = [] } = progress;
  const list = (heading: string, records: StepRecordView[]) =>
    records.length > 0 && (
      <>
        <p className="who">{heading}</p>
        <ul>
          {records.map((r) => (
            <li key={r.id}>
              <a href={`/${labels.locale}/records/${r.id}`}>
                <PickedText {...r.title} />
              </a>{" "}
              <span>{r.about}</span>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <div className="progress" data-testid="step-progress">
      <p>
        <span className="who">{labels.status}: </span>
        <span className="status" data-status={status}>
          <span aria-hidden="true" style={{ background: labels.colours[status] }} />
          {labels.statuses[status]}
        </span>
        {since && <span className="since"> · {since}</span>}
      </p>
      {list(labels.parliament, parliament)}
      {list(labels.government, government)}
      {status !== "implemented" && (
        <p className="remains">{parliament.length + government.length === 0 ? labels.remains : labels.remainsPartly}</p>
      )}
    </div>
  );
}
