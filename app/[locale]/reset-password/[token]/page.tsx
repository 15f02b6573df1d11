import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResetPasswordForm } from "~/components/auth/reset-password-form";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { PageHeader } from "~/components/ui/page-header";

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ locale: string; token: string }>;
}) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  return (
    <>
      <PageHeader title={t("resetTitle")} />
      <TRPCReactProvider>
        <ResetPasswordForm token={token} />
      </TRPCReactProvider>
    </>
  );
}
