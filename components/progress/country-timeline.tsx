// A state's timeline: its published records by year, and under each year the measures whose current
// status dates from it. The profile shows the latest changes (`shown`) and links to the timeline's own
// page, which shows them all (decision 035: the busiest state had 117 of them, 50 kB of HTML, twice).
import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedText } from "~/components/i18n/localized-text";
import { ProgressStatus } from "~/components/progress/progress-status";
import { EmptyState } from "~/components/ui/empty-state";
import { Link } from "~/components/ui/page-link";
import type { LocalizedText as Text } from "~/db/localized-text";
import type { TProgressStatus } from "~/server/progress/statuses";

type Year = { year: string; counts: Record<string, number> };
type CatalogueEntry = { id: string; slug: string; title: Text };
type Status = { measureId: string; status: Exclude<TProgressStatus, "none">; since: string };

/** Each measure's current status with its catalogue entry, newest first. */
export function statusChanges<E extends CatalogueEntry>(statuses: readonly Status[], catalogue: readonly E[]) {
  const byId = new Map(catalogue.map((m) => [m.id, m]));
  return statuses
    .flatMap((s) => {
      const entry = byId.get(s.measureId);
      return entry ? [{ ...s, entry }] : [];
    })
    .sort((a, b) => b.since.localeCompare(a.since));
}

export async function CountryTimeline({
  iso3,
  years,
  changes,
  shown,
}: {
  iso3: string;
  years: readonly Year[];
  changes: ReturnType<typeof statusChanges<CatalogueEntry>>;
  /** How many of the latest changes to list; the rest are on the timeline's page. Absent: all. */
  shown?: number;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const listed = shown === undefined ? changes : changes.slice(0, shown);
  if (years.length === 0) return <EmptyState>{t("progress.timeline.empty")}</EmptyState>;
  return (
    <>
      <ol className="flex flex-col gap-2 border-s-2 border-slate-200 ps-4">
        {years.map(({ year, counts }) => (
          <li key={year}>
            <h3 className="font-semibold tabular-nums">{year}</h3>
            <p className="text-sm text-slate-700">
              {(["focal_point", "commitment", "parliamentary_action"] as const)
                .filter((type) => counts[type])
                .map((type) => t("progress.timeline.count", { count: counts[type]!, type: t(`records.typesPlural.${type}`) }))
                .join(" · ")}
            </p>
            <ul className="text-sm">
              {listed
                .filter((c) => c.since.startsWith(year))
                .map((c) => (
                  <li key={c.measureId} className="flex flex-wrap items-center gap-2">
                    <span className="tabular-nums text-slate-600">{date(c.since)}</span>
                    <ProgressStatus status={c.status} compact />
                    <Link href={`/countries/${iso3}/measures/${c.entry.slug}`}>
                      <LocalizedText text={c.entry.title} />
                    </Link>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
      {listed.length < changes.length && (
        <p className="mt-4 text-sm">
          <Link href={`/countries/${iso3}/timeline`} className="text-brand-700 underline">
            {t("progress.timeline.allChanges", { count: changes.length })}
          </Link>
        </p>
      )}
    </>
  );
}
