import { textIn } from "~/db/localized-text";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "~/components/actions/action-form";
import { toEditableAction } from "~/components/actions/action-form-data";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { PageHeader } from "~/components/ui/page-header";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";
import { loadActionFormOptions } from "../../form-options";
import { asLocale } from "~/db/localized-text-ops";

export default async function EditActionPage({
  params,
}: {
  params: Promise<{ locale: string; id: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(`/actions/${id}/edit`, "action.update");
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const api = await serverApi();
  const action = await api.actions.get({ id }).catch(() => null);
  if (!action || !action.mayEdit) notFound();
  const [t, options] = await Promise.all([getTranslations("actions"), loadActionFormOptions(viewer, locale)]);
  // Records linked earlier from outside the organisation's list stay choosable (and chosen).
  const lang = asLocale(locale);
  const linked = action.records
    .filter((r) => !options.records.some((o) => o.id === r.id))
    .map((r) => ({ id: r.id, title: `${textIn(r.title, lang) || r.type} (${r.date})` }));
  options.records = [...linked, ...options.records];
  return (
    <>
      <PageHeader title={t("editTitle")} lead={action.title} />
      <TRPCReactProvider>
        <ActionForm
          key={action.version}
          {...options}
          existing={toEditableAction(action)}
          today={new Date().toISOString().slice(0, 10)}
        />
      </TRPCReactProvider>
    </>
  );
}
