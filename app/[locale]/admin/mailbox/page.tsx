import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";

export default async function MailboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  await requireViewer("/admin/mailbox", "mailbox.read");
  const [t, format, api] = await Promise.all([getTranslations("admin"), getFormatter(), serverApi()]);
  const mail = await api.admin.mailbox({ page: pageParam(query.page), pageSize: 50 });
  return (
    <>
      <PageHeader title={t("mailbox")} lead={t("mailboxLead")} />
      {mail.items.length === 0 ? (
        <EmptyState>{t("emptyMailbox")}</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="mailbox">
          {mail.items.map((m) => (
            <li key={m.id} className="px-4 py-3 text-sm">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{m.subject}</span> · {t("mailTo")} {m.to} ·{" "}
                  <time dateTime={m.createdAt.toISOString()}>{format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time> ·{" "}
                  {t("mailTransport")} {m.transport === "smtp" ? t("mailSmtp") : t("mailLog")}
                  {m.error && <span className="text-red-700"> · {t("mailFailed", { error: m.error })}</span>}
                </summary>
                <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-slate-50 p-3 font-sans">{m.text}</pre>
              </details>
            </li>
          ))}
        </ol>
      )}
      <Pagination pathname="/admin/mailbox" searchParams={{ ...query }} page={mail.page} pageSize={mail.pageSize} total={mail.total} />
    </>
  );
}
