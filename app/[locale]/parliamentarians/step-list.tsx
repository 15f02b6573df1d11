"use client";
// The steps of one theme, drawn from what differs per step: its slug, its title (already picked in
// the page's language), the title in the parallel language, whom it addresses, its source passages
// and, with a country chosen, that state's progress. What is the same for every step (labels, the
// parallel language's tags, document names) comes once per page through StepLabelsProvider. Rendered
// on the server like any list, so the page reads and prints without JavaScript; the RSC payload
// carries this data instead of each step's element tree, written a second time (decision 035).
import { createContext, type ReactNode, use } from "react";
import { PickedText, type PickedTextView } from "~/components/i18n/picked-text";
import { SourcePassageOnDemand } from "~/components/measures/passage-loader";
import { type StepProgressData, StepProgressView } from "./step-progress-view";

export interface StepLabels {
  locale: string;
  /** `lang` and `dir` of the parallel language's titles. */
  other: { lang: string; dir: "ltr" | "rtl" };
  addressed: string;
  mentions: string;
  /** Each source document's name (symbol or title), by slug. */
  documents: Record<string, string>;
}

export interface StepView {
  slug: string;
  title: PickedTextView;
  /** The title in the parallel language, when it has one. */
  other?: string;
  /** Addressed to parliaments (else: mentions them). */
  toParliament: boolean;
  /** [document slug, locator, quoted words]. */
  passages: [string, string, string][];
  progress?: StepProgressData;
}

const Labels = createContext<StepLabels | null>(null);

export function StepLabelsProvider({ labels, children }: { labels: StepLabels; children: ReactNode }) {
  return <Labels value={labels}>{children}</Labels>;
}

export function StepList({ steps }: { steps: StepView[] }) {
  const labels = use(Labels);
  if (!labels) throw new Error("StepList needs StepLabelsProvider around it");
  return (
    <ol className="steps">
      {steps.map((m) => (
        <li key={m.slug} className="step">
          <h3>
            <a href={`/${labels.locale}/measures/${m.slug}`}>
              <PickedText {...m.title} />
            </a>
          </h3>
          {m.other && (
            <p {...labels.other} className="other">
              {m.other}
            </p>
          )}
          <p className="to">{m.toParliament ? labels.addressed : labels.mentions}</p>
          {m.progress && <StepProgressView progress={m.progress} />}
          <div className="passages">
            {m.passages.map(([slug, locator, quote], i) => (
              <SourcePassageOnDemand key={i} slug={slug} locator={locator} name={labels.documents[slug] ?? slug} quote={quote} />
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
