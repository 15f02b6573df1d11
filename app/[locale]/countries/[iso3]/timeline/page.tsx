// A state's whole timeline: published records by year and every measure's current status by the year
// it dates from. The profile shows the latest changes and links here (decision 035); public,
// session-free and cached like the profile.
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadCountryProfile } from "../load-profile";
import { CountryTimeline, statusChanges } from "~/components/progress/country-timeline";
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
  const [profile, t] = await Promise.all([loadCountryProfile(iso3), getTranslations("progress.timeline")]);
  return { title: profile ? t("pageTitle", { country: profile.name[asLocale(locale)] }) : iso3 };
}

export default async function CountryTimelinePage({ params }: Params) {
  const { locale, iso3 } = await params;
  setRequestLocale(locale);
  const profile = await loadCountryProfile(iso3);
  if (!profile) notFound();
  const api = await publicServerApi();
  const [t, catalogue, years] = await Promise.all([getTranslations(), api.countries.catalogue({ iso3 }), api.countries.recordsByYear({ iso3 })]);
  return (
    <>
      <BackToProfile iso3={iso3} />
      <PageHeader title={t("progress.timeline.pageTitle", { country: profile.name[asLocale(locale)] })} lead={t("progress.timeline.lead")} />
      <CountryTimeline iso3={iso3} years={years} changes={statusChanges(profile.progress.statuses, catalogue)} />
    </>
  );
}
