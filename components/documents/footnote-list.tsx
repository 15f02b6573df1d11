// The footnotes of one part of the reader (those its paragraphs refer to first), each reachable from
// its markers and linking back to the first of them on this page.
import { getTranslations } from "next-intl/server";
import type { DocumentDetail } from "./types";
import { UnitText, type ParagraphHref } from "./unit-text";

export async function FootnoteList({
  units,
  footnotes,
  href,
}: {
  units: DocumentDetail["units"];
  footnotes: DocumentDetail["footnotes"];
  href?: ParagraphHref;
}) {
  const t = await getTranslations("documents");
  const firstRef = new Map<number, string>();
  for (const u of units) for (const n of u.footnoteRefs) if (!firstRef.has(n)) firstRef.set(n, u.locator);
  return (
    <section aria-labelledby="footnotes" className="mt-12 border-t border-slate-300 pt-6">
      <h2 id="footnotes" className="text-lg font-semibold">
        {t("footnotes")}
      </h2>
      <ol className="mt-3 flex flex-col gap-2 text-sm leading-7">
        {footnotes.map((f) => {
          const from = firstRef.get(f.number);
          return (
            <li key={f.locator} id={`p-${f.locator}`} className="flex scroll-mt-4 gap-2 rounded target:bg-yellow-50">
              <span className="w-8 shrink-0 text-end font-mono text-slate-500">{f.number}</span>
              <div className="min-w-0 flex-1">
                <UnitText text={f.text} citations={f.citations} href={href} />
                {from && (
                  <a href={`#ref-${from}-${f.number}`} className="no-print text-xs" aria-label={t("backToText", { locator: from })}>
                    ↩ {from}
                  </a>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
