// Steps for parliamentarians: readable without an account, printable as an A4 brief (see print.css).
import "./print.css";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/components/i18n/navigation";
import { PrintButton } from "~/components/measures/print-button";
import { SourcePassage } from "~/components/measures/source-passage";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { serverApi } from "~/server/api/server-caller";

export async function generateMetadata() {
  const t = await getTranslations("parliamentarians");
  return { title: t("title") };
}

export default async function ParliamentariansPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, api] = await Promise.all([getTranslations(), serverApi()]);
  const lang = locale === "zh" ? "zh" : "en";
  const other = lang === "zh" ? "en" : "zh";
  const steps = await api.measures.parliamentSteps();
  return (
    <div className="parliament-brief max-w-3xl">
      <PageHeader title={t("parliamentarians.title")} lead={t("parliamentarians.lead")}>
        <div className="no-print flex items-center gap-3 text-sm">
          <span className="text-slate-600">{t("parliamentarians.count", { count: steps.total })}</span>
          <PrintButton label={t("parliamentarians.print")} />
        </div>
      </PageHeader>
      {steps.groups.length === 0 ? (
        <EmptyState>{t("parliamentarians.empty")}</EmptyState>
      ) : (
        <>
          <nav aria-label={t("measures.category")} className="no-print mb-6">
            <ul className="flex flex-wrap gap-2 text-sm">
              {steps.groups.map((g) => (
                <li key={g.category}>
                  <a href={`#theme-${g.category}`} className="block rounded border border-slate-300 bg-white px-2 py-1">
                    {t(`measures.categories.${g.category}` as never)} ({g.items.length})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {steps.groups.map((g) => (
            <section key={g.category} id={`theme-${g.category}`} aria-labelledby={`h-${g.category}`} className="theme mb-8 scroll-mt-4">
              <h2 id={`h-${g.category}`} className="mb-3 border-b border-slate-300 pb-1 text-xl font-semibold">
                {t(`measures.categories.${g.category}` as never)}
              </h2>
              <ol className="flex flex-col gap-5">
                {g.items.map((m) => (
                  <li key={m.id} className="step">
                    <h3 className="font-semibold leading-snug">
                      <Link href={`/measures/${m.slug}`}>{m.title[lang]}</Link>
                    </h3>
                    <p lang={other === "en" ? "en" : "zh-CN"} className="text-sm text-slate-600">{m.title[other]}</p>
                    <p className="mb-2 text-xs text-slate-600">
                      {m.addressedToParliament ? t("parliamentarians.addressed") : t("parliamentarians.mentions")}
                    </p>
                    <div className="flex flex-col gap-2">
                      {m.passages.map((p) => (
                        <SourcePassage key={p.id} passage={{ ...p, heading: "" }} lang={lang} />
                      ))}
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          ))}
          <p className="print-only text-xs text-slate-600">{t("parliamentarians.printedFrom")}</p>
        </>
      )}
    </div>
  );
}
