import { textIn } from "~/db/localized-text";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/server/i18n/navigation";
import { AddSourceForm } from "~/components/measures/add-source-form";
import { HistoryList } from "~/components/measures/history-list";
import { MeasureEditForm } from "~/components/measures/measure-edit-form";
import { DeleteMeasureButton, MergeForm } from "~/components/measures/merge-form";
import { SourceListEditor } from "~/components/measures/source-list-editor";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { PageHeader } from "~/components/ui/page-header";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";
import { loadLinkChoices } from "../../../link-choices";
import { loadMeasure } from "../load-measure";
import { Arrow } from "~/components/ui/arrow";
import { asLocale } from "~/db/localized-text-ops";

export async function generateMetadata() {
  const t = await getTranslations("measures");
  return { title: t("editTitle") };
}

export default async function EditMeasurePage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireViewer(`/measures/${slug}/edit`, "measure.update");
  const [t, api, m] = await Promise.all([getTranslations("measures"), serverApi(), loadMeasure(slug, "/edit")]);
  const lang = asLocale(locale);
  const [history, docs, links] = await Promise.all([
    api.measures.history({ measureId: m.id }),
    api.documents.list({ page: 1, pageSize: 500 }),
    loadLinkChoices(locale),
  ]);
  const documents = docs.items.map((d) => ({ slug: d.slug, label: d.symbol ? `${d.symbol} — ${textIn(d.title, lang)}` : textIn(d.title, lang) }));
  return (
    <>
      <p className="mb-3 text-sm">
        <Link href={`/measures/${m.slug}`}><Arrow direction="back" /> {textIn(m.title, lang)}</Link>
      </p>
      <PageHeader title={t("editTitle")} lead={m.slug} />
      <TRPCReactProvider>
        <div className="flex flex-col gap-6">
          {m.deleted ? (
            <Alert tone="info">{t("deletedNotice")}</Alert>
          ) : (
            <>
              <MeasureEditForm measure={m} />
              <SourceListEditor measureId={m.id} sources={m.sources.map((s) => ({ id: s.id, document: s.document.slug, locator: s.locator, quote: s.quote }))} />
              <AddSourceForm measureId={m.id} documents={documents} />
              <MergeForm survivorId={m.id} survivorSlug={m.slug} choices={links.measureChoices} lang={lang} />
            </>
          )}
          <DeleteMeasureButton id={m.id} deleted={m.deleted} />
          <HistoryList measureId={m.id} version={m.version} revisions={history} />
        </div>
      </TRPCReactProvider>
    </>
  );
}
