// A countries query that is the same for every visitor (a region, a UN group, a sort, a page), cached
// with the canonical query in the path (decision 039). Visitors reach it as /countries?group=weog&…:
// proxy.ts rewrites only canonical queries here (components/i18n/query-views.ts) and sends any other
// key to "invalid", which is not found. Other queries stay on the per-request ../../table route.
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { countriesViewQuery } from "~/components/i18n/query-views";
import { CountriesView } from "../../countries-view";

export const revalidate = 300;
export const generateStaticParams = () => [];

export async function generateMetadata() {
  const t = await getTranslations("countries");
  return { title: t("title") };
}

export default async function CountriesCachedViewPage({ params }: { params: Promise<{ locale: string; key: string }> }) {
  const { locale, key } = await params;
  setRequestLocale(locale);
  const query = countriesViewQuery(key);
  if (!query) notFound();
  return <CountriesView locale={locale} raw={query} />;
}
