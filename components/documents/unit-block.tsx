// One unit of the reader: anchor, visible locator, text with citation links, footnote markers, what
// can be done with it (paragraph-actions.tsx) and what cites it.
import { textIn } from "~/db/localized-text";
import { LocalizedText } from "~/components/i18n/localized-text";
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/ui/page-link";
import type { DocumentDetail } from "./types";
import { ParagraphActions } from "./paragraph-actions";
import { headingLevel } from "./headings";
import { UnitText } from "./unit-text";
import type { Locale } from "~/db/locales";
import "./reader.css";

type Unit = DocumentDetail["units"][number];

/** `document`: the document's slug; `discussHref`: the paragraph's discussion (coalition roles only). */
export async function UnitBlock({ unit, document, lang, discussHref }: { unit: Unit; document: string; lang: Locale; discussHref?: string }) {
  const t = await getTranslations("documents");
  const anchor = `p-${unit.locator}`;
  const level = headingLevel(unit.kind, unit.locator);
  if (level) {
    const H = level === 2 ? "h2" : "h3";
    return (
      <H id={anchor} className={`scroll-mt-4 font-semibold text-slate-900 ${level === 2 ? "mt-10 text-xl" : "mt-6 text-lg"}`}>
        {unit.text}
      </H>
    );
  }
  const sub = unit.kind === "subitem" || unit.kind === "annex-subitem";
  // Short class names from reader.css: this block is repeated for every paragraph (decision 035).
  return (
    <div id={anchor} className={sub ? "unit unit-sub" : "unit"}>
      <div className="unit-row">
        <a href={`#${anchor}`} className="unit-locator" aria-label={t("paragraph", { locator: unit.locator })}>
          {unit.locator}
        </a>
        <div className="unit-body">
          <UnitText text={unit.text} citations={unit.citations} className="unit-text" />
          <div className="unit-tools">
            {unit.footnoteRefs.map((n) => (
              <a key={n} id={`ref-${unit.locator}-${n}`} href={`#p-fn-${n}`} className="rounded bg-slate-100 px-1.5">
                <sup>{n}</sup>
                <span className="sr-only">{t("footnote", { number: n })}</span>
              </a>
            ))}
            <ParagraphActions document={document} locator={unit.locator} discuss={discussHref !== undefined} />
          </div>
          {unit.measures.length > 0 && (
            <div className="unit-refs">
              <span>{t("citedByMeasures")}: </span>
              <ul>
                {unit.measures.map((m) => (
                  <li key={m.slug}>
                    <Link href={`/measures/${m.slug}`}><LocalizedText text={m.title} /></Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {unit.citedBy.length > 0 && (
            <div className="unit-refs">
              <span>{t("citedBy")}: </span>
              <ul>
                {unit.citedBy.map((c) => (
                  <li key={`${c.slug}-${c.locator}`}>
                    <Link href={`/documents/${c.slug}#p-${c.locator}`}>
                      {t("citedByItem", { document: c.symbol ?? textIn(c.title, lang), locator: c.locator })}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
