// Steps for parliamentarians: readable without an account, printable as an A4 brief (see print.css).
// With ?country=KEN each step also says where that state stands and what its parliament and
// government have done. Session-free and cached (ISR): the page without a country is ./page.tsx;
// proxy.ts rewrites /parliamentarians?country=KEN to ./[country]/page.tsx, cached per country.
import { LocalizedText } from "~/components/i18n/localized-text";
import "./print.css";
import { getTranslations } from "next-intl/server";
import { withLocale } from "~/components/ui/page-link";
import { PassageLabels, PrintWholeButton, SourcePassageOnDemand } from "~/components/measures/passage-labels";
import { textIn } from "~/db/localized-text";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { publicServerApi } from "~/server/api/public-caller";
import { ZParliamentCountrySchema } from "~/server/services/progress/parliament-country.types";
import { CountryPicker } from "./country-picker";
import { StepProgressLabels, stepProgressData } from "./step-progress";
import { StepProgressView } from "./step-progress-view";
import { nameIn } from "~/server/domain/localized-name";
import { PrintFonts } from "~/components/layout/print-fonts";
import { asLocale } from "~/db/localized-text-ops";
import { parallelLanguage } from "~/components/i18n/parallel-language";
import { documentLanguage, intlLocale } from "~/server/i18n/locale-tags";

// Each step's passage shows its quoted words; the whole paragraph loads on demand and before printing
// (decision 038): 78 paragraphs, twice (HTML and payload), were two thirds of the page.
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
  const toView = progress ? await stepProgressData(lang) : null;
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
              {/* Repeated per step: short classes from print.css, plain links, short keys (decision 035). */}
              <ol className="steps">
                {g.items.map((m) => (
                  <li key={m.slug} className="step">
                    <h3>
                      <a href={withLocale(`/measures/${m.slug}`, locale)}><LocalizedText text={m.title} /></a>
                    </h3>
                    <p {...documentLanguage(other)} className="other">{m.title[other]}</p>
                    <p className="to">
                      {m.addressedToParliament ? t("parliamentarians.addressed") : t("parliamentarians.mentions")}
                    </p>
                    {progress && toView && <StepProgressView progress={toView(progress.steps[m.id]!)} />}
                    <div className="passages">
                      {m.passages.map((p, i) => (
                        <SourcePassageOnDemand
                          key={i}
                          slug={p.document.slug}
                          locator={p.locator}
                          name={p.document.symbol ?? textIn(p.document.title, lang)}
                          quote={p.quote}
                        />
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
  return progress ? <StepProgressLabels lang={lang}>{brief}</StepProgressLabels> : brief;
}
