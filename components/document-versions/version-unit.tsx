// One unit of a language version: a heading, or a paragraph with its visible locator and anchor. Plain
// text only — citations, footnote links and discussion stay with the original's reader.
import { getTranslations } from "next-intl/server";
import { headingLevel } from "~/components/documents/headings";
import type { LanguageVersion } from "./types";

type Unit = LanguageVersion["units"][number];

/** `anchorPrefix` keeps ids unique when two columns show the same locator. */
export async function VersionUnit({ unit, anchorPrefix = "p" }: { unit: Unit; anchorPrefix?: string }) {
  const t = await getTranslations("documentVersions");
  const anchor = `${anchorPrefix}-${unit.locator}`;
  const level = headingLevel(unit.kind, unit.locator);
  if (level) {
    const H = level === 2 ? "h2" : "h3";
    return (
      <H id={anchor} className={`scroll-mt-4 font-semibold text-slate-900 ${level === 2 ? "mt-8 text-xl" : "mt-5 text-lg"}`}>
        {unit.text}
      </H>
    );
  }
  const indent = unit.kind === "subitem" || unit.kind === "annex-subitem" ? "ms-6 sm:ms-10" : "";
  return (
    <div id={anchor} className={`mt-4 flex scroll-mt-4 items-baseline gap-2 rounded target:bg-yellow-50 ${indent}`}>
      <a href={`#${anchor}`} className="w-14 shrink-0 text-end font-mono text-xs break-all text-slate-500" aria-label={t("paragraph", { locator: unit.locator })}>
        {unit.locator}
      </a>
      <p className="min-w-0 flex-1 text-[1.0625rem] leading-8 whitespace-pre-line">{unit.text}</p>
    </div>
  );
}
