// A measure's countries "as of" a day (issue 14, decision 033): the map and the states by status on
// that day, by the rules over the published history. Visitors reach it as /measures/{slug}?asOf=…
// (proxy.ts rewrites); the day is in the path, so each day is its own cached page (ISR). The states
// come from measures.countriesByStatus with the day (MeasureCountries).
import { getTranslations, getFormatter, setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "~/db/locales";
import { textIn } from "~/db/localized-text";
import { AsOfBanner } from "~/components/history/as-of-banner";
import { AsOfControl } from "~/components/history/as-of-control";
import { PageHeader } from "~/components/ui/page-header";
import { Link } from "~/server/i18n/navigation";
import { parseAsOfParam } from "~/server/domain/as-of-param";
import { today as todayUtc } from "~/server/domain/dates";
import { loadMeasure } from "../../load-measure";
import { MeasureCountries } from "../../measure-countries";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Params = { locale: string; slug: string; date: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { locale, slug, date } = await params;
  const t = await getTranslations({ locale, namespace: "historyViews.asOf" });
  return { title: t("metaTitle", { name: slug, date: date.slice(0, 10) }), robots: { index: false } };
}

export default async function MeasureAsOfPage({ params }: { params: Promise<Params> }) {
  const { locale: rawLocale, slug, date } = await params;
  setRequestLocale(rawLocale);
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "en";
  const m = await loadMeasure(slug, `/as-of/${date}`, "public");
  const today = todayUtc();
  const choice = parseAsOfParam(date, today);
  const [tv, tm, format] = await Promise.all([getTranslations("historyViews.asOf"), getTranslations("measures"), getFormatter()]);
  const title = textIn(m.title, locale);
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <article className="max-w-3xl">
      <p className="mb-3 text-sm">
        <Link href={`/measures/${m.slug}`}>← {title}</Link>
      </p>
      <PageHeader title={choice.asOf ? tv("measureTitle", { name: title, date: day(choice.asOf) }) : title} />
      <AsOfBanner choice={choice} raw={date} todayHref={`/measures/${m.slug}`} />
      <AsOfControl action={`/${locale}/measures/${m.slug}`} asOf={choice.asOf} today={today} />
      {choice.asOf && <MeasureCountries slug={m.slug} locale={locale} heading={tm("countriesTitle")} asOf={{ day: choice.asOf }} />}
    </article>
  );
}
