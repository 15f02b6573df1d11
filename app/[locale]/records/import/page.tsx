import { getTranslations, setRequestLocale } from "next-intl/server";
import { ExportButtons } from "~/components/records/export-buttons";
import { ImportForm } from "~/components/records/import-form";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { PageHeader } from "~/components/ui/page-header";
import { requireViewer } from "~/server/auth/require-viewer";
import { RECORD_TYPES } from "~/server/services/records/record-schemas";

export default async function ImportRecordsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireViewer("/records/import", "record.import");
  const t = await getTranslations("records");
  return (
    <>
      <PageHeader title={t("csv.title")} lead={t("csv.lead")} />
      <TRPCReactProvider>
        <div className="flex flex-col gap-8">
          {RECORD_TYPES.map((type) => (
            <section key={type} aria-labelledby={`import-${type}`} className="flex flex-col gap-3">
              <h2 id={`import-${type}`} className="text-xl font-semibold">
                {t(`typesPlural.${type}`)}
              </h2>
              <ExportButtons type={type} filters={{ mine: true }} template />
              <ImportForm type={type} />
            </section>
          ))}
        </div>
      </TRPCReactProvider>
    </>
  );
}
