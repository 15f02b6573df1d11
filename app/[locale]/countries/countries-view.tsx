// The countries: a world map coloured by score or by a chosen measure's status, then a sortable,
// filterable table of the same states. Public and session-free; every filter is a GET parameter and
// works without JavaScript. Rendered by the cached /countries page (no query) and by the dynamic
// /countries/table page, to which proxy.ts rewrites /countries?… (so the URLs stay /countries?…).
import { textIn } from "~/db/localized-text";
import { asLocale } from "~/db/localized-text-ops";
import { getTranslations } from "next-intl/server";
import { SortHeader } from "~/components/atlas/sort-header";
import { StatusLabel } from "~/components/atlas/status-label";
import { Link } from "~/components/ui/page-link";
import { WorldMap } from "~/components/map/world-map";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField, TextField } from "~/components/ui/field";
import { FilterForm } from "~/components/ui/filter-form";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { unGroupEnum } from "~/db/schema";
import { PROGRESS_STATUSES } from "~/server/progress/statuses";
import { publicServerApi } from "~/server/api/public-caller";
import { parseCountryTableQuery } from "~/server/services/progress/country-table-schemas";
import { nameIn } from "~/server/domain/localized-name";
import { AsOfBanner } from "~/components/history/as-of-banner";
import { AsOfControl } from "~/components/history/as-of-control";
import { parseAsOfParam } from "~/server/domain/as-of-param";
import { today as todayUtc } from "~/server/domain/dates";
import { parallelLanguage } from "~/components/i18n/parallel-language";
import { documentLanguage } from "~/server/i18n/locale-tags";

export type Query = Record<string, string | undefined>;

/** The dynamic route that renders any query (see ./table/page.tsx); proxy.ts sends its canonical
 *  queries on to the cached ./view/[key] (decision 039), so the app's links may point here. */
const QUERY_VIEW = "/countries/table";

/** The map's year slider sends `asOfYear`: the last day of that year (today for this year). */
function asOfRequested(raw: Query, today: string): string | undefined {
  if (raw.asOf) return raw.asOf;
  if (!raw.asOfYear || !/^\d{4}$/.test(raw.asOfYear)) return raw.asOfYear ? "invalid" : undefined;
  return raw.asOfYear === today.slice(0, 4) ? today : `${raw.asOfYear}-12-31`;
}

