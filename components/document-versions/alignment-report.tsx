"use client";
// How an uploaded language version lines up with the original: the count that matched, and every
// locator either side lacks, so the uploader can see a paragraph the parser missed before saving.
import { useTranslations } from "next-intl";

interface Report {
  matched: number;
  missingInVersion: string[];
  extraInVersion: string[];
}

function Locators({ label, locators }: { label: string; locators: string[] }) {
  if (locators.length === 0) return null;
  return (
    <div className="mt-2 text-sm">
      <p className="font-medium">{label}</p>
      <ul className="mt-1 flex flex-wrap gap-2 font-mono text-xs">
        {locators.map((l) => (
          <li key={l} className="rounded bg-amber-50 px-1.5 py-0.5 text-amber-900">
            {l}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function AlignmentReport({ report, warnings }: { report: Report; warnings: string[] }) {
  const t = useTranslations("documentVersions");
  const aligned = report.missingInVersion.length === 0 && report.extraInVersion.length === 0;
  return (
    <section aria-labelledby="alignment-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="alignment-title" className="text-lg font-semibold">
        {t("preview")}
      </h2>
      <p className="mt-1 text-sm" role="status">
        {aligned ? t("allAligned") : t("matched", { count: report.matched })}
      </p>
      <Locators label={t("missingInVersion")} locators={report.missingInVersion} />
      <Locators label={t("extraInVersion")} locators={report.extraInVersion} />
      {warnings.length > 0 && (
        <div className="mt-2 text-sm">
          <p className="font-medium">{t("warnings")}</p>
          <ul className="mt-1 list-disc ps-5 text-slate-700">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
