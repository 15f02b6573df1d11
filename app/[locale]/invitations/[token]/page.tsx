import { getTranslations, setRequestLocale } from "next-intl/server";
import { AcceptInvitationForm } from "~/components/auth/accept-invitation-form";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { PageHeader } from "~/components/ui/page-header";
import { serverApi } from "~/server/api/server-caller";

export default async function InvitationPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const [t, tr, api] = await Promise.all([getTranslations("auth"), getTranslations("roles"), serverApi()]);
  const invitation = await api.account.invitation({ token });
  return (
    <>
      <PageHeader
        title={t("inviteTitle")}
        lead={invitation ? t("inviteLead", { role: tr(invitation.role), email: invitation.email }) : undefined}
      />
      {invitation ? (
        <TRPCReactProvider>
          <AcceptInvitationForm token={token} suggestedName={invitation.name ?? ""} />
        </TRPCReactProvider>
      ) : (
        <Alert tone="error">{t("inviteInvalid")}</Alert>
      )}
    </>
  );
}
