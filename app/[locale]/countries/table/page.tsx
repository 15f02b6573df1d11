// The countries page with a query (filters, sort, page): rendered per request. Visitors reach it as
// /countries?… — proxy.ts rewrites those URLs here, so links, forms and the language switcher keep
// using /countries.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CountriesView, type Query } from "../countries-view";

export async function generateMetadata() {
  const t = await getTranslations("countries");
  return { title: t("title") };
}

export default async function CountriesTablePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Query>;
}) {
  const [{ locale }, raw] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  return <CountriesView locale={locale} raw={raw} />;
}
