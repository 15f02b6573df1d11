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
  return (
    <nav aria-labelledby="toc-title" className="no-print text-sm">
      <details open className="group rounded-lg border border-slate-200 bg-white p-3 lg:border-0 lg:bg-transparent lg:p-0">
        <summary id="toc-title" className="cursor-pointer font-semibold text-slate-900">
          {t("contents")}
        </summary>
        <ol className="mt-2 flex max-h-[70vh] flex-col gap-1 overflow-y-auto">
          {entries.map((u) => (
            <li key={u.locator} className={u.level === 3 ? "pl-4" : ""}>
              <a href={`#p-${u.locator}`} className="block leading-snug">
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
      </details>
    </nav>
  );
}
