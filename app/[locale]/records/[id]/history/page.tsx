import { LocalizedText } from "~/components/i18n/localized-text";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/server/i18n/navigation";
import { DiffView } from "~/components/records/diff-view";
import { RestoreRevisionButton } from "~/components/records/restore-revision-button";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { PageHeader } from "~/components/ui/page-header";
import { serverApi } from "~/server/api/server-caller";
import { can } from "~/server/auth/policy";
import { requireViewer } from "~/server/auth/require-viewer";

export default async function RecordHistoryPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(`/records/${id}/history`, "record.history");
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const [t, format, api] = await Promise.all([getTranslations("records"), getFormatter(), serverApi()]);
  const [rec, revisions] = await Promise.all([api.records.get({ id }).catch(() => null), api.records.history({ id }).catch(() => null)]);
  if (!rec || !revisions) notFound();
  const mayRestore = can(viewer, "record.restore") && !rec.deletedAt;
  const latestApplied = revisions.find((r) => r.state === "applied")?.id;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/records/${id}`} className="text-brand-700 underline">
          <LocalizedText text={rec.title} />
        </Link>
      </p>
      <PageHeader title={t("historyPage.title")} lead={t("historyPage.lead")} />
      <TRPCReactProvider>
        <ol className="flex flex-col gap-4">
          {revisions.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                <h2 className="font-semibold">
                  {t("historyPage.revision", { number: r.number })} · {t(`historyPage.state.${r.state}`)}
                  <span className="ms-2 text-sm font-normal text-slate-600">
                    {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    {r.createdBy && ` · ${t("historyPage.by", { name: r.createdBy })}`}
                  </span>
                </h2>
                {mayRestore && r.state === "applied" && r.id !== latestApplied && (
                  <RestoreRevisionButton id={id} version={rec.version} revisionId={r.id} number={r.number} />
                )}
              </div>
              <DiffView diff={r.diff} type={rec.type} />
            </li>
          ))}
        </ol>
      </TRPCReactProvider>
    </>
  );
}
