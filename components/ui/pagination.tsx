// Server-rendered pagination: plain links that keep the other query parameters.
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/ui/page-link";

interface Props {
  pathname: string;
  searchParams: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
  /** The query parameter carrying the page, when a page has several lists (default `page`). */
  param?: string;
  /** A fragment to land on (the list's heading). */
  hash?: string;
}

export async function Pagination({ pathname, searchParams, page, pageSize, total, param = "page", hash }: Props) {
  const t = await getTranslations("common");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const query = Object.fromEntries(
      Object.entries({ ...searchParams, [param]: String(p) }).filter(([, v]) => v !== undefined && v !== ""),
    ) as Record<string, string>;
    return { pathname, query, ...(hash ? { hash } : {}) };
  };
  return (
    <nav aria-label={t("pageOf", { page, pages })} className="mt-4 flex items-center justify-between gap-2 text-sm">
      <span className="text-slate-600">
        {t("results", { total })} · {t("pageOf", { page, pages })}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} rel="prev" className="rounded-md border border-slate-300 bg-white px-3 py-2">
            {t("previous")}
          </Link>
        ) : null}
        {page < pages ? (
          <Link href={href(page + 1)} rel="next" className="rounded-md border border-slate-300 bg-white px-3 py-2">
            {t("next")}
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
