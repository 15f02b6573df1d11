// "What changed since …" on a country (issue 14): every change of a measure's status in a period,
// with the published record and event that caused it — the secretariat's annual review reads from it.
// Rendered per request (the period is in the query); the form is a plain GET, usable without JavaScript.
import { textIn } from "~/db/localized-text";
import { asLocale } from "~/db/localized-text-ops";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/server/i18n/navigation";
import { ProgressStatus } from "~/components/progress/progress-status";
import { EmptyState } from "~/components/ui/empty-state";
import { TextField } from "~/components/ui/field";
import { FilterForm } from "~/components/ui/filter-form";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { ZAsOfSchema } from "~/server/domain/dates";
import { ISO3 } from "~/server/domain/country-code";
import { today } from "~/server/domain/dates";
import { isLocale } from "~/db/locales";
import { Arrow } from "~/components/ui/arrow";
import { publicServerApi } from "~/server/api/public-caller";

// Changes a page shows: the busiest state of the scale fixture has 3,500 in eight years (a 15 MB page
// before), so the list pages like every other list.
const PAGE_SIZE = 100;

/** A year back from `day`: the default period of an annual review. */
const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;

export default async function CountryChangesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; iso3: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [{ locale, iso3 }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  if (!ISO3.test(iso3)) notFound();
  const lang = asLocale(locale);
  const until = ZAsOfSchema.safeParse(query.until).data ?? today();
  const sinceParsed = ZAsOfSchema.safeParse(query.since).data;
  const since = sinceParsed && sinceParsed <= until ? sinceParsed : yearBefore(until);
  const api = await publicServerApi();
  const [t, format, titles, c] = await Promise.all([getTranslations(), getFormatter(), api.measures.titles({ locale: asLocale(locale) }), api.countries.statusChanges({ iso3, since, until })]);
  if (!c) notFound();
  const page = Math.min(pageParam(query.page), Math.max(1, Math.ceil(c.items.length / PAGE_SIZE)));
  const changes = c.items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  /** What a record said that day, in words: a status of its type, or a focal point appointed / ended. */
  const said = (type: string, status: string) => {
    const key =
      type === "commitment" ? `records.commitmentStatuses.${status}` : type === "parliamentary_action" ? `records.parliamentaryStatuses.${status}` : `history.changes.${status}`;
    return t.has(key as never) ? t(key as never) : status;
  };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/countries/${iso3}`} className="text-brand-700 underline">
          {t("history.changes.back")}
        </Link>
      </p>
      <PageHeader title={`${textIn(c.name, isLocale(locale) ? locale : "en")} — ${t("history.changes.title", { date: date(since) })}`} lead={t("history.changes.lead")} />
      <FilterForm label={t("history.changes.link")} submitLabel={t("history.changes.show")}>
        <TextField id="since" name="since" type="date" label={t("history.changes.since")} defaultValue={since} />
        <TextField id="until" name="until" type="date" label={t("history.changes.until")} defaultValue={until} />
      </FilterForm>
      {changes.length === 0 ? (
        <EmptyState>{t("history.changes.empty")}</EmptyState>
      ) : (
        <ol className="flex flex-col gap-2" data-testid="status-changes">
          {changes.map((ch) => (
            <li key={`${ch.date}-${ch.measure}`} className="rounded border border-slate-200 bg-white p-3 text-sm">
              <p className="font-medium">
                <time dateTime={ch.date}>{date(ch.date)}</time> ·{" "}
                <Link href={`/countries/${iso3}/measures/${ch.measure}`} className="text-brand-700 underline">
                  {titles[ch.measure] ?? ch.measure}
                </Link>
              </p>
              <p className="mt-1 flex flex-wrap items-center gap-2">
                <span className="sr-only">{t("history.changes.change")}:</span>
                <ProgressStatus status={ch.from} compact /> <Arrow direction="forward" /> <ProgressStatus status={ch.to} compact />
              </p>
              {ch.causes.length > 0 && (
                <p className="mt-1">
                  {t("history.changes.cause")}:{" "}
                  {ch.causes.map((cause) => (
                    <Link key={cause.id} href={`/records/${cause.id}`} className="me-2 text-brand-700 underline">
                      {textIn(cause.title, lang)}
                      {cause.status ? ` (${said(cause.type, cause.status)})` : ""}
                    </Link>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      <Pagination pathname={`/countries/${iso3}/changes`} searchParams={{ since, until }} page={page} pageSize={PAGE_SIZE} total={c.items.length} />
    </>
  );
}
