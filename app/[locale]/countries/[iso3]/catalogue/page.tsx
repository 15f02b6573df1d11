// A state's whole catalogue: each pillar's summary, linked to the page of its measures (./[pillar]).
// Split from the profile to keep the profile light (issue 12); public, session-free and cached like it.
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadCountryProfile } from "../load-profile";
import { CatalogueIndex } from "~/components/progress/country-catalogue";
import { PageHeader } from "~/components/ui/page-header";
import { BackToProfile } from "~/components/progress/back-to-profile";
import { publicServerApi } from "~/server/api/public-caller";
import { asLocale } from "~/db/localized-text-ops";

export const revalidate = 300;
/** Rendered on first visit, then cached (decision 010). */
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ locale: string; iso3: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale, iso3 } = await params;
  const [profile, t] = await Promise.all([loadCountryProfile(iso3), getTranslations("progress.profile")]);
  return { title: profile ? t("catalogueTitle", { country: profile.name[asLocale(locale)] }) : iso3 };
}

export default async function CountryCataloguePage({ params }: Params) {
  const { locale, iso3 } = await params;
  setRequestLocale(locale);
  const lang = asLocale(locale);
  const profile = await loadCountryProfile(iso3);
  if (!profile) notFound();
  const api = await publicServerApi();
  const [t, catalogue] = await Promise.all([getTranslations("progress.profile"), api.countries.catalogue({ iso3 })]);
  return (
    <>
      <BackToProfile iso3={iso3} />
      <PageHeader title={t("catalogueTitle", { country: profile.name[lang] })} lead={t("catalogueLead")} />
      <CatalogueIndex iso3={iso3} catalogue={catalogue} />
    </>
  );
}
