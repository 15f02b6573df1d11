// Regional organisations as subjects (issue 14): each with its members, whether a focal point is in
// office, and its score on the measures addressed to regional bodies. Public, cached (decision 010).
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/server/i18n/navigation";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { publicServerApi } from "~/server/api/public-caller";
import { asLocale } from "~/db/localized-text-ops";

export const revalidate = 300;

export async function generateMetadata() {
  const t = await getTranslations("history.regional");
  return { title: t("title") };
}

export default async function RegionalOrganizationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const lang = asLocale(locale);
  const [t, format, { items }] = await Promise.all([getTranslations("history.regional"), getFormatter(), (await publicServerApi()).regionalOrganizations.list()]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((o) => (
            <li key={o.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/regional-organizations/${o.id}`} className="text-brand-700 underline">
                  {o.acronym[lang]}
                </Link>
              </h2>
              <p className="text-sm text-slate-700">{o.name[lang]}</p>
              <p className="mt-2 text-sm">
                {t(`kinds.${o.kind}`)} · {t("members", { count: o.members })}
              </p>
              <p className="text-sm">{o.focalPointInOffice ? t("focalPointInOffice") : t("noFocalPoint")}</p>
              <p className="text-sm">
                {t("score")}: {format.number(o.score.overall, { style: "percent", maximumFractionDigits: 0 })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
