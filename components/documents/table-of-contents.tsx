// The reader's table of contents: every part of the document (decision 038) with the paragraphs it
// holds and its section titles, linked to their anchors. Collapsible (toc-disclosure.tsx).
import { getLocale, getTranslations } from "next-intl/server";
import { withLocale } from "~/components/ui/page-link";
import { headingLevel } from "./headings";
import type { PartSummary } from "./part-navigation";
import { TocDisclosure } from "./toc-disclosure";

interface TocUnit {
  locator: string;
  kind: string;
  text: string;
}

export async function TableOfContents({
  parts,
  summaries,
  current,
  hasFootnotes,
}: {
  parts: TocUnit[][];
  summaries: PartSummary[];
  /** The part on this page (0-based): its titles link within the page. */
  current: number;
  /** This page lists footnotes. */
  hasFootnotes: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("documents"), getLocale()]);
  // Plain links with the locale already in them, styled from the list: a document has dozens of
  // titles (decision 035). Other parts list their top-level titles, this part all of its own.
  const headings = (units: TocUnit[], i: number) =>
    units
      .map((u) => ({ ...u, level: headingLevel(u.kind, u.locator) }))
      .filter((u) => u.level === 2 || (u.level === 3 && i === current))
      .map((u) => (
        <li key={u.locator} className={u.level === 3 ? "ps-4" : undefined}>
          <a href={`${i === current ? "" : withLocale(summaries[i]!.path, locale)}#p-${u.locator}`}>{u.text}</a>
        </li>
      ));
  const footnotes = hasFootnotes && (
    <li>
      <a href="#footnotes">{t("footnotes")}</a>
    </li>
  );
  // At least 24 px tall: targets a finger (or a shaky hand) can hit (WCAG 2.5.8).
  const links = "[&_a]:block [&_a]:min-h-6 [&_a]:py-0.5 [&_a]:leading-snug";
  const list =
    parts.length <= 1 ? (
      <ol className={`mt-2 flex flex-col gap-1 ${links}`}>
        {headings(parts[0] ?? [], 0)}
        {footnotes}
      </ol>
    ) : (
      <ol className={`mt-2 flex flex-col gap-3 ${links}`}>
        {summaries.map((s, i) => (
          <li key={s.path}>
            <a href={withLocale(s.path, locale)} aria-current={i === current ? "page" : undefined} className="font-medium">
              {t("partRange", { number: i + 1, first: s.first, last: s.last })}
            </a>
            <ol className="mt-1 flex flex-col gap-1 border-s border-slate-200 ps-2">
              {headings(parts[i]!, i)}
              {i === current && footnotes}
            </ol>
          </li>
        ))}
      </ol>
    );
  return (
    <nav aria-label={t("contents")} className="no-print text-sm lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto">
      <TocDisclosure label={t("contents")}>{list}</TocDisclosure>
    </nav>
  );
}
