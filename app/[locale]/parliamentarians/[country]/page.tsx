// Steps for parliamentarians with one country's progress. Visitors reach it as
// /parliamentarians?country=KEN (proxy.ts rewrites that here); cached per country on first visit.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ParliamentariansView } from "../parliamentarians-view";

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("parliamentarians");
  return { title: t("title") };
}

export default async function ParliamentariansCountryPage({ params }: { params: Promise<{ locale: string; country: string }> }) {
  const { locale, country } = await params;
  setRequestLocale(locale);
  return <ParliamentariansView locale={locale} country={country} />;
}
