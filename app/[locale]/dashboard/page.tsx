// The secretariat's dashboard: active focal points against the 2025 report, the review queue,
// recent decisions, states with no update for a year, and regions compared by mean score.
import { LocalizedText } from "~/components/i18n/localized-text";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart } from "~/components/atlas/bar-chart";
import { Link } from "~/server/i18n/navigation";
import { PageHeader } from "~/components/ui/page-header";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";
import { nameIn } from "~/server/domain/localized-name";
import { asLocale } from "~/db/localized-text-ops";
import type { Locale } from "~/db/locales";

export async function generateMetadata() {
  const t = await getTranslations("atlas.dashboard");
  return { title: t("title") };
}

const STALE_SHOWN = 30;

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ by?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  await requireViewer("/dashboard", "dashboard.read");
  const lang = asLocale(locale);
  const by = query.by === "group" ? "group" : "region";
  const [t, tc, format, api] = await Promise.all([getTranslations("atlas.dashboard"), getTranslations("countries"), getFormatter(), serverApi()]);
  const [data, redirects, tr] = await Promise.all([
    api.dashboard.overview({ by }),
    // Staff see the dashboard and review redirects alike (both isStaff): just the count here.
    api.documents.redirectsToReview({ page: 1, pageSize: 1 }),
    getTranslations("historyViews.dashboard"),
  ]);
  const { focalPoints: fp, queue, stale, recent, regions } = data;
  const date = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium" });
  const number = (n: number) => format.number(n);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <section aria-labelledby="key-figures" className="mb-8">
        <h2 id="key-figures" className="mb-3 text-lg font-semibold">{t("keyFigures")}</h2>
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{t("focalStates")}</dt>
            <dd className="text-3xl font-semibold tabular-nums" data-testid="focal-states">{number(fp.states)}</dd>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{t("focalOrganizations")}</dt>
            <dd className="text-3xl font-semibold tabular-nums" data-testid="focal-organizations">{number(fp.regionalOrganizations)}</dd>
            {fp.organizations.length > 0 && (
              <dd className="text-sm text-slate-600">{fp.organizations.map((o) => nameIn(o.acronym, locale)).join(", ")}</dd>
            )}
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{t("queue")}</dt>
            <dd className="text-3xl font-semibold tabular-nums" data-testid="queue-size">{number(queue.size)}</dd>
            <dd className="text-sm text-slate-600">
              {queue.oldestSince ? t("queueOldest", { date: date(queue.oldestSince), days: queue.oldestDays ?? 0 }) : t("queueSize", { count: 0 })}
            </dd>
            <dd className="text-sm">
              <Link href="/review" className="text-brand-700 underline">{t("openQueue")}</Link>
            </dd>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{tr("redirects")}</dt>
            <dd className="text-3xl font-semibold tabular-nums" data-testid="redirects-to-review">{number(redirects.total)}</dd>
            <dd className="text-sm text-slate-600">{tr("redirectsLead", { count: redirects.total })}</dd>
            <dd className="text-sm">
              <Link href="/review/redirects" className="text-brand-700 underline">{tr("openRedirects")}</Link>
            </dd>
          </div>
        </dl>
        <p className="mt-2 text-sm text-slate-700">
          {t("reported", { states: fp.reported.states, organizations: fp.reported.regionalOrganizations })}{" "}
          <Link href={`/documents/${fp.reported.document}#p-${fp.reported.locator}`} className="text-brand-700 underline">
            {t("reportSource")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="regions" className="mb-8">
        <h2 id="regions" className="mb-2 text-lg font-semibold">{t("regions")}</h2>
        <p className="mb-3 flex gap-3 text-sm">
          <Link href="/dashboard" aria-current={by === "region" ? "page" : undefined} className={by === "region" ? "font-semibold" : "text-brand-700 underline"}>
            {tc("region")}
          </Link>
          <Link href="/dashboard?by=group" aria-current={by === "group" ? "page" : undefined} className={by === "group" ? "font-semibold" : "text-brand-700 underline"}>
            {tc("group")}
          </Link>
        </p>
        <BarChart
          id="region-chart"
          title={t("regionsChart")}
          locale={lang}
          labels={{ category: by === "group" ? tc("group") : t("region"), value: t("meanScore"), count: t("states") }}
          bars={regions.items.map((r) => ({
            key: r.key,
            label: r.label ? r.label[lang] : tc(`groups.${r.key as "african"}`),
            value: r.mean,
            count: r.states,
          }))}
        />
      </section>

      <section aria-labelledby="recent" className="mb-8">
        <h2 id="recent" className="mb-3 text-lg font-semibold">{t("recent")}</h2>
        {recent.length === 0 ? (
          <p className="text-slate-600">{t("recentEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm">
            {recent.map((r) => (
              <li key={r.id} className="flex flex-wrap gap-x-2">
                <time dateTime={new Date(r.at).toISOString()} className="text-slate-600">{date(r.at)}</time>
                <span className="font-medium">{t(`decision.${r.decision}`)}</span>
                <Link href={`/records/${r.record.id}`} className="text-brand-700 underline"><LocalizedText text={r.record.title} /></Link>
                <span className="text-slate-600">{r.holder.name[lang]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="stale" className="mb-8">
        <h2 id="stale" className="mb-3 text-lg font-semibold">
          {t("stale")} <span className="text-base font-normal text-slate-600" data-testid="stale-count">({t("staleCount", { count: stale.length })})</span>
        </h2>
        <StaleList items={stale.slice(0, STALE_SHOWN)} lang={lang} date={date} never={t("staleNever")} />
        {stale.length > STALE_SHOWN && (
          <details className="mt-2">
            <summary className="cursor-pointer text-sm text-brand-700 underline">{t("showMore", { count: stale.length })}</summary>
            <StaleList items={stale.slice(STALE_SHOWN)} lang={lang} date={date} never={t("staleNever")} />
          </details>
        )}
      </section>
    </>
  );
}

function StaleList({
  items,
  lang,
  date,
  never,
}: {
  items: { iso3: string; name: Record<Locale, string>; lastPublishedAt: Date | null }[];
  lang: Locale;
  date: (d: Date) => string;
  never: string;
}) {
  return (
    <ul className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
      {items.map((c) => (
        <li key={c.iso3}>
          <Link href={`/countries/${c.iso3}`} className="text-brand-700 underline">{c.name[lang]}</Link>{" "}
          <span className="text-slate-600">{c.lastPublishedAt ? date(c.lastPublishedAt) : never}</span>
        </li>
      ))}
    </ul>
  );
}
