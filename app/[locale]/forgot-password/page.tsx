import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForgotPasswordForm } from "~/components/auth/forgot-password-form";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { PageHeader } from "~/components/ui/page-header";

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  return (
    <>
      <PageHeader title={t("forgotTitle")} lead={t("forgotLead")} />
      <TRPCReactProvider>
        <ForgotPasswordForm />
      </TRPCReactProvider>
    </>
  );
}
