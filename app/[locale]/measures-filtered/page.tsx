// The measures catalogue for a query (/measures?…, rewritten here by proxy.ts; decision 037): rendered
// per request, and the one view where staff may include deleted measures.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { serverApi } from "~/server/api/server-caller";
import { can } from "~/server/auth/policy";
import { currentViewer } from "~/server/auth/session";
import { MeasuresView, type MeasuresQuery } from "../measures/measures-view";

export async function generateMetadata() {
  const t = await getTranslations("measures");
  return { title: t("title") };
}

export default async function FilteredMeasuresPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<MeasuresQuery>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [api, viewer] = await Promise.all([serverApi(), currentViewer()]);
  const staff = can(viewer, "measure.delete");
  return (
    <MeasuresView locale={locale} query={query} api={api} deleted={staff && query.deleted === "1"} deletedBox={(box) => staff && box} />
  );
}
