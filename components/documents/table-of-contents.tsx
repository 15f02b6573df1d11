// The reader's table of contents: section titles, linked to their anchors. Collapsible on a phone.
import { getTranslations } from "next-intl/server";
import { headingLevel } from "./headings";

interface TocUnit {
  locator: string;
  kind: string;
  text: string;
}

export async function TableOfContents({ units, hasFootnotes }: { units: TocUnit[]; hasFootnotes: boolean }) {
  const t = await getTranslations("documents");
  const entries = units
    .map((u) => ({ ...u, level: headingLevel(u.kind, u.locator) }))
    .filter((u) => u.level !== null);
  const list = (
    <ol className="mt-2 flex flex-col gap-1">
      {entries.map((u) => (
        <li key={u.locator} className={u.level === 3 ? "ps-4" : ""}>
          {/* At least 24 px tall: a target a finger (or a shaky hand) can hit (WCAG 2.5.8). */}
          <a href={`#p-${u.locator}`} className="block min-h-6 py-0.5 leading-snug">
            {u.text}
          </a>
        </li>
      ))}
      {hasFootnotes && (
        <li>
          <a href="#footnotes">{t("footnotes")}</a>
        </li>
      )}
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
