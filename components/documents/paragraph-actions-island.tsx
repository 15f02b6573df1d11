"use client";
// The client side of paragraph-actions.tsx: the labels once per page (context), the links per paragraph.
import { createContext, type ReactNode, use } from "react";
import { citeHref } from "~/components/forms/cite-param";
import { useClientSession } from "~/components/layout/session-context";
import { Link } from "~/server/i18n/navigation";
import { CopyLinkButton } from "./copy-link-button";

export interface ParagraphLabels {
  copy: string;
  copyTo: string;
  copied: string;
  cite: string;
  citeTo: string;
  discuss: string;
  inRecord: string;
  inRecordTo: string;
  inAction: string;
  inActionTo: string;
}

const Labels = createContext<ParagraphLabels | null>(null);

export function ParagraphLabelsProvider({ labels, children }: { labels: ParagraphLabels; children: ReactNode }) {
  return <Labels value={labels}>{children}</Labels>;
}

// reader.css: at least 24 px high, the minimum target size (WCAG 2.2, 2.5.8) for links this close together.
const actionClass = "no-print unit-tool";

export function ParagraphActionsIsland({ document, locator, discuss }: { document: string; locator: string; discuss?: boolean }) {
  const labels = use(Labels);
  // What the policy lets this person do, as /api/session reports it: no role is judged here.
  const may = useClientSession()?.may;
  if (!labels) throw new Error("ParagraphActions needs ParagraphActionLabels around it");
  const at = (label: string) => label.replaceAll("{locator}", locator);
  return (
    <>
      <CopyLinkButton anchor={`p-${locator}`} label={labels.copy} description={at(labels.copyTo)} copiedLabel={labels.copied} />
      <Link href={`/documents/${document}/cite/${encodeURIComponent(locator)}`} prefetch={false} className={actionClass} aria-label={at(labels.citeTo)}>
        {labels.cite}
      </Link>
      {discuss && may?.discuss && (
        <Link href={`/documents/${document}/discuss/${encodeURIComponent(locator)}`} className={actionClass} aria-label={`${labels.discuss} ${locator}`}>
          {labels.discuss}
        </Link>
      )}
      {may?.proposeRecord && (
        <Link href={citeHref("/records/new", document, locator)} prefetch={false} className={actionClass} aria-label={at(labels.inRecordTo)}>
          {labels.inRecord}
        </Link>
      )}
      {may?.logAction && (
        <Link href={citeHref("/actions/new", document, locator)} prefetch={false} className={actionClass} aria-label={at(labels.inActionTo)}>
          {labels.inAction}
        </Link>
      )}
    </>
  );
}
