// A record's evidence, cited paragraphs (with their text) and linked measures. Server component.
import { LocalizedText } from "~/components/i18n/localized-text";
import type { LocalizedText as Text } from "~/db/localized-text";
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/ui/page-link";
import type { Locale } from "~/db/locales";

interface Props {
  lang: Locale;
  measures: { slug: string; title: Text }[];
  units: { document: string; symbol: string | null; locator: string; text: string }[];
  evidence: ({ kind: "url"; url: string; label: string } | { kind: "file"; uploadId: string; label: string; filename?: string })[];
}

export async function RecordSources({ lang: _lang, measures, units, evidence }: Props) {
  const t = await getTranslations("records");
  return (
    <div className="flex flex-col gap-4 text-sm">
      <section>
        <h3 className="font-semibold">{t("fields.evidence")}</h3>
        {evidence.length === 0 ? (
          <p className="text-slate-600">{t("noEvidence")}</p>
        ) : (
          <ul className="list-disc ps-5">
            {evidence.map((e, i) => (
              <li key={i} className="break-all">
                {e.kind === "url" ? (
                  <a href={e.url} rel="noopener noreferrer nofollow" className="text-brand-700 underline">
                    {e.label || e.url}
                  </a>
                ) : (
                  <a href={`/api/files/${e.uploadId}`} className="text-brand-700 underline">
                    {e.label || e.filename || e.uploadId}
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3 className="font-semibold">{t("linkedUnits")}</h3>
        {units.length === 0 ? (
          <p className="text-slate-600">{t("noUnits")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {units.map((u) => (
              <li key={`${u.document}#${u.locator}`}>
                <Link href={`/documents/${u.document}#p-${u.locator}`} className="font-medium text-brand-700 underline">
                  {u.symbol ?? u.document} ¶{u.locator}
                </Link>
                <blockquote lang="zh-CN" className="mt-1 line-clamp-4 border-s-2 border-slate-300 ps-2 text-slate-700">
                  {u.text}
                </blockquote>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3 className="font-semibold">{t("linkedMeasures")}</h3>
        {measures.length === 0 ? (
          <p className="text-slate-600">{t("noMeasures")}</p>
        ) : (
          <ul className="list-disc ps-5">
            {measures.map((m) => (
              <li key={m.slug}>
                <Link href={`/measures/${m.slug}`} className="text-brand-700 underline">
                  <LocalizedText text={m.title} fallback={m.slug} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
