"use client";
// What the parser found in an uploaded file: counts, headings, the first units and any warnings.
import { useTranslations } from "next-intl";

interface Preview {
  fileName: string;
  counts: { units: number; paragraphs: number; subitems: number; annex: number; headings: number; footnotes: number };
  headings: { locator: string; text: string }[];
  sample: { locator: string; kind: string; text: string }[];
  warnings: string[];
}

export function DocumentPreview({ preview }: { preview: Preview }) {
  const t = useTranslations("admin");
  return (
    <section aria-labelledby="preview-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="preview-title" className="text-lg font-semibold">
        {t("previewTitle", { fileName: preview.fileName })}
      </h2>
      <p className="mt-1 text-sm" role="status">
        {t("previewCounts", preview.counts)}
      </p>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="font-medium">{t("previewHeadings")}</h3>
          <ol className="mt-1 max-h-64 overflow-y-auto text-sm" lang="zh-CN">
            {preview.headings.map((h) => (
              <li key={h.locator}>
                <span className="me-2 font-mono text-xs text-slate-500">{h.locator}</span>
                {h.text}
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h3 className="font-medium">{t("previewSample")}</h3>
          <ol className="mt-1 text-sm" lang="zh-CN">
            {preview.sample.map((u) => (
              <li key={u.locator} className="mb-1">
                <span className="me-2 font-mono text-xs text-slate-500">{u.locator}</span>
                {u.text}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <h3 className="mt-4 font-medium">{t("previewWarnings")}</h3>
      {preview.warnings.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noWarnings")}</p>
      ) : (
        <ul className="list-disc ps-6 text-sm text-amber-900">
          {preview.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
