// Steps for parliamentarians: readable without an account, printable as an A4 brief (see print.css).
// With ?country=KEN each step also says where that state stands and what its parliament and
// government have done. Session-free and cached (ISR): the page without a country is ./page.tsx;
// proxy.ts rewrites /parliamentarians?country=KEN to ./[country]/page.tsx, cached per country.
import "./print.css";
import { getTranslations } from "next-intl/server";
import { PassageLabels, PrintWholeButton } from "~/components/measures/passage-labels";
import { textIn } from "~/db/localized-text";
import { pickedTextView } from "~/components/i18n/picked-text";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { publicServerApi } from "~/server/api/public-caller";
import { ZParliamentCountrySchema } from "~/server/services/progress/parliament-country.types";
import { CountryPicker } from "./country-picker";
import { StepProgressLabels, stepProgressData } from "./step-progress";
import { StepLabelsProvider, StepList, type StepView } from "./step-list";
import { nameIn } from "~/server/domain/localized-name";
import { PrintFonts } from "~/components/layout/print-fonts";
import { asLocale } from "~/db/localized-text-ops";
import { parallelLanguage } from "~/components/i18n/parallel-language";
import { documentLanguage, intlLocale } from "~/server/i18n/locale-tags";

// Each step's passage shows its quoted words; the whole paragraph loads on demand and before printing
// (decision 038): 78 paragraphs, twice (HTML and payload), were two thirds of the page. The steps
// themselves are drawn on the client from their data (step-list.tsx; decision 035).
export async function ParliamentariansView(props: { locale: string; country?: string }) {
  return (
    <PassageLabels>
      <StepsBrief {...props} />
    </PassageLabels>
  );
}

async function StepsBrief({ locale, country }: { locale: string; country?: string }) {
  const api = await publicServerApi();
  const [t, steps, countries] = await Promise.all([getTranslations(), api.measures.parliamentSteps(), api.reference.countries()]);
  const lang = asLocale(locale);
  const other = parallelLanguage(lang);
  const collator = new Intl.Collator(intlLocale(lang));
  const iso3 = ZParliamentCountrySchema.safeParse(country?.toUpperCase()).data;
  const stepIds = steps.groups.flatMap((g) => g.items.map((m) => m.id));
  const progress = iso3 ? await api.countries.parliamentSteps({ iso3, measureIds: stepIds }) : null;
  const progressView = progress ? await stepProgressData(lang) : null;
  const documents: Record<string, string> = {};
  const view = (m: (typeof steps.groups)[number]["items"][number]): StepView => {
    for (const p of m.passages) documents[p.document.slug] ??= p.document.symbol ?? textIn(p.document.title, lang);
    return {
      slug: m.slug,
      title: pickedTextView(m.title, lang),
      ...(m.title[other] ? { other: m.title[other] } : {}),
      toParliament: m.addressedToParliament,
      passages: m.passages.map((p) => [p.document.slug, p.locator, p.quote]),
      ...(progress && progressView ? { progress: progressView(progress.steps[m.id]!) } : {}),
    };
  };
  const groups = steps.groups.map((g) => ({ category: g.category, steps: g.items.map(view) }));
  const brief = (
    <div className="parliament-brief max-w-3xl">
      <PrintFonts />
      <PageHeader title={t("parliamentarians.title")} lead={t("parliamentarians.lead")}>
        <div className="no-print flex items-center gap-3 text-sm">
          <span className="text-slate-600">{t("parliamentarians.count", { count: steps.total })}</span>
          <PrintWholeButton />
        </div>
      </PageHeader>
      <CountryPicker
        countries={countries
          .map((c) => ({ iso3: c.iso3, name: nameIn(c.name, locale) }))
          .sort((a, b) => collator.compare(a.name, b.name))}
        selected={progress?.country.iso3 ?? ""}
      />
      {progress && (
        <p className="mb-6 rounded-md border border-slate-200 bg-white p-3" data-testid="country-summary">
          <strong>{t("atlas.parliament.forCountry", { country: progress.country.name[lang] })}</strong>{" "}
          {t("atlas.parliament.summary", {
            total: stepIds.length,
            implemented: progress.counts.implemented,
            inProgress: progress.counts.in_progress,
            committed: progress.counts.committed,
            regressed: progress.counts.regressed,
          })}
        </p>
      )}
      {groups.length === 0 ? (
        <EmptyState>{t("parliamentarians.empty")}</EmptyState>
      ) : (
        <StepLabelsProvider
          labels={{
            locale,
            other: documentLanguage(other),
            addressed: t("parliamentarians.addressed"),
            mentions: t("parliamentarians.mentions"),
            documents,
          }}
        >
          <nav aria-label={t("measures.category")} className="no-print mb-6">
            <ul className="flex flex-wrap gap-2 text-sm">
              {groups.map((g) => (
                <li key={g.category}>
                  <a href={`#theme-${g.category}`} className="block rounded border border-slate-300 bg-white px-2 py-1">
                    {t(`measures.categories.${g.category}` as never)} ({g.steps.length})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {groups.map((g) => (
            <section key={g.category} id={`theme-${g.category}`} aria-labelledby={`h-${g.category}`} className="theme mb-8 scroll-mt-4">
              <h2 id={`h-${g.category}`} className="mb-3 border-b border-slate-300 pb-1 text-xl font-semibold">
                {t(`measures.categories.${g.category}` as never)}
              </h2>
              <StepList steps={g.steps} />
            </section>
          ))}
          <p className="print-only text-xs text-slate-600">{t("parliamentarians.printedFrom")}</p>
        </StepLabelsProvider>
      )}
    </div>
  );
  return progress ? <StepProgressLabels lang={lang}>{brief}</StepProgressLabels> : brief;
}
