// The reader's table of contents: every part of the document (decision 038) with the paragraphs it
// holds and its section titles, linked to their anchors. Collapsible on a phone.
import { getLocale, getTranslations } from "next-intl/server";
import { withLocale } from "~/components/ui/page-link";
import { headingLevel } from "./headings";
import type { PartSummary } from "./part-navigation";

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
  // Plain links with the locale already in them: a document has dozens of titles (decision 035).
  const headings = (units: TocUnit[], i: number) =>
    units
      .map((u) => ({ ...u, level: headingLevel(u.kind, u.locator) }))
      .filter((u) => u.level !== null)
      .map((u) => (
        <li key={u.locator} className={u.level === 3 ? "ps-4" : ""}>
          {/* At least 24 px tall: a target a finger (or a shaky hand) can hit (WCAG 2.5.8). */}
          <a href={`${i === current ? "" : withLocale(summaries[i]!.path, locale)}#p-${u.locator}`} className="block min-h-6 py-0.5 leading-snug">
            {u.text}
          </a>
        </li>
      ));
  const footnotes = hasFootnotes && (
    <li>
      <a href="#footnotes" className="block min-h-6 py-0.5">{t("footnotes")}</a>
    </li>
  );
  const list =
    parts.length <= 1 ? (
      <ol className="mt-2 flex flex-col gap-1">
        {headings(parts[0] ?? [], 0)}
        {footnotes}
      </ol>
    ) : (
      <ol className="mt-2 flex flex-col gap-3">
        {summaries.map((s, i) => (
          <li key={s.path}>
            <a
              href={withLocale(s.path, locale)}
              aria-current={i === current ? "page" : undefined}
              className={`block min-h-6 py-0.5 font-medium ${i === current ? "text-slate-900 no-underline" : ""}`}
            >
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
  // Closed on a phone, so the text comes first; an open sidebar on a wide screen. Only one of the
  // two is displayed (and so in the accessibility tree) at a time.
  return (
    <>
      <nav aria-label={t("contents")} className="no-print text-sm lg:hidden">
        <details className="rounded-lg border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer font-semibold text-slate-900">{t("contents")}</summary>
          {list}
        </details>
      </nav>
      <nav aria-labelledby="toc-title" className="no-print hidden max-h-[calc(100vh-6rem)] overflow-y-auto text-sm lg:block">
        <h2 id="toc-title" className="font-semibold text-slate-900">
          {t("contents")}
        </h2>
        {list}
      </nav>
    </>
  );
}
