// A sortable column header: a link that sorts by this column (toggling direction when it already
// does), with aria-sort on the <th> so screen readers announce the current order.
import { Link } from "~/components/ui/page-link";

interface Props {
  column: string;
  label: string;
  pathname: string;
  /** The page's current query, kept except for sort, dir and page. */
  query: Record<string, string | undefined>;
  sort: string;
  dir: "asc" | "desc";
  /** The direction a first click sorts in (scores read best best-first). */
  firstDir?: "asc" | "desc";
}

export function SortHeader({ column, label, pathname, query, sort, dir, firstDir = "asc" }: Props) {
  const active = sort === column;
  const nextDir = active ? (dir === "asc" ? "desc" : "asc") : firstDir;
  const kept = Object.fromEntries(
    Object.entries({ ...query, sort: column, dir: nextDir, page: undefined }).filter(
      (e): e is [string, string] => e[1] !== undefined && e[1] !== "",
    ),
  );
  return (
    <th scope="col" className="px-3 py-2" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={{ pathname, query: kept }} className="inline-flex items-center gap-1 underline decoration-slate-400">
        {label}
        <span aria-hidden="true" className="text-xs text-slate-500">
          {active ? (dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </Link>
    </th>
  );
}
