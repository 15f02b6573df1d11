// The measure's countries by status: a map coloured by status, then the states of each status with
// a link to the evidence behind it (the country profile's page for this measure). Read through
// measures.countriesByStatus: today's stored statuses, or the rules over the history as of a day.
import type { Locale } from "~/db/locales";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusLabel } from "~/components/atlas/status-label";
import { Link } from "~/components/ui/page-link";
import { WorldMap } from "~/components/map/world-map";
import { publicServerApi } from "~/server/api/public-caller";
import { textIn } from "~/db/localized-text";

interface Props {
  slug: string;
  locale: Locale;
  heading: string;
  /** The states as of this past day (by the rules over the history); today's stored statuses when absent. */
  asOf?: { day: string };
}

export async function MeasureCountries({ slug, locale, heading, asOf }: Props) {
  const [t, ts, format, data] = await Promise.all([
    getTranslations("atlas.measure"),
    getTranslations("atlas.map.status"),
    getFormatter(),
    publicServerApi().then((api) => api.measures.countriesByStatus({ slug, locale, asOf: asOf?.day })),
  ]);
  // The page has already answered 404 for a slug that names no live measure.
  if (!data) return null;
  return (
    <section aria-labelledby="countries" className="mb-8">
      <h2 id="countries" className="mb-3 text-lg font-semibold">{heading}</h2>
      <WorldMap
        locale={locale}
        mode="status"
        countries={data.countries.map((c) => ({ ...c, name: textIn(c.name, locale) }))}
        title={t("mapTitle")}
        hrefFor={(iso3) => (asOf ? `/${locale}/countries/${iso3}?asOf=${asOf.day}` : `/${locale}/countries/${iso3}/measures/${slug}`)}
        alternativeId="countries-by-status"
      />
      <div id="countries-by-status" className="flex flex-col gap-4">
        {data.groups.map((g) => (
          <section key={g.status} aria-labelledby={`status-${g.status}`} data-testid={`status-group-${g.status}`}>
            <h3 id={`status-${g.status}`} className="mb-1 font-semibold">
              <StatusLabel status={g.status} label={ts(g.status)} />{" "}
              <span className="text-sm font-normal text-slate-600">({t("countInStatus", { count: g.countries.length })})</span>
            </h3>
            {g.countries.length === 0 ? (
              <p className="text-sm text-slate-600">{t("emptyStatus")}</p>
            ) : (
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {g.countries.map((c) => (
                  <li key={c.iso3}>
                    <Link href={`/countries/${c.iso3}/measures/${slug}`} className="text-brand-700 underline">
                      {textIn(c.name, locale)}
                    </Link>{" "}
                    {c.since && (
                      <span className="text-slate-600">{t("since", { date: format.dateTime(new Date(c.since), { dateStyle: "medium" }) })}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
        <p className="text-sm text-slate-600">{t("noneExplained")}</p>
        <p className="text-sm">
          <Link href={{ pathname: "/countries/table", query: asOf ? { measure: slug, asOf: asOf.day } : { measure: slug } }} className="text-brand-700 underline">
            {t("inTable")}
          </Link>
        </p>
      </div>
    </section>
  );
}
