// Steps for parliamentarians without a chosen country: cached (ISR). See ./parliamentarians-view.tsx.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ParliamentariansView } from "./parliamentarians-view";

export const revalidate = 300;

export async function generateMetadata() {
  const t = await getTranslations("parliamentarians");
  return { title: t("title") };
}

export default async function ParliamentariansPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ParliamentariansView locale={locale} />;
}
