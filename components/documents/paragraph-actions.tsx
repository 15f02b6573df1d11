// What can be done with one paragraph of the reader, in one place: copy its link, discuss it, and cite
// it in a new record or action (or in the one being written: the form keeps a local draft and adds the
// paragraph to it). "Cite" leads everyone to the paragraph's citation page (link, text, CSL-JSON); the
// role-dependent links appear once the session is known, and the procedures behind them authorise on
// the server. One small client island per paragraph: its labels are sent once per page
// (ParagraphActionLabels, below), not with each of the reader's hundreds of paragraphs (decision 035).
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ParagraphActionsIsland, ParagraphLabelsProvider, type ParagraphLabels } from "./paragraph-actions-island";

/** `{locator}` in a label is replaced by each paragraph's locator on the client. */
const AT = "{locator}";

/** Wraps the reader's paragraphs: the labels every ParagraphActions below it uses. */
export async function ParagraphActionLabels({ children }: { children: ReactNode }) {
  const [t, td, tc, tCite] = await Promise.all([getTranslations("documents"), getTranslations("discussion"), getTranslations("forms.cite"), getTranslations("openData.cite")]);
  const labels: ParagraphLabels = {
    copy: t("copyLink"),
    copyTo: t("copyLinkTo", { locator: AT }),
    copied: t("copied"),
    cite: tCite("button"),
    citeTo: tCite("paragraphLabel", { locator: AT }),
    discuss: td("link"),
    inRecord: tc("inRecord"),
    inRecordTo: tc("inRecordLabel", { locator: AT }),
    inAction: tc("inAction"),
    inActionTo: tc("inActionLabel", { locator: AT }),
  };
  return <ParagraphLabelsProvider labels={labels}>{children}</ParagraphLabelsProvider>;
}

/** `discuss`: offer the paragraph's discussion (coalition roles only). */
export function ParagraphActions({ document, locator, discuss }: { document: string; locator: string; discuss?: boolean }) {
  return <ParagraphActionsIsland document={document} locator={locator} discuss={discuss} />;
}
