// The country profile: who the state is, its focal point, the key-measure scorecard, the whole
// catalogue's summary by pillar (the catalogue itself is its own page, ./catalogue), what remains, the trend, a timeline
// and the first page of the published records (the records page has the rest). Public, session-free
// and cached: rendered on first visit, then served from the ISR cache until revalidated (decision 010).
import { textIn } from "~/db/localized-text";
import { LocalizedText } from "~/components/i18n/localized-text";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, withLocale } from "~/components/ui/page-link";
import { loadCountryProfile } from "./load-profile";
import { PILLAR_ORDER, PillarSummary, pillarAnchor } from "~/components/progress/country-catalogue";
import { ProgressStatus } from "~/components/progress/progress-status";
import { TrendChart } from "~/components/progress/trend-chart";
import { CountryTimeline, statusChanges } from "~/components/progress/country-timeline";
import { CountryRecord } from "~/components/records/country-record";
import { focalPointTimeline } from "~/components/records/focal-point-timeline";
import { EmptyState } from "~/components/ui/empty-state";
import { FollowControl } from "~/components/follows/follow-control";
import { PageHeader } from "~/components/ui/page-header";
import { publicServerApi } from "~/server/api/public-caller";
import type { CatalogueEntry } from "~/server/services/progress/country-catalogue.types";
import { CountryActions } from "~/components/actions/country-actions";
import { ForRoles } from "~/components/layout/session-menu";
import { COALITION_ROLES } from "~/server/auth/policy";
import { CountryRecordLists, MoreRecordsLink } from "./record-lists";
import { shareMetadata } from "../../share-metadata";
import { embedPanelProps } from "../../embed-props";
import { EmbedPanel } from "~/components/citations/embed-panel";
import { nameIn } from "~/server/domain/localized-name";
import { AsOfControl } from "~/components/history/as-of-control";
import { today as todayUtc } from "~/server/domain/dates";
import { asLocale } from "~/db/localized-text-ops";

/**
 * The profile is a summary (decision 035): each record list shows its latest few and links to the
 * records page, the timeline its latest status changes and links to its own page. At the fixture's
 * busiest state, 20 records a list and every change made the page 488 kB.
 */
const RECORDS_SHOWN = 5;
const CHANGES_SHOWN = 12;
export const revalidate = 300;
/** No country is rendered at build time: each profile is rendered on its first visit, then cached. */
export function generateStaticParams() {
  return [];
}

/** Focal points in office listed in the header (a state normally has one or two). */
const FOCAL_POINTS_SHOWN = 5;

export async function generateMetadata({ params }: { params: Promise<{ locale: string; iso3: string }> }) {
  const { locale, iso3 } = await params;
  const profile = await loadCountryProfile(iso3);
  if (!profile) return { title: iso3 };
  const lang = asLocale(locale);
  const t = await getTranslations({ locale: lang });
  const score = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 }).format(profile.progress.scores.overall);
  const name = profile.name[lang];
  return shareMetadata({
    locale: lang,
    path: `/countries/${iso3}`,
    title: name,
    description: `${t("openData.share.score")}: ${score}. ${t("meta.description")}`,
    feedTitle: name,
    embeddable: true,
  });
}

