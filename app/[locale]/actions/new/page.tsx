import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "~/components/actions/action-form";
import { parseCiteParam } from "~/components/forms/cite-param";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { PageHeader } from "~/components/ui/page-header";
import { requireViewer } from "~/server/auth/require-viewer";
import { loadActionFormOptions } from "../form-options";

export async function generateMetadata() {
  const t = await getTranslations("actions");
  return { title: t("newTitle") };
}

export default async function NewActionPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ country?: string; cite?: string | string[] }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const viewer = await requireViewer("/actions/new", "action.create");
  const [t, options] = await Promise.all([getTranslations("actions"), loadActionFormOptions(viewer, locale)]);
  const country = /^[A-Z]{3}$/.test(query.country ?? "") ? query.country : undefined;
  return (
    <>
      <PageHeader title={t("newTitle")} lead={t("lead")} />
      <TRPCReactProvider>
        <ActionForm {...options} defaultCountry={country} cite={parseCiteParam(query.cite)} today={new Date().toISOString().slice(0, 10)} />
      </TRPCReactProvider>
    </>
  );
}
