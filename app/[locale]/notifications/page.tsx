import { getTranslations, setRequestLocale } from "next-intl/server";
import { NotificationList } from "~/components/notifications/notification-list";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";

export default async function NotificationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  await requireViewer("/notifications", "notification.read");
  const [t, api] = await Promise.all([getTranslations("notifications"), serverApi()]);
  const list = await api.notifications.list({ page: pageParam(query.page), pageSize: 30 });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {list.items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <TRPCReactProvider>
          <NotificationList items={list.items} />
        </TRPCReactProvider>
      )}
      <Pagination pathname="/notifications" searchParams={{ ...query }} page={list.page} pageSize={list.pageSize} total={list.total} />
    </>
  );
}
