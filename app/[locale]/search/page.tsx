import { documentLanguage } from "~/server/i18n/locale-tags";
import { textIn } from "~/db/localized-text";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { withLocale } from "~/components/ui/page-link";
import "~/components/search/search-results.css";
import { Highlighted } from "~/components/search/highlighted";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField, TextField } from "~/components/ui/field";
import { FilterForm } from "~/components/ui/filter-form";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { serverApi } from "~/server/api/server-caller";
import { cachedAnonymousSearch } from "~/server/api/cached-search";
import { currentViewer } from "~/server/auth/session";
import { SEARCH_MAX_LENGTH } from "~/server/services/documents/document-schemas";
import { asLocale } from "~/db/localized-text-ops";

export async function generateMetadata() {
  const t = await getTranslations("search");
  return { title: t("title") };
}

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string; document?: string; page?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, api, viewer] = await Promise.all([getTranslations(), serverApi(), currentViewer()]);
  const lang = asLocale(locale);
  const q = (typeof query.q === "string" ? query.q : "").trim();
  const docs = await api.documents.list({ page: 1, pageSize: 500 });
  const document = docs.items.some((d) => d.slug === query.document) ? query.document : undefined;
  const tooLong = q.length > SEARCH_MAX_LENGTH;
  const input = { q, document, page: pageParam(query.page), pageSize: 20 };
  // Anonymous visitors all get the same answer: from the cache. Signed in, the actions they may see.
  const href = (path: string) => withLocale(path, locale);
  const results = q && !tooLong ? await (viewer ? api.documents.search(input) : cachedAnonymousSearch(input)) : null;
  return (
    <>
      <PageHeader title={t("search.title")} lead={t("search.lead")} />
      <FilterForm label={t("search.title")} submitLabel={t("search.submit")}>
        <div className="min-w-0 flex-1 basis-64">
          <TextField id="q" type="search" label={t("search.query")} placeholder={t("search.placeholder")} defaultValue={q} maxLength={SEARCH_MAX_LENGTH} />
        </div>
        <SelectField id="document" label={t("search.document")} defaultValue={document ?? ""}>
          <option value="">{t("search.allDocuments")}</option>
          {docs.items.map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.symbol ? `${d.symbol} — ` : ""}
              {textIn(d.title, lang)}
            </option>
          ))}
        </SelectField>
      </FilterForm>
      {tooLong ? (
        <EmptyState>{t("search.tooLong", { max: SEARCH_MAX_LENGTH })}</EmptyState>
      ) : !results ? (
        <EmptyState>{t("search.start")}</EmptyState>
      ) : results.items.length === 0 ? (
        <EmptyState>{t("search.empty", { q })}</EmptyState>
      ) : (
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="sr-only">
            {t("search.results")}
          </h2>
          <p className="mb-3 text-sm text-slate-600" role="status">
            {t("search.resultCount", { total: results.total })}
          </p>
          {/* Twenty hits: short classes (search-results.css) and plain anchors, no client component per link (decision 039). */}
          <ol className="search-results">
            {results.items.map((r) =>
              r.type === "measure" ? (
                <li key={`measure-${r.slug}`} data-kind="measure">
                  <h3>
                    <b>{t("search.measure")}</b>
                    <a href={href(`/measures/${r.slug}`)}>{r.title?.[lang]}</a>
                  </h3>
                  <p {...documentLanguage(r.lang ?? "zh")}>
                    <Highlighted text={r.snippet} matches={r.highlights} />
                  </p>
                </li>
              ) : r.type === "action" ? (
                <li key={`action-${r.slug}`} data-kind="action">
                  <h3>
                    <b>{t("actions.searchLabel")}</b>
                    <a href={href(`/actions/${r.slug}`)}>{r.title?.[lang]}</a>
                  </h3>
                  <p>
                    <Highlighted text={r.snippet} matches={r.highlights} />
                  </p>
                </li>
              ) : (
                <li key={`${r.slug}-${r.lang ?? ""}-${r.locator}`}>
                  <h3>
                    {/* A hit in a language version opens that version (decision 029). */}
                    <a href={href(r.lang ? `/documents/${r.slug}/in/${r.lang}#p-${r.locator}` : `/documents/${r.slug}#p-${r.locator}`)}>
                      {`${r.document?.symbol ?? textIn(r.document?.title, lang)} · ${r.type === "footnote" ? t("search.footnote") : t("documents.paragraph", { locator: r.locator ?? "" })}${r.lang ? ` · ${t(`languages.${r.lang}`)}` : ""}`}
                    </a>
                    {r.heading && <span>{r.heading}</span>}
                  </h3>
                  <p {...documentLanguage(r.lang ?? "zh")}>
                    <Highlighted text={r.snippet} matches={r.highlights} />
                  </p>
                </li>
              ),
            )}
          </ol>
          <Pagination pathname="/search" searchParams={{ q, document }} page={results.page} pageSize={results.pageSize} total={results.total} />
        </section>
      )}
    </>
  );
}
