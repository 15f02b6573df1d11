// The measures catalogue as everyone first sees it: no query, the same page for every visitor, so it
// is rendered once and served from the cache (dropped on every publication). A query (/measures?…)
// is rewritten by proxy.ts to ../measures-filtered, rendered per request (decision 037).
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForRoles } from "~/components/layout/session-menu";
import { publicServerApi } from "~/server/api/public-caller";
import { STAFF_ROLES } from "~/server/auth/policy";
import { MeasuresView } from "./measures-view";

export const revalidate = 300;

export async function generateMetadata() {
  const t = await getTranslations("measures");
  return { title: t("title") };
}

export default async function MeasuresPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const api = await publicServerApi();
  return (
    <MeasuresView
      locale={locale}
      query={{}}
      api={api}
      deleted={false}
      deletedBox={(box) => <ForRoles roles={STAFF_ROLES}>{box}</ForRoles>}
    />
  );
}
