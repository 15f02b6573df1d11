// The countries page without a query: the map and the table's first page, cached (ISR, decision 010).
// Filtered and sorted views (/countries?…) are rewritten by proxy.ts to the dynamic ./table page.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CountriesView } from "./countries-view";

export const revalidate = 300;

export async function generateMetadata() {
  const t = await getTranslations("countries");
  return { title: t("title") };
}

export default async function CountriesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <CountriesView locale={locale} raw={{}} />;
}
