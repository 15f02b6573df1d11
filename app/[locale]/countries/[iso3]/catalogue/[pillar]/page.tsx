// One pillar of a state's catalogue, by actor, each measure opening its evidence (decision 035: the
// whole catalogue on one page was ~450 kB). Public, session-free and cached like the profile.
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/components/ui/page-link";
import { loadCountryProfile } from "../../load-profile";
import { CountryCatalogue, pillarAnchor, pillarFromSegment } from "~/components/progress/country-catalogue";
import { PageHeader } from "~/components/ui/page-header";
import { publicServerApi } from "~/server/api/public-caller";
import { asLocale } from "~/db/localized-text-ops";

export const revalidate = 300;
/** Rendered on first visit, then cached (decision 010). */
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ locale: string; iso3: string; pillar: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale, iso3 } = await params;
  const [profile, t] = await Promise.all([loadCountryProfile(iso3), getTranslations("progress.profile")]);
  return { title: profile ? t("catalogueTitle", { country: profile.name[asLocale(locale)] }) : iso3 };
}

export default async function CountryCataloguePillarPage({ params }: Params) {
  const { locale, iso3, pillar: segment } = await params;
  setRequestLocale(locale);
  const lang = asLocale(locale);
  const pillar = pillarFromSegment(segment);
  const profile = pillar === undefined ? null : await loadCountryProfile(iso3);
  if (!profile || pillar === undefined) notFound();
  const api = await publicServerApi();
  const [t, catalogue] = await Promise.all([getTranslations("progress.profile"), api.countries.catalogue({ iso3 })]);
  return (
    <>
      <p className="mb-2 flex flex-wrap gap-4 text-sm">
        <Link href={`/countries/${iso3}`} className="text-brand-700 underline">
          {t("backToProfile")}
        </Link>
        <Link href={`/countries/${iso3}/catalogue#${pillarAnchor(pillar)}`} className="text-brand-700 underline">
          {t("catalogueTitle", { country: profile.name[lang] })}
        </Link>
      </p>
      <PageHeader title={t("catalogueTitle", { country: profile.name[lang] })} lead={t("catalogueLead")} />
      <CountryCatalogue iso3={iso3} catalogue={catalogue} pillars={[pillar]} />
    </>
  );
}
