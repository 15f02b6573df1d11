import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { EmptyState } from "~/components/ui/empty-state";
import { TextField } from "~/components/ui/field";
import { FilterForm } from "~/components/ui/filter-form";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";

interface Query {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorEmail?: string;
  page?: string;
}

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Query>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  await requireViewer("/admin/audit", "audit.read");
  const [t, format, api] = await Promise.all([getTranslations(), getFormatter(), serverApi()]);
  const events = await api.admin.auditEvents({
    action: query.action || undefined,
    entityType: query.entityType || undefined,
    entityId: query.entityId || undefined,
    actorEmail: query.actorEmail || undefined,
    page: pageParam(query.page),
    pageSize: 50,
  });
  return (
    <>
      <PageHeader title={t("admin.audit")} />
      <FilterForm label={t("common.filter")} submitLabel={t("common.filter")}>
        <TextField id="action" label={t("admin.auditAction")} defaultValue={query.action ?? ""} placeholder="organization.update" />
        <TextField id="entityType" label={t("admin.auditEntity")} defaultValue={query.entityType ?? ""} placeholder="organization" />
        <TextField id="entityId" label={t("admin.auditEntityId")} defaultValue={query.entityId ?? ""} />
        <TextField id="actorEmail" type="email" label={t("admin.auditActor")} defaultValue={query.actorEmail ?? ""} />
      </FilterForm>
      {events.items.length === 0 ? (
        <EmptyState>{t("admin.emptyAudit")}</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {events.items.map((e) => (
            <li key={e.id} className="px-4 py-3 text-sm">
              <p className="flex flex-wrap gap-x-4">
                <span className="font-mono font-medium">{e.action}</span>
                <span>
                  {e.entityType} <span className="font-mono text-xs">{e.entityId}</span>
                </span>
                <span>{e.actorEmail ?? t("admin.system")}</span>
                <time dateTime={e.createdAt.toISOString()}>
                  {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              </p>
              {(e.before !== null || e.after !== null) && (
                <details className="mt-1">
                  <summary className="cursor-pointer text-slate-600">
                    {t("admin.auditChanges")} · {t("admin.auditRequest")} <span className="font-mono text-xs">{e.requestId}</span>
                  </summary>
                  <div className="mt-2 grid gap-2 md:grid-cols-2">
                    {(["before", "after"] as const).map((side) => (
                      <div key={side}>
                        <p className="text-xs font-medium text-slate-600">{t(side === "before" ? "admin.auditBefore" : "admin.auditAfter")}</p>
                        <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs">{JSON.stringify(e[side], null, 2)}</pre>
                      </div>
                    ))}
                  </div>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
      <Pagination pathname="/admin/audit" searchParams={{ ...query }} page={events.page} pageSize={events.pageSize} total={events.total} />
    </>
  );
}
