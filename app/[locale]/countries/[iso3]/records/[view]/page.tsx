// A state's records, first pages or one list's page, the same for every visitor: cached with the page
// in the path (decision 039). Visitors reach it as /countries/{iso3}/records?cpage=2: proxy.ts rewrites
// only canonical queries here (components/i18n/query-views.ts) and sends any other key to "invalid".
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isStateCode, recordsViewPages } from "~/components/i18n/query-views";
import { RecordsView, recordsMetadata } from "../records-view";

export const revalidate = 300;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Promise<{ locale: string; iso3: string }> }) {
  const { locale, iso3 } = await params;
  return recordsMetadata(locale, iso3);
}

export default async function CountryRecordsCachedPage({ params }: { params: Promise<{ locale: string; iso3: string; view: string }> }) {
  const { locale, iso3, view } = await params;
  setRequestLocale(locale);
  const pages = isStateCode(iso3) ? recordsViewPages(view) : null;
  if (!pages) notFound();
  return <RecordsView locale={locale} iso3={iso3} pages={pages} strict />;
}
