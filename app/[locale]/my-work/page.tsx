import { textIn } from "~/db/localized-text";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CommentBody } from "~/components/comments/comment-body";
import { Link } from "~/server/i18n/navigation";
import { RecordList } from "~/components/records/record-list";
import { MyTaskList } from "~/components/tasks/my-task-list";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField } from "~/components/ui/field";
import { FilterForm } from "~/components/ui/filter-form";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { serverApi } from "~/server/api/server-caller";
import { can } from "~/server/auth/policy";
import { requireViewer } from "~/server/auth/require-viewer";
import { REVIEW_STATUSES } from "~/server/services/records/record-schemas";
import { asLocale } from "~/db/localized-text-ops";

type Status = (typeof REVIEW_STATUSES)[number];
/** What "my drafts" shows unless a status is chosen: what still needs my hand. */
const DRAFT_STATUSES: Status[] = ["draft", "changes_requested"];

/** The page's query with the task scope toggled, without empty values. */
function withTasksScope(query: Record<string, string | undefined>, all: boolean) {
  const next: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) if (v && k !== "tasks") next[k] = v;
  if (all) next.tasks = "all";
  return next;
}

const sectionClass = "flex flex-col gap-3";
const headingClass = "text-lg font-semibold";

export default async function MyWorkPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ status?: string; page?: string; tasks?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const viewer = await requireViewer("/my-work");
  const lang = asLocale(locale);
  const [t, tw, tt, tm, tc, format, api] = await Promise.all([
    getTranslations("records"),
    getTranslations("workspace"),
    getTranslations("tasks"),
    getTranslations("comments"),
    getTranslations("common"),
    getFormatter(),
    serverApi(),
  ]);
  const status = REVIEW_STATUSES.includes(query.status as Status) ? (query.status as Status) : undefined;
  const coalition = can(viewer, "collaboration.participate");
  const allTasks = query.tasks === "all";
  const [drafts, tasks, mentions, review] = await Promise.all([
    api.records.list({ mine: true, reviewStatus: status ? [status] : DRAFT_STATUSES, page: pageParam(query.page), pageSize: 50 }),
    coalition ? api.tasks.mine({ scope: allTasks ? "all" : "open", pageSize: 100 }) : null,
    coalition ? api.comments.mentions({ pageSize: 5 }) : null,
    can(viewer, "record.review") ? api.activity.reviewSummary() : null,
  ]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("myWork.title")} lead={t("myWork.lead")}>
        <p className="flex flex-wrap gap-2">
          <Link href="/records/new" className="inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white">
            {t("newRecord")}
          </Link>
          {can(viewer, "record.import") && (
            <Link href="/records/import" className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium">
              {t("csv.title")}
            </Link>
          )}
        </p>
      </PageHeader>

      {review && (
        <section aria-labelledby="review-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="review-title" className={headingClass}>
            {tw("reviewTitle")}
          </h2>
          <p className="mt-1">
            {tw("reviewCount", { count: review.count })}
            {review.count > 0 && review.oldestDays !== null && <> · {tw("reviewOldest", { days: review.oldestDays })}</>}
          </p>
          {review.count > 0 && (
            <p className="mt-2">
              <Link href="/review" className="text-brand-700 underline">
                {tw("reviewLink")}
              </Link>
            </p>
          )}
        </section>
      )}

      {tasks && (
        <section aria-labelledby="tasks-title" className={sectionClass}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="tasks-title" className={headingClass}>
              {tw("tasksTitle")}
            </h2>
            <Link href={{ pathname: "/my-work", query: withTasksScope(query, !allTasks) }} className="text-sm text-brand-700 underline">
              {allTasks ? tt("showOpen") : tt("showAll")}
            </Link>
          </div>
          {tasks.items.length === 0 ? (
            <EmptyState>{tt("myEmpty")}</EmptyState>
          ) : (
            <TRPCReactProvider>
              <MyTaskList items={tasks.items} />
            </TRPCReactProvider>
          )}
        </section>
      )}

      {mentions && (
        <section aria-labelledby="mentions-title" className={sectionClass}>
          <h2 id="mentions-title" className={headingClass}>
            {tw("mentionsTitle")}
          </h2>
          {mentions.items.length === 0 ? (
            <EmptyState>{tm("mentionsEmpty")}</EmptyState>
          ) : (
            <ul className="flex flex-col gap-2">
              {mentions.items.map((m) => (
                <li key={m.id} className="rounded-md border border-slate-200 bg-white p-3">
                  <p className="mb-1 text-sm">
                    <Link href={m.href} className="text-brand-700 underline">
                      {tm("mentionedBy", { name: m.authorName, title: textIn(m.subjectTitle, lang) })}
                    </Link>{" "}
                    <time dateTime={m.createdAt.toISOString()} className="text-slate-600">
                      {format.dateTime(m.createdAt, { dateStyle: "medium" })}
                    </time>
                  </p>
                  <CommentBody body={m.body.length > 300 ? `${m.body.slice(0, 300)}…` : m.body} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="drafts-title" className={sectionClass}>
        <h2 id="drafts-title" className={headingClass}>
          {tw("draftsTitle")}
        </h2>
        <p className="text-sm text-slate-700">{tw("draftsLead")}</p>
        <FilterForm label={tc("filter")} submitLabel={tc("filter")}>
          <SelectField id="status" label={t("fields.status")} defaultValue={status ?? ""}>
            <option value="">{tw("draftsTitle")}</option>
            {REVIEW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`reviewStatus.${s}`)}
              </option>
            ))}
          </SelectField>
        </FilterForm>
        {drafts.items.length === 0 ? <EmptyState>{t("myWork.empty")}</EmptyState> : <RecordList items={drafts.items} />}
        <Pagination pathname="/my-work" searchParams={{ ...query }} page={drafts.page} pageSize={drafts.pageSize} total={drafts.total} />
      </section>
    </div>
  );
}
