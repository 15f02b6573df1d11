// A country profile "as of" a day (issue 14, decision 033): score, focal points in office, the key
// scorecard with each status and its "since", and the trend up to that day, all by the rules over
// the published history. Visitors reach it as /countries/{iso3}?asOf=YYYY-MM-DD (proxy.ts rewrites);
// the day is in the path, so each day is its own cached page (ISR), dropped on publication like the profile.
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "~/db/locales";
import { textIn } from "~/db/localized-text";
import { AsOfBanner } from "~/components/history/as-of-banner";
import { AsOfControl } from "~/components/history/as-of-control";
import { ProgressStatus } from "~/components/progress/progress-status";
import { TrendChart } from "~/components/progress/trend-chart";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Link } from "~/server/i18n/navigation";
import { publicServerApi } from "~/server/api/public-caller";
import { parseAsOfParam } from "~/server/domain/as-of-param";
import { ISO3 } from "~/server/domain/country-code";
import { today as todayUtc } from "~/server/domain/dates";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Params = { locale: string; iso3: string; date: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { locale, iso3, date } = await params;
  const t = await getTranslations({ locale, namespace: "historyViews.asOf" });
  return { title: t("metaTitle", { name: iso3, date: date.slice(0, 10) }), robots: { index: false } };
}

export default async function CountryAsOfPage({ params }: { params: Promise<Params> }) {
  const { locale: rawLocale, iso3, date } = await params;
  setRequestLocale(rawLocale);
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "en";
  if (!ISO3.test(iso3)) notFound();
  const today = todayUtc();
  const choice = parseAsOfParam(date, today);
  const api = await publicServerApi();
  const profile = await api.countries.profile({ iso3, asOf: choice.asOf ?? today });
  if (!profile) notFound();
  const [t, tv, format, catalogue, trend] = await Promise.all([
    getTranslations(),
    getTranslations("historyViews.asOf"),
    getFormatter(),
    api.countries.catalogue({ iso3, asOf: choice.asOf ?? today }),
    choice.asOf ? api.countries.trend({ iso3, years: 10, asOf: choice.asOf }) : Promise.resolve([]),
  ]);
  const name = textIn(profile.name, locale);
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? t("common.none") : format.number(v, { style: "percent", maximumFractionDigits: 0 }));
  const key = catalogue.filter((m) => m.key);
  const scores = profile.progress.scores;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/countries/${iso3}`} className="text-brand-700 underline">
          {tv("backToProfile", { name })}
        </Link>
      </p>
      <PageHeader title={choice.asOf ? tv("profileTitle", { name, date: day(choice.asOf) }) : name} lead={tv("profileLead")} />
      <AsOfBanner choice={choice} raw={date} todayHref={`/countries/${iso3}`} />
      <AsOfControl action={`/${locale}/countries/${iso3}`} asOf={choice.asOf} today={today} />
      {choice.asOf && (
        <div className="flex flex-col gap-10">
          <section aria-labelledby="h-score" className="grid gap-4 md:grid-cols-2">
            <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <h2 id="h-score" className="flex items-baseline gap-2">
                <span className="font-medium">{t("progress.score.overall")}</span>
                <span className="text-2xl font-semibold tabular-nums" data-testid="overall-score">{pct(scores.overall)}</span>
              </h2>
              <dl className="mt-2 grid grid-cols-[auto_auto] justify-start gap-x-4 gap-y-0.5">
                {(["1", "2", "3"] as const).map((p) => (
                  <div key={p} className="contents">
                    <dt>{t("measures.pillarN", { n: p })}</dt>
                    <dd className="tabular-nums">{pct(scores.byPillar[p])}</dd>
                  </div>
                ))}
              </dl>
              <p className="mt-2 text-xs text-slate-600">
                {profile.progress.lastEvidenceOn ? tv("lastEvidence", { date: day(profile.progress.lastEvidenceOn) }) : tv("noEvidenceYet")}
              </p>
            </div>
            <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <h2 className="font-medium">{t("progress.profile.focalPoint")}</h2>
              {profile.focalPoints.length === 0 ? (
                <p>{t("progress.profile.noFocalPoint")}</p>
              ) : (
                <ul>
                  {profile.focalPoints.map((f) => (
                    <li key={f.id}>
                      <Link href={`/records/${f.id}`}>{[f.personName, f.positionTitle, f.office].filter(Boolean).join(", ") || textIn(f.title, locale)}</Link>{" "}
                      <span className="text-slate-600">{t("progress.sinceDate", { date: day(f.appointedOn) })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </section>

          <section aria-labelledby="h-scorecard">
            <h2 id="h-scorecard" className="mb-3 text-xl font-semibold">{t("progress.profile.scorecard")}</h2>
            {key.every((m) => m.status === "none") && <EmptyState>{tv("nothingAchieved")}</EmptyState>}
            <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="scorecard">
              {key.map((m) => (
                <li key={m.id} className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3">
                  <Link href={`/countries/${iso3}/measures/${m.slug}`} className="font-medium">
                    {textIn(m.title, locale)}
                  </Link>
                  <span className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <ProgressStatus status={m.status} />
                    {m.since && t("progress.sinceDate", { date: day(m.since) })}
                  </span>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="h-trend">
            <h2 id="h-trend" className="mb-3 text-xl font-semibold">{tv("trendTitle", { date: day(choice.asOf) })}</h2>
            <TrendChart title={t("progress.trend.title")} points={trend.map((p) => ({ asOf: p.asOf, overall: p.scores.overall }))} />
          </section>
        </div>
      )}
    </>
  );
}
