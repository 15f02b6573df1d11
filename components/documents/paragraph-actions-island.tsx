"use client";
// The client side of paragraph-actions.tsx: the labels once per page (context), the links per paragraph.
import { createContext, type ReactNode, use } from "react";
import { citeHref } from "~/components/forms/cite-param";
import { useClientSession } from "~/components/layout/session-context";
import { COALITION_ROLES, COUNTRY_ROLES } from "~/server/auth/policy";
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

/** Who may propose records (policy "record.propose"): the coalition, and parliamentarians for their own parliament.
 *  Discussing and logging actions is the coalition's (COALITION_ROLES). */
const RECORD_ROLES: readonly string[] = [...COALITION_ROLES, ...COUNTRY_ROLES];
const COALITION: readonly string[] = COALITION_ROLES;

// reader.css: at least 24 px high, the minimum target size (WCAG 2.2, 2.5.8) for links this close together.
const actionClass = "no-print unit-tool";

export function ParagraphActionsIsland({ document, locator, discuss }: { document: string; locator: string; discuss?: boolean }) {
  const labels = use(Labels);
  const role = useClientSession()?.user?.role;
  if (!labels) throw new Error("ParagraphActions needs ParagraphActionLabels around it");
  const at = (label: string) => label.replaceAll("{locator}", locator);
  const coalition = role !== undefined && COALITION.includes(role);
  return (
    <>
      <CopyLinkButton anchor={`p-${locator}`} label={labels.copy} description={at(labels.copyTo)} copiedLabel={labels.copied} />
      <Link href={`/documents/${document}/cite/${encodeURIComponent(locator)}`} prefetch={false} className={actionClass} aria-label={at(labels.citeTo)}>
        {labels.cite}
      </Link>
      {discuss && coalition && (
        <Link href={`/documents/${document}/discuss/${encodeURIComponent(locator)}`} className={actionClass} aria-label={`${labels.discuss} ${locator}`}>
          {labels.discuss}
        </Link>
      )}
      {role !== undefined && RECORD_ROLES.includes(role) && (
        <Link href={citeHref("/records/new", document, locator)} prefetch={false} className={actionClass} aria-label={at(labels.inRecordTo)}>
          {labels.inRecord}
        </Link>
      )}
      {coalition && (
        <Link href={citeHref("/actions/new", document, locator)} prefetch={false} className={actionClass} aria-label={at(labels.inActionTo)}>
          {labels.inAction}
        </Link>
      )}
    </>
  );
}
