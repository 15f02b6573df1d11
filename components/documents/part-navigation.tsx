// The way through a document read part by part: the previous and the next part, each with the
// paragraphs it holds.
import { getTranslations } from "next-intl/server";
import { Arrow } from "~/components/ui/arrow";
import { Link } from "~/components/ui/page-link";

export interface PartSummary {
  path: string;
  first: string;
  last: string;
}

export async function PartNavigation({ summaries, current }: { summaries: PartSummary[]; current: number }) {
  const t = await getTranslations("documents");
  const previous = summaries[current - 1];
  const next = summaries[current + 1];
  return (
    <nav aria-label={t("parts")} className="no-print mt-10 flex flex-wrap justify-between gap-3 border-t border-slate-300 pt-4 text-sm">
      {previous ? (
        <Link href={previous.path} rel="prev" className="inline-flex min-h-10 items-center gap-1">
          <Arrow direction="back" /> {t("previousPart", { number: current, first: previous.first, last: previous.last })}
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={next.path} rel="next" className="inline-flex min-h-10 items-center gap-1 text-end">
          {t("nextPart", { number: current + 2, first: next.first, last: next.last })} <Arrow direction="forward" />
        </Link>
      )}
    </nav>
  );
}
