import { LocalizedText } from "~/components/i18n/localized-text";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/server/i18n/navigation";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { publicServerApi } from "~/server/api/public-caller";

/** Cached; re-rendered at most every 5 minutes, and at once when a document is added (docs/decisions/010). */
export const revalidate = 300;

export async function generateMetadata() {
  const t = await getTranslations("documents");
  return { title: t("title") };
}

export default async function DocumentsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, api] = await Promise.all([getTranslations("documents"), publicServerApi()]);
  const docs = await api.documents.list({ page: 1, pageSize: 500 });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {docs.items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {docs.items.map((d) => (
            <li key={d.slug} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold leading-snug">
                <Link href={`/documents/${d.slug}`}>
                  <LocalizedText text={d.title} />
                </Link>
              </h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-slate-700">
                <dt className="text-slate-500">{t("symbol")}</dt>
                <dd className="font-mono">{d.symbol ?? t("noSymbol")}</dd>
                <dt className="text-slate-500">{t("year")}</dt>
                <dd>{d.year}</dd>
              </dl>
              <p className="mt-2 text-sm text-slate-600">{t("counts", d.counts)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
