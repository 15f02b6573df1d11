import { DEFAULT_LOCALE, isLocale } from "~/db/locales";
import { textIn } from "~/db/localized-text";
import { LocalizedText } from "~/components/i18n/localized-text";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentUploadForm } from "~/components/admin/document-upload-form";
import { VersionUploadForm } from "~/components/document-versions/version-upload-form";
import { Link } from "~/server/i18n/navigation";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { PageHeader } from "~/components/ui/page-header";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";

export default async function AdminDocumentsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireViewer("/admin/documents", "document.create");
  const [t, api] = await Promise.all([getTranslations(), serverApi()]);
  const docs = await api.documents.list({ page: 1, pageSize: 500 });
  return (
    <>
      <PageHeader title={t("admin.documents")} />
      <TRPCReactProvider>
        <DocumentUploadForm />
        <div className="mt-8">
          <VersionUploadForm documents={docs.items.map((d) => ({ slug: d.slug, title: textIn(d.title, isLocale(locale) ? locale : DEFAULT_LOCALE), language: d.language }))} />
        </div>
      </TRPCReactProvider>
      <section aria-labelledby="library-title" className="mt-8">
        <h2 id="library-title" className="mb-2 text-lg font-semibold">
          {t("admin.libraryTitle")}
        </h2>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-4">
          {docs.items.map((d) => (
            <li key={d.slug} className="py-2 text-sm">
              <Link href={`/documents/${d.slug}`}><LocalizedText text={d.title} /></Link>
              <span className="ms-2 font-mono text-xs text-slate-500">{d.slug}</span>
              <span className="ms-2 text-slate-600">{t("documents.counts", d.counts)}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
