import { LocalizedText } from "~/components/i18n/localized-text";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { RevokeInvitationButton } from "~/components/admin/revoke-invitation-button";
import { Link } from "~/server/i18n/navigation";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";

export default async function InvitationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  await requireViewer("/admin/invitations", "admin.access");
  const [t, format, api] = await Promise.all([getTranslations(), getFormatter(), serverApi()]);
  const list = await api.users.invitations({ page: pageParam(query.page), pageSize: 50 });
  const now = new Date();
  const status = (i: (typeof list.items)[number]) =>
    i.acceptedAt ? "accepted" : i.revokedAt ? "revoked" : i.expiresAt < now ? "expired" : "pending";
  return (
    <>
      <PageHeader title={t("admin.invitations")}>
        <p>
          <Link href="/admin/users">{t("admin.invite")}</Link>
        </p>
      </PageHeader>
      {list.items.length === 0 ? (
        <EmptyState>{t("admin.emptyInvitations")}</EmptyState>
      ) : (
        <TRPCReactProvider>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-start text-sm">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("admin.invitationEmail")}</th>
                  <th scope="col" className="px-3 py-2">{t("account.role")}</th>
                  <th scope="col" className="px-3 py-2">{t("admin.organization")}</th>
                  <th scope="col" className="px-3 py-2">{t("admin.expires")}</th>
                  <th scope="col" className="px-3 py-2">{t("admin.status")}</th>
                  <th scope="col" className="px-3 py-2">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((i) => (
                  <tr key={i.id} className="border-t border-slate-100">
                    <td className="px-3 py-2">{i.email}</td>
                    <td className="px-3 py-2">{t(`roles.${i.role}`)}{i.countryIso3 ? ` · ${i.countryIso3}` : ""}</td>
                    <td className="px-3 py-2">{i.organizationName ? <LocalizedText text={i.organizationName} /> : t("common.none")}</td>
                    <td className="px-3 py-2">{format.dateTime(i.expiresAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                    <td className="px-3 py-2">{t(`admin.${status(i)}`)}</td>
                    <td className="px-3 py-2">{status(i) === "pending" && <RevokeInvitationButton id={i.id} email={i.email} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </TRPCReactProvider>
      )}
      <Pagination pathname="/admin/invitations" searchParams={{ ...query }} page={list.page} pageSize={list.pageSize} total={list.total} />
    </>
  );
}
