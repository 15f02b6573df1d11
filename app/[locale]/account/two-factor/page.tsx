import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { OrganizationTwoFactor } from "~/components/account/organization-two-factor";
import { TwoFactorEnrolment } from "~/components/account/two-factor-enrolment";
import { TwoFactorManage } from "~/components/account/two-factor-manage";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { PageHeader } from "~/components/ui/page-header";
import { enrolmentApi } from "~/server/api/server-caller";
import { can } from "~/server/auth/policy";
import { requireViewer, TWO_FACTOR_PAGE } from "~/server/auth/require-viewer";

// The one page open to someone who must still set up a second factor (docs/decisions/014).
export default async function TwoFactorPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(TWO_FACTOR_PAGE);
  const [t, format, api] = await Promise.all([getTranslations("twoFactor"), getFormatter(), enrolmentApi()]);
  const status = await api.twoFactor.status();
  const org = status.organization;
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="flex flex-col gap-6">
        {viewer.mustEnrolTwoFactor && <Alert tone="error">{t("requiredNotice")}</Alert>}
        <p className="max-w-prose text-sm text-slate-700">{t("lead")}</p>
        <p data-testid="two-factor-status" className="text-sm font-medium">
          {status.enabledAt ? t("statusOn", { date: format.dateTime(status.enabledAt, { dateStyle: "medium" }) }) : t("statusOff")}{" "}
          {status.enabled && t("recoveryLeft", { count: status.recoveryCodesLeft })}
        </p>
        <TRPCReactProvider>
          {status.enabled ? <TwoFactorManage required={status.required} /> : <TwoFactorEnrolment />}
          {org && !viewer.mustEnrolTwoFactor && can(viewer, "organization.requireTwoFactor", { organizationId: org.id }) && (
            <OrganizationTwoFactor organization={org} />
          )}
        </TRPCReactProvider>
      </div>
    </>
  );
}
