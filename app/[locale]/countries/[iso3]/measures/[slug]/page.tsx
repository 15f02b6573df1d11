// The evidence behind one cell of a country's scorecard: the status, since when, the published
// records that decided it, how the rule works, and what the documents say. Public, session-free.
import { textIn } from "~/db/localized-text";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/server/i18n/navigation";
import { MeasureBadges } from "~/components/measures/measure-badges";
import { SourcePassage } from "~/components/measures/source-passage";
import { ProgressStatus } from "~/components/progress/progress-status";
import { CountryRecord } from "~/components/records/country-record";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { FOCAL_POINT_MEASURE, NETWORK_MEASURE } from "~/server/progress/rules";
import { publicServerApi } from "~/server/api/public-caller";
import { ISO3 } from "~/server/domain/country-code";
import { Arrow } from "~/components/ui/arrow";
import { asLocale } from "~/db/localized-text-ops";

async function load(iso3: string, slug: string) {
  if (!ISO3.test(iso3)) return null;
  const api = await publicServerApi();
  const [profile, measure] = await Promise.all([api.countries.profile({ iso3 }), api.measures.get({ slug }).catch(() => null)]);
  return profile && measure ? { profile, measure } : null;
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; iso3: string; slug: string }> }) {
  const { locale, iso3, slug } = await params;
  const found = await load(iso3, slug);
  if (!found) return { title: iso3 };
  const lang = asLocale(locale);
  return { title: `${textIn(found.measure.title, lang)} — ${found.profile.name[lang]}` };
}

export default async function CountryMeasurePage({ params }: { params: Promise<{ locale: string; iso3: string; slug: string }> }) {
  const { locale, iso3, slug } = await params;
  setRequestLocale(locale);
  const found = await load(iso3, slug);
  if (!found) notFound();
  const { profile, measure } = found;
  // A merged measure's slug leads to the survivor's page.
  if (measure.slug !== slug) redirect(`/${locale}/countries/${iso3}/measures/${measure.slug}`);
  const lang = asLocale(locale);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const status = profile.progress.statuses.find((s) => s.measureId === measure.id) ?? null;
  const records = status ? await (await publicServerApi()).countries.evidence({ iso3, measureId: measure.id }) : [];
  const current = status?.status ?? "none";
  const focal = measure.slug === FOCAL_POINT_MEASURE || measure.slug === NETWORK_MEASURE;
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/countries/${iso3}`}>{t("progress.evidence.backToCountry", { country: profile.name[lang] })}</Link>
      </p>
      <PageHeader title={t("progress.evidence.title", { measure: textIn(measure.title, lang), country: profile.name[lang] })}>
        <MeasureBadges m={measure} />
      </PageHeader>
      <div className="flex flex-col gap-8">
        <section aria-labelledby="h-status" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="h-status" className="sr-only">{t("progress.evidence.status")}</h2>
          <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 text-sm">
            <dt className="font-medium">{t("progress.evidence.status")}</dt>
            <dd data-testid="evidence-status">
              <ProgressStatus status={current} />
            </dd>
            {status && (
              <>
                <dt className="font-medium">{t("progress.evidence.since")}</dt>
                <dd>{date(status.since)}</dd>
              </>
            )}
          </dl>
          <p className="mt-3 text-sm text-slate-700">{t(`progress.statusMeaning.${current}`)}</p>
        </section>

        <section aria-labelledby="h-decided">
          <h2 id="h-decided" className="mb-3 text-xl font-semibold">{t("progress.evidence.decidedBy")}</h2>
          {records.length === 0 ? (
            <EmptyState>
              {t("progress.evidence.noRecords")}{" "}
              <Link href={{ pathname: "/records/new", query: { country: iso3 } }}>{t("records.country.propose")}</Link>
            </EmptyState>
          ) : (
            <ol className="flex flex-col gap-3">
              {records.map((r) => (
                <CountryRecord key={r.id} item={r} lang={lang} measureTitles={{ [measure.slug]: textIn(measure.title, lang) }} />
              ))}
            </ol>
          )}
        </section>

        <section aria-labelledby="h-rules">
          <h2 id="h-rules" className="mb-2 text-lg font-semibold">{t("progress.evidence.rules")}</h2>
          <p className="text-sm text-slate-700">{focal ? t("progress.evidence.focalRule") : t("progress.evidence.rulesText")}</p>
        </section>

        <section aria-labelledby="h-sources">
          <h2 id="h-sources" className="mb-3 text-xl font-semibold">{t("progress.evidence.sources")}</h2>
          <div className="flex flex-col gap-3">
            {measure.sources.map((s) => (
              <SourcePassage key={s.id} passage={s} lang={lang} />
            ))}
          </div>
          <p className="mt-3 text-sm">
            <Link href={`/measures/${measure.slug}`}>{t("progress.evidence.aboutMeasure")} <Arrow direction="forward" /></Link>
          </p>
        </section>
      </div>
    </>
  );
}
