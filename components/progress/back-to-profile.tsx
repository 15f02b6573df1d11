// The way back from a state's sub-pages (records, timeline, catalogue) to its profile.
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/ui/page-link";

export async function BackToProfile({ iso3 }: { iso3: string }) {
  const t = await getTranslations("progress.profile");
  return (
    <p className="mb-2 text-sm">
      <Link href={`/countries/${iso3}`} className="text-brand-700 underline">
        {t("backToProfile")}
      </Link>
    </p>
  );
}
