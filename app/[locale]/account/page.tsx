import { getTranslations, setRequestLocale } from "next-intl/server";
import { PreferencesForm } from "~/components/auth/preferences-form";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { PageHeader } from "~/components/ui/page-header";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer, TWO_FACTOR_PAGE } from "~/server/auth/require-viewer";
import { Link } from "~/server/i18n/navigation";

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireViewer("/account");
  const [t, tr, t2, api] = await Promise.all([
    getTranslations("account"),
    getTranslations("roles"),
    getTranslations("twoFactor"),
    serverApi(),
  ]);
  const me = await api.account.me();
  return (
    <>
      <PageHeader title={t("title")} />
      <dl className="mb-6 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("email")}</dt>
        <dd>{me.email}</dd>
        <dt className="text-slate-600">{t("role")}</dt>
        <dd>{tr(me.role)}</dd>
      </dl>
      <TRPCReactProvider>
        <PreferencesForm account={me} />
      </TRPCReactProvider>
      <p className="mt-8">
        <Link href={TWO_FACTOR_PAGE} className="text-sm font-medium">
          {t2("accountLink")}
        </Link>
      </p>
    </>
  );
}