export default async function CountryPage({ params }: { params: Promise<{ locale: string; iso3: string }> }) {
  const { locale, iso3 } = await params;
  setRequestLocale(locale);
  const lang = asLocale(locale);
  const profile = await loadCountryProfile(iso3);
  if (!profile) notFound();
  const api = await publicServerApi();
  const [t, format, catalogue, trend, years, focalPoints, commitments, actions, publicActions, countries] = await Promise.all([
    getTranslations(),
    getFormatter(),
    api.countries.catalogue({ iso3 }),
    api.countries.trend({ iso3, years: 10 }),
    api.countries.recordsByYear({ iso3 }),
    // The latest appointments only (busy states have hundreds); the records page has them all.
    api.records.published({ country: iso3, type: "focal_point", page: 1, pageSize: RECORDS_SHOWN }),
    api.records.published({ country: iso3, type: "commitment", page: 1, pageSize: RECORDS_SHOWN }),
    api.records.published({ country: iso3, type: "parliamentary_action", page: 1, pageSize: RECORDS_SHOWN }),
    // Public actions only, whoever looks: only public actions belong on this public page.
    api.actions.public({ country: iso3, page: 1, pageSize: 5 }),
    api.reference.countries(),
  ]);
  const key = catalogue.filter((m) => m.key);
  const remaining = key.filter((m) => m.status !== "implemented");
  const quotes = await api.measures.quotes({ measureIds: remaining.map((m) => m.id) });
  const measureTitles = Object.fromEntries(catalogue.map((m) => [m.slug, textIn(m.title, lang) || m.slug]));
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? t("common.none") : format.number(v, { style: "percent", maximumFractionDigits: 0 }));
  const evidenceHref = (m: CatalogueEntry) => `/countries/${iso3}/measures/${m.slug}`;
  const timeline = focalPointTimeline(
    focalPoints.items.map((record) => ({ id: record.id, appointedOn: record.date, endedOn: record.endedOn ?? null, record })),
  );
  const scores = profile.progress.scores;
  const changes = statusChanges(profile.progress.statuses, catalogue);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/countries" className="text-brand-700 underline">
          {t("records.country.backToCountries")}
        </Link>
      </p>
      <PageHeader title={profile.name[lang]} lead={t("progress.profile.lead")}>
        {/* A div, not a p: the Embed disclosure holds block content, which a p cannot. */}
        <div className="flex flex-wrap items-start gap-3 text-sm">
          <Link href={`/countries/${iso3}/brief`} className="rounded-md border border-slate-300 bg-white px-3 py-2 font-medium">
            {t("progress.profile.openBrief")}
          </Link>
          <Link href={`/countries/${iso3}/changes`} className="px-1 py-2 text-brand-700 underline">
            {t("history.changes.link")}
          </Link>
          <Link href={{ pathname: "/records/new", query: { country: iso3 } }} className="px-1 py-2 text-brand-700 underline">
            {t("records.country.propose")}
          </Link>
          <FollowControl subject={{ subjectType: "country", subjectKey: iso3 }} />
          <EmbedPanel {...embedPanelProps({ kind: "country", iso3 }, lang, profile.name[lang])} />
          <a href={`/${lang}/countries/${iso3}/feed.xml`} type="application/atom+xml" className="px-1 py-2 text-brand-700 underline">
            {t("openData.feed.subscribe")}
          </a>
        </div>
      </PageHeader>

      <div className="flex flex-col gap-10">
        <section aria-labelledby="h-about" className="grid gap-4 md:grid-cols-2">
          <h2 id="h-about" className="sr-only">{t("progress.profile.about")}</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <dt className="font-medium">{t("countries.region")}</dt>
            <dd>{profile.region.name[lang]} · {profile.subregion.name[lang]}</dd>
            <dt className="font-medium">{t("countries.group")}</dt>
            <dd>{profile.group ? t(`countries.groups.${profile.group}`) : t("countries.noGroup")}</dd>
            <dt className="font-medium">{t("progress.profile.organizations")}</dt>
            <dd>
              {profile.regionalOrganizations.length === 0
                ? t("common.none")
                : profile.regionalOrganizations.map((o) => (
                    <abbr key={o.slug} title={o.name[lang]} className="me-2 no-underline">
                      {o.acronym[lang]}
                    </abbr>
                  ))}
            </dd>
            <dt className="font-medium">{t("progress.profile.focalPoint")}</dt>
            <dd>
              {profile.focalPoints.length === 0 ? (
                <span>{t("progress.profile.noFocalPoint")}</span>
              ) : (
                <ul>
                  {profile.focalPoints.slice(0, FOCAL_POINTS_SHOWN).map((f) => (
                    <li key={f.id}>
                      <Link href={`/records/${f.id}`}>{[f.personName, f.positionTitle, f.office].filter(Boolean).join(", ") || textIn(f.title, lang)}</Link>{" "}
                      <span className="text-slate-600">
                        {t("progress.sinceDate", { date: date(f.appointedOn) })}
                        {f.network ? ` · ${t("progress.profile.network")}` : ""}
                      </span>
                    </li>
                  ))}
                  {profile.focalPoints.length > FOCAL_POINTS_SHOWN && (
                    <li className="text-slate-600">{t("progress.profile.moreInOffice", { count: profile.focalPoints.length - FOCAL_POINTS_SHOWN })}</li>
                  )}
                </ul>
              )}
            </dd>
          </dl>
          <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <p className="flex items-baseline gap-2">
              <span className="font-medium">{t("progress.score.overall")}</span>
              <span className="text-2xl font-semibold tabular-nums" data-testid="overall-score">{pct(scores.overall)}</span>
            </p>
            <dl className="mt-2 grid grid-cols-[auto_auto] justify-start gap-x-4 gap-y-0.5">
              {(["1", "2", "3"] as const).map((p) => (
                <div key={p} className="contents">
                  <dt>{t("measures.pillarN", { n: p })}</dt>
                  <dd className="tabular-nums">{pct(scores.byPillar[p])}</dd>
                </div>
              ))}
              {(["government", "parliament"] as const).map((a) => (
                <div key={a} className="contents">
                  <dt>{t(`measures.actors.${a}`)}</dt>
                  <dd className="tabular-nums">{pct(scores.byActor[a])}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 text-xs text-slate-600">{t("progress.score.help")}</p>
          </div>
        </section>

        <section aria-labelledby="h-scorecard">
          <h2 id="h-scorecard" className="mb-1 text-xl font-semibold">{t("progress.profile.scorecard")}</h2>
          <p className="mb-3 text-sm text-slate-700">{t("progress.profile.scorecardLead")}</p>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="scorecard">
            {key.map((m) => (
              <li key={m.id}>
                <Link href={evidenceHref(m)} className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 no-underline hover:border-brand-600">
                  <span className="font-medium text-slate-900"><LocalizedText text={m.title} /></span>
                  <span className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <ProgressStatus status={m.status} />
                    {m.since && t("progress.sinceDate", { date: date(m.since) })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="h-remains">
          <h2 id="h-remains" className="mb-1 text-xl font-semibold">{t("progress.remains.title")}</h2>
          <p className="mb-3 text-sm text-slate-700">{t("progress.remains.lead")}</p>
          {remaining.length === 0 ? (
            <EmptyState>{t("progress.remains.allDone")}</EmptyState>
          ) : (
            // Styled from the list, plain links: each quote's classes and link props were written
            // twice per quote (HTML and RSC payload; decision 035).
            <ol className="flex flex-col gap-3 [&>li]:rounded-lg [&>li]:border [&>li]:border-slate-200 [&>li]:bg-white [&>li]:p-3 [&_blockquote]:inline [&_blockquote]:border-s-4 [&_blockquote]:border-amber-400 [&_blockquote]:bg-amber-50 [&_blockquote]:px-2 [&_li_li>a]:text-xs">
              {remaining.map((m) => (
                <li key={m.id}>
                  <p className="flex flex-wrap items-center gap-2">
                    <a href={withLocale(evidenceHref(m), locale)} className="font-medium"><LocalizedText text={m.title} /></a>
                    <ProgressStatus status={m.status} compact />
                  </p>
                  <ul className="mt-2 flex flex-col gap-1 text-sm">
                    {(quotes[m.id] ?? []).map((q) => (
                      <li key={q.id}>
                        <blockquote lang="zh-CN">{q.quote}</blockquote>{" "}
                        <a href={withLocale(q.href, locale)}>
                          {t("measures.sourcePassage", { document: q.document.symbol ?? textIn(q.document.title, lang), locator: q.locator })}
                        </a>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section aria-labelledby="h-catalogue">
          <h2 id="h-catalogue" className="mb-1 text-xl font-semibold">{t("progress.profile.catalogue")}</h2>
          <p className="mb-3 text-sm text-slate-700">{t("progress.profile.catalogueSummary")}</p>
          <ul className="flex flex-col gap-2">
            {PILLAR_ORDER.map((pillar) => {
              const inPillar = catalogue.filter((m) => m.pillar === pillar);
              if (inPillar.length === 0) return null;
              return (
                <li key={String(pillar)}>
                  <Link href={`/countries/${iso3}/catalogue#${pillarAnchor(pillar)}`} className="block rounded-lg border border-slate-200 bg-white px-4 py-2 no-underline hover:border-brand-600">
                    <PillarSummary label={pillar ? t("measures.pillarN", { n: pillar }) : t("measures.noPillar")} entries={inPillar} />
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>

        <section aria-labelledby="h-trend">
          <h2 id="h-trend" className="mb-1 text-xl font-semibold">{t("progress.trend.title")}</h2>
          <p className="mb-3 text-sm text-slate-700">{t("progress.trend.lead")}</p>
          <AsOfControl action={`/${locale}/countries/${iso3}`} asOf={null} today={todayUtc()} />
          <TrendChart title={t("progress.trend.title")} points={trend.map((p) => ({ asOf: p.asOf, overall: p.scores.overall }))} />
        </section>

        <section aria-labelledby="h-timeline">
          <h2 id="h-timeline" className="mb-1 text-xl font-semibold">{t("progress.timeline.title")}</h2>
          <p className="mb-3 text-sm text-slate-700">{t("progress.timeline.lead")}</p>
          <CountryTimeline iso3={iso3} years={years} changes={changes} shown={CHANGES_SHOWN} />
        </section>

        <CountryActions
          iso3={iso3}
          locale={locale}
          page={publicActions}
          countryNames={Object.fromEntries(countries.map((c) => [c.iso3, nameIn(c.name, locale)]))}
        />
        {/* The page is cached for everyone; the coalition's own feed (every visibility it may see) is one
            click away, offered on the client to its members only and filtered again by /activity. */}
        <ForRoles roles={COALITION_ROLES}>
          <p className="text-sm">
            <Link href={{ pathname: "/activity", query: { country: iso3 } }} className="text-brand-700 underline">
              {t("progress.profile.coalitionActivity", { country: profile.name[lang] })}
            </Link>
          </p>
        </ForRoles>

        <section aria-labelledby="section-focal_point">
          <h2 id="section-focal_point" className="mb-3 text-xl font-semibold">{t("records.typesPlural.focal_point")}</h2>
          {timeline.length === 0 ? (
            <EmptyState>{t("records.country.none")}</EmptyState>
          ) : (
            <ol className="flex flex-col gap-3">
              {timeline.map((e) =>
                e.kind === "vacancy" ? (
                  <li key={`gap-${e.from}`} className="rounded-md border border-dashed border-amber-400 bg-amber-50 px-4 py-2 text-sm">
                    {e.to ? t("records.country.vacancy", { from: e.from, to: e.to }) : t("records.country.vacantSince", { date: e.from })}
                  </li>
                ) : (
                  <CountryRecord key={e.item.id} item={e.item.record} lang={lang} current={e.current} measureTitles={measureTitles} />
                ),
              )}
            </ol>
          )}
          {focalPoints.total > focalPoints.pageSize && (
            <MoreRecordsLink iso3={iso3} type="focal_point" total={focalPoints.total} label={t("progress.profile.allRecords", { count: focalPoints.total })} />
          )}
        </section>

        <CountryRecordLists
          iso3={iso3}
          lang={lang}
          measureTitles={measureTitles}
          lists={{ focal_point: focalPoints, commitment: commitments, parliamentary_action: actions }}
          skip={["focal_point"]}
        />
      </div>
    </>
  );
}
