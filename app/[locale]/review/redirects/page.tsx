// The secretariat's redirect review (issue 14, part 4; decision 033): each paragraph a re-import
// retired with an uncertain successor, the old and the proposed paragraph side by side, the links
// that hang on it, and the decision: confirm, or choose another paragraph of the same document (a
// GET search form within that document, so the picker works without JavaScript).
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "~/db/locales";
import { textIn } from "~/db/localized-text";
import { ClientMessages } from "~/components/i18n/client-messages";
import { RedirectDecision } from "~/components/redirects/redirect-decision";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";
import { Link } from "~/server/i18n/navigation";
import { ZRedirectCandidatesInputSchema } from "~/server/services/documents/redirects/redirect-review.types";
import type { TRedirectUnit } from "~/server/services/documents/redirects/redirect-review.types";

const PAGE_SIZE = 10;

function UnitText({ unit, label }: { unit: TRedirectUnit; label: string }) {
  return (
    <div className="flex flex-col gap-1">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{label}</p>
      {unit.heading && <p className="text-sm font-medium">{unit.heading}</p>}
      <blockquote className="whitespace-pre-line border-s-4 border-slate-300 bg-slate-50 px-3 py-2 text-sm">{unit.text}</blockquote>
    </div>
  );
}

export default async function RedirectReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string; pick?: string; q?: string }>;
}) {
  const [{ locale: rawLocale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(rawLocale);
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "en";
  await requireViewer("/review/redirects", "document.reviewRedirects");
  const [t, format, api] = await Promise.all([getTranslations("historyViews.redirectReview"), getFormatter(), serverApi()]);
  const page = pageParam(query.page);
  const list = await api.documents.redirectsToReview({ page, pageSize: PAGE_SIZE });
  // The picker is open for one redirect of this page at a time.
  const pick = ZRedirectCandidatesInputSchema.safeParse({ fromUnitId: query.pick, q: query.q ?? "", page: 1 });
  const picked = pick.success && list.items.some((i) => i.fromUnitId === pick.data.fromUnitId) ? pick.data : null;
  const candidates = picked ? await api.documents.redirectCandidates(picked) : null;
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const keep = { page: page > 1 ? String(page) : undefined };
  return (
    <ClientMessages namespaces={["historyViews"]}>
      <TRPCReactProvider>
        <PageHeader title={t("title")} lead={t("lead")} />
        <p className="mb-4 text-sm" data-testid="redirects-total">
          {t("total", { count: list.total })}
        </p>
        {list.items.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ol className="flex flex-col gap-6">
            {list.items.map((item) => {
              const linkCount = item.links.citations + item.links.measureSources + item.links.records + item.links.actions;
              return (
                <li key={item.fromUnitId} id={`r-${item.fromUnitId}`} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="redirect-item">
                  <h2 className="mb-1 font-semibold">
                    <Link href={`/documents/${item.document.slug}`} className="text-brand-700 underline">
                      {item.document.symbol ?? textIn(item.document.title, locale)}
                    </Link>{" "}
                    <span className="font-normal text-slate-600">{t("documentVersion", { version: item.documentVersion })}</span>
                  </h2>
                  <p className="mb-3 text-sm text-slate-700">
                    {t("links", { count: linkCount, citations: item.links.citations, measures: item.links.measureSources, records: item.links.records, actions: item.links.actions })}
                  </p>
                  <div className="grid gap-4 md:grid-cols-2">
                    <UnitText unit={item.old} label={t("old", { locator: item.old.locator })} />
                    {item.proposed ? (
                      <div className="flex flex-col gap-2">
                        <UnitText unit={item.proposed} label={t("proposed", { locator: item.proposed.locator })} />
                        {item.similarity !== null && <p className="text-xs text-slate-600">{t("similarity", { value: percent(item.similarity) })}</p>}
                      </div>
                    ) : (
                      <p className="text-sm text-slate-700">{t("noProposal")}</p>
                    )}
                  </div>
                  <div className="mt-4 flex flex-wrap items-start gap-3">
                    {item.proposed && <RedirectDecision fromUnitId={item.fromUnitId} proposedUnitId={item.proposed.id} label={t("confirm", { locator: item.proposed.locator })} />}
                    {picked?.fromUnitId !== item.fromUnitId && (
                      <Link href={{ pathname: "/review/redirects", query: { ...keep, pick: item.fromUnitId }, hash: `r-${item.fromUnitId}` }} className="min-h-10 px-1 py-2 text-sm text-brand-700 underline">
                        {t("choose")}
                      </Link>
                    )}
                  </div>
                  {picked?.fromUnitId === item.fromUnitId && candidates && (
                    <section aria-labelledby={`pick-${item.fromUnitId}`} className="mt-4 border-t border-slate-200 pt-4">
                      <h3 id={`pick-${item.fromUnitId}`} className="mb-2 font-medium">{t("pickerTitle")}</h3>
                      <form method="get" action={`/${locale}/review/redirects#r-${item.fromUnitId}`} role="search" aria-label={t("pickerTitle")} className="mb-3 flex flex-wrap items-end gap-2">
                        {keep.page && <input type="hidden" name="page" value={keep.page} />}
                        <input type="hidden" name="pick" value={item.fromUnitId} />
                        <label className="flex flex-col gap-1 text-sm">
                          <span>{t("search")}</span>
                          <input type="search" name="q" defaultValue={picked.q} maxLength={200} className="min-h-10 w-72 rounded-md border border-slate-300 px-3 py-2" />
                        </label>
                        <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100">
                          {t("searchSubmit")}
                        </button>
                      </form>
                      {candidates.items.length === 0 ? (
                        <p className="text-sm text-slate-700">{t("noCandidates")}</p>
                      ) : (
                        <ul className="flex flex-col gap-3">
                          {candidates.items
                            .filter((u) => u.id !== item.proposed?.id)
                            .map((u) => (
                              <li key={u.id} className="grid gap-2 md:grid-cols-[1fr_auto]" data-testid="redirect-candidate">
                                <UnitText unit={u} label={t("candidate", { locator: u.locator })} />
                                <RedirectDecision fromUnitId={item.fromUnitId} proposedUnitId={item.proposed?.id ?? null} toUnitId={u.id} label={t("repoint", { locator: u.locator })} />
                              </li>
                            ))}
                        </ul>
                      )}
                      {candidates.total > candidates.items.length && <p className="mt-2 text-xs text-slate-600">{t("narrowSearch", { count: candidates.total })}</p>}
                    </section>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        <Pagination pathname="/review/redirects" searchParams={{}} page={list.page} pageSize={list.pageSize} total={list.total} />
      </TRPCReactProvider>
    </ClientMessages>
  );
}
