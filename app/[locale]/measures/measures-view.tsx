// The measures catalogue with its filters, shared by its two routes (decision 037): the cached page
// (/measures, no query: the same for everyone) and the per-request view of a query
// (/measures?…, rewritten by proxy.ts to /measures-filtered, where staff may also see deleted measures).
import type { ReactNode } from "react";
import { textIn } from "~/db/localized-text";
import { LocalizedText } from "~/components/i18n/localized-text";
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/ui/page-link";
import { MeasureBadges } from "~/components/measures/measure-badges";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField, TextField } from "~/components/ui/field";
import { FilterForm } from "~/components/ui/filter-form";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { ADDRESSEES, CATEGORIES } from "~/db/schema/measure-vocabulary";
import type { publicServerApi } from "~/server/api/public-caller";
import { ZListMeasuresInputSchema } from "~/server/services/measures/measure-schemas";
import { asLocale } from "~/db/localized-text-ops";
import { parallelLanguage } from "~/components/i18n/parallel-language";
import { documentLanguage } from "~/server/i18n/locale-tags";

export type MeasuresQuery = Partial<Record<"actor" | "pillar" | "category" | "prevention" | "key" | "document" | "q" | "deleted" | "page", string>>;
type Query = MeasuresQuery;
type Api = Awaited<ReturnType<typeof publicServerApi>>;

/** Each filter from the URL on its own: one bad value is dropped, the others still apply. */
function filtersFrom(query: Query) {
  const out: Record<string, unknown> = {};
  for (const key of ["actor", "pillar", "category", "prevention", "key", "document", "q"] as const) {
    const value = query[key];
    if (!value) continue;
    const parsed = ZListMeasuresInputSchema.shape[key].safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Omit<Parameters<typeof ZListMeasuresInputSchema.parse>[0], "page" | "pageSize">;
}

/**
 * `deleted`: include deleted measures (the per-request view, for staff only). `deletedBox` decides who
 * sees the "Deleted measures" box: the per-request view shows it to staff, the cached page wraps it in a
 * client island for staff (which grants nothing: the per-request view checks the permission again).
 */
export async function MeasuresView({
  locale,
  query,
  api,
  deleted,
  deletedBox,
}: {
  locale: string;
  query: Query;
  api: Api;
  deleted: boolean;
  deletedBox: (box: ReactNode) => ReactNode;
}) {
  const t = await getTranslations();
  const lang = asLocale(locale);
  const parallel = parallelLanguage(lang);
  const filters = filtersFrom(query);
  const [docs, page] = await Promise.all([
    api.documents.list({ page: 1, pageSize: 500 }),
    api.measures.list({ ...filters, deleted, page: pageParam(query.page), pageSize: 25 }),
  ]);
  const value = (k: keyof Query) => (k in filters ? String((filters as Record<string, unknown>)[k]) : "");
  return (
    <>
      <PageHeader title={t("measures.title")} lead={t("measures.lead")} />
      <FilterForm label={t("common.filter")} submitLabel={t("common.filter")}>
        <div className="min-w-0 flex-1 basis-56">
          <TextField id="q" type="search" label={t("common.search")} placeholder={t("measures.searchPlaceholder")} defaultValue={value("q")} maxLength={200} />
        </div>
        <SelectField id="actor" label={t("measures.actor")} defaultValue={value("actor")}>
          <option value="">{t("measures.all")}</option>
          {ADDRESSEES.map((a) => (
            <option key={a} value={a}>{t(`measures.actors.${a}`)}</option>
          ))}
        </SelectField>
        <SelectField id="pillar" label={t("measures.pillar")} defaultValue={value("pillar")}>
          <option value="">{t("measures.all")}</option>
          {[1, 2, 3].map((n) => (
            <option key={n} value={String(n)}>{t("measures.pillarN", { n })}</option>
          ))}
          <option value="none">{t("measures.noPillar")}</option>
        </SelectField>
        <SelectField id="category" label={t("measures.category")} defaultValue={value("category")}>
          <option value="">{t("measures.all")}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>{t(`measures.categories.${c}`)}</option>
          ))}
        </SelectField>
        <SelectField id="prevention" label={t("measures.prevention")} defaultValue={value("prevention")}>
          <option value="">{t("measures.all")}</option>
          <option value="upstream">{t("measures.preventions.upstream")}</option>
          <option value="downstream">{t("measures.preventions.downstream")}</option>
          <option value="none">{t("measures.noPrevention")}</option>
        </SelectField>
        <SelectField id="document" label={t("measures.document")} defaultValue={value("document")}>
          <option value="">{t("measures.all")}</option>
          {docs.items.map((d) => (
            <option key={d.slug} value={d.slug}>{d.symbol ?? textIn(d.title, lang)}</option>
          ))}
        </SelectField>
        <label className="flex min-h-10 items-center gap-2 text-sm">
          <input type="checkbox" name="key" value="true" defaultChecked={value("key") === "true"} />
          {t("measures.onlyKey")}
        </label>
        {deletedBox(
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" name="deleted" value="1" defaultChecked={deleted} />
            {t("measures.showDeleted")}
          </label>,
        )}
      </FilterForm>
      {page.items.length === 0 ? (
        <EmptyState>{t("measures.empty")}</EmptyState>
      ) : (
        <ol className="flex flex-col gap-3" aria-label={t("measures.title")}>
          {page.items.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-base font-semibold leading-snug">
                {/* The public measure page is cached for visitors and shows no deleted measure. */}
                <Link href={m.deleted ? `/measures/${m.slug}/edit` : `/measures/${m.slug}`}><LocalizedText text={m.title} /></Link>
                {m.deleted && <span className="ms-2 text-xs font-normal text-red-700">{t("measures.deletedBadge")}</span>}
              </h2>
              <p {...documentLanguage(parallel)} className="mb-2 text-sm text-slate-600">
                {m.title[parallel]}
              </p>
              <div className="flex flex-wrap items-center gap-2">
                <MeasureBadges m={m} />
                <span className="text-xs text-slate-600">
                  {t("measures.sourcesCount", { count: m.sources.length })}:{" "}
                  {m.sources.map((s) => `${s.document} ${s.locator}`).join(" · ")}
                </span>
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pagination pathname="/measures" searchParams={{ ...query, page: undefined }} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
