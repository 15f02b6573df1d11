// A state's records with any query: rendered per request. The canonical queries (no page, or one
// list's page up to 100) are rewritten by proxy.ts to the cached ./[view] route (decision 039).
import { setRequestLocale } from "next-intl/server";
import { RecordsView, recordsMetadata } from "./records-view";

export async function generateMetadata({ params }: { params: Promise<{ locale: string; iso3: string }> }) {
  const { locale, iso3 } = await params;
  return recordsMetadata(locale, iso3);
}

export default async function CountryRecordsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; iso3: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ locale, iso3 }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  return <RecordsView locale={locale} iso3={iso3} pages={{ fpage: one(query.fpage), cpage: one(query.cpage), apage: one(query.apage) }} />;
}