export async function CountriesView({ locale, raw }: { locale: string; raw: Query }) {
  const lang = asLocale(locale);
  const parallel = parallelLanguage(lang);
  const input = parseCountryTableQuery(raw, lang);
  const today = todayUtc();
  const asOfRaw = asOfRequested(raw, today);
  const choice = parseAsOfParam(asOfRaw, today);
  // A past day: the rules over the history (the procedures compute each day once for every view, cached).
  const asOf = choice.past && choice.asOf ? choice.asOf : undefined;
  const api = await publicServerApi();
  const [t, options, table] = await Promise.all([
    getTranslations(),
    api.countries.filterOptions({ measure: input.measure }),
    api.countries.table({ ...input, asOf }),
  ]);
  const chosen = input.measure ? options.measures.find((m) => m.slug === input.measure) : undefined;
  const mapCountries = await api.countries.map({ measure: chosen?.slug, asOf });
  // The query as it validated: links (sort, pages) never carry a bad value forward.
  const query: Query = {
    q: input.q,
    region: input.region,
    group: input.group,
    org: input.org,
    measure: chosen?.slug,
    status: chosen ? input.status : undefined,
    minScore: input.minScore?.toString(),
    maxScore: input.maxScore?.toString(),
    sort: raw.sort && input.sort ? input.sort : undefined,
    dir: raw.dir && input.dir ? input.dir : undefined,
    asOf,
  };
  const { asOf: _day, ...withoutDay } = query;
  // Links to another view go straight to the query route: the client router would otherwise reuse
  // the cached /countries page for /countries?… (proxy.ts only rewrites full page loads reliably).
  const sortProps = { pathname: QUERY_VIEW, query, sort: input.sort, dir: input.dir };
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const chosenTitle = chosen ? textIn(chosen.title, asLocale(locale)) : null;
  return (
    <>
      <PageHeader title={t("countries.title")} lead={t("countries.lead")} />
      <AsOfBanner choice={choice} raw={asOfRaw} todayHref={{ pathname: QUERY_VIEW, query: withoutDay }} />
      <AsOfControl action={`/${locale}/countries`} asOf={choice.asOf} today={today} keep={withoutDay} slider />
      <WorldMap
        locale={lang}
        mode={chosen ? "status" : "score"}
        countries={mapCountries.map((c) => ({ ...c, name: c.name[lang] }))}
        title={chosenTitle ? t("atlas.map.titleMeasure", { measure: chosenTitle }) : t("atlas.map.titleScore")}
        alternativeId="countries-table"
        hrefFor={asOf ? (iso3) => `/${locale}/countries/${iso3}?asOf=${asOf}` : undefined}
      />
      <FilterForm label={t("common.filter")} submitLabel={t("common.filter")}>
        {query.sort && <input type="hidden" name="sort" value={query.sort} />}
        {query.dir && <input type="hidden" name="dir" value={query.dir} />}
        {asOf && <input type="hidden" name="asOf" value={asOf} />}
        <TextField id="q" type="search" label={t("common.search")} placeholder={t("countries.searchPlaceholder")} defaultValue={input.q ?? ""} />
        <SelectField id="region" label={t("countries.region")} defaultValue={input.region ?? ""}>
          <option value="">{t("countries.allRegions")}</option>
          {options.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {nameIn(r.name, locale)}
            </option>
          ))}
        </SelectField>
        <SelectField id="group" label={t("countries.group")} defaultValue={input.group ?? ""}>
          <option value="">{t("countries.allGroups")}</option>
          {unGroupEnum.enumValues.map((g) => (
            <option key={g} value={g}>
              {t(`countries.groups.${g}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="org" label={t("atlas.table.organization")} defaultValue={input.org ?? ""}>
          <option value="">{t("atlas.table.allOrganizations")}</option>
          {options.organizations.map((o) => (
            <option key={o.slug} value={o.slug}>
              {`${nameIn(o.acronym, locale)} ${nameIn(o.name, locale)}`}
            </option>
          ))}
        </SelectField>
        <SelectField id="measure" label={t("atlas.table.measure")} defaultValue={chosen?.slug ?? ""} className="min-h-10 w-full max-w-[18rem] rounded-md border border-slate-300 bg-white px-3 py-2 text-base">
          <option value="">{t("atlas.table.byScore")}</option>
          {options.measures.map((m) => (
            <option key={m.slug} value={m.slug}>
              {textIn(m.title, asLocale(locale))}
            </option>
          ))}
        </SelectField>
        <SelectField id="status" label={t("atlas.table.statusFilter")} defaultValue={query.status ?? ""}>
          <option value="">{t("atlas.table.anyStatus")}</option>
          {PROGRESS_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`atlas.map.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextField id="minScore" type="number" min={0} max={100} inputMode="numeric" label={t("atlas.table.minScore")} defaultValue={query.minScore ?? ""} className="min-h-10 w-24 rounded-md border border-slate-300 bg-white px-3 py-2 text-base" />
        <TextField id="maxScore" type="number" min={0} max={100} inputMode="numeric" label={t("atlas.table.maxScore")} defaultValue={query.maxScore ?? ""} className="min-h-10 w-24 rounded-md border border-slate-300 bg-white px-3 py-2 text-base" />
      </FilterForm>
      {table.items.length === 0 ? (
        <div id="countries-table">
          <EmptyState>{t("countries.empty")}</EmptyState>
        </div>
      ) : (
        <div id="countries-table" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          {/* Cell styles are set once here, not on each of the 300 cells (sent twice: HTML and RSC payload). */}
          <table className="w-full min-w-[40rem] text-start text-sm tabular-nums [&_tbody_th]:px-3 [&_tbody_th]:py-2 [&_tbody_th]:font-medium [&_tbody_th>a]:underline [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-100 [&_td]:whitespace-nowrap [&_td]:px-3 [&_td]:py-2 [&_tbody_th>span]:block [&_tbody_th>span]:text-xs [&_tbody_th>span]:font-normal [&_tbody_th>span]:text-slate-600">
            <caption className="sr-only">
              {chosenTitle ? t("atlas.map.titleMeasure", { measure: chosenTitle }) : t("countries.title")}
            </caption>
            <thead className="bg-slate-100 whitespace-nowrap">
              <tr>
                <SortHeader column="name" label={t("countries.name")} {...sortProps} />
                <th scope="col" className="px-3 py-2">ISO</th>
                <SortHeader column="region" label={t("countries.region")} {...sortProps} />
                <SortHeader column="group" label={t("countries.group")} {...sortProps} />
                <SortHeader column="score" label={t("atlas.table.score")} firstDir="desc" {...sortProps} />
                {chosen && <SortHeader column="status" label={t("atlas.table.status")} firstDir="desc" {...sortProps} />}
              </tr>
            </thead>
            <tbody>
              {table.items.map((c) => (
                <tr key={c.iso3}>
                  <th scope="row">
                    <Link href={{ pathname: `/countries/${c.iso3}`, query: asOf ? { asOf } : {} }}>
                      {nameIn(c.name, locale)}
                    </Link>
                    <span {...documentLanguage(parallel)}>
                      {c.name[parallel]}
                    </span>
                  </th>
                  <td className="font-mono">{c.iso3}</td>
                  <td>{nameIn(c.region.name, locale)}</td>
                  <td>{c.group ? t(`countries.groups.${c.group}`) : t("countries.noGroup")}</td>
                  <td>{c.score === null ? t("atlas.map.noData") : percent.format(c.score)}</td>
                  {chosen && (
                    <td>
                      <Link href={`/countries/${c.iso3}/measures/${chosen.slug}`} className="underline">
                        <StatusLabel status={c.status} label={t(`atlas.map.status.${c.status}`)} />
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination pathname={QUERY_VIEW} searchParams={query} page={table.page} pageSize={table.pageSize} total={table.total} />
    </>
  );
}
