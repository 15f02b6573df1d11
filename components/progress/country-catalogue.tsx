// A state's whole catalogue: every measure with its status, by pillar, then by actor. Shown on its own
// pages, not inline on the profile: ~300 measures are most of a profile's weight and few readers open
// them. /countries/[iso3]/catalogue shows each pillar's summary (CatalogueIndex), and each pillar's
// measures are one page of their own, /countries/[iso3]/catalogue/[pillar] (decision 035).
import type { LocalizedText as Text } from "~/db/localized-text";
import { LocalizedText } from "~/components/i18n/localized-text";
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/ui/page-link";
import { ProgressStatus } from "~/components/progress/progress-status";
import { isApplicable } from "~/server/progress/rules";
import type { TProgressStatus } from "~/server/progress/statuses";

/** What the catalogue shows of a measure (the service's CatalogueEntry has more). */
export interface CatalogueCell {
  id: string;
  slug: string;
  title: Text;
  actor: string;
  pillar: number | null;
  status: TProgressStatus;
}

export const PILLAR_ORDER = [1, 2, 3, null] as const;
/** The statuses counted in each pillar's summary line (none is the rest). */
const SHOWN_STATUSES = ["implemented", "in_progress", "committed", "regressed"] as const;

/** The fragment of a pillar's section on the catalogue page. */
export const pillarAnchor = (pillar: number | null) => `pillar-${pillar ?? "none"}`;

/** A pillar's segment in /countries/[iso3]/catalogue/[pillar]: "1", "2", "3" or "none". */
export const pillarSegment = (pillar: number | null) => String(pillar ?? "none");

/** The pillar a URL segment names; undefined when it names none. */
export function pillarFromSegment(segment: string): (typeof PILLAR_ORDER)[number] | undefined {
  return PILLAR_ORDER.find((p) => pillarSegment(p) === segment);
}

const isScored = (actor: string) => isApplicable({ actor });

/** "Pillar I (120) ● 12 ● 3": the pillar's name, its size and how many measures have each status. */
export async function PillarSummary({ label, entries }: { label: string; entries: CatalogueCell[] }) {
  return (
    <>
      <span className="font-semibold">{label}</span> <span className="text-slate-600">({entries.length})</span>
      <span className="ms-3 inline-flex flex-wrap gap-1 align-middle">
        {SHOWN_STATUSES.map((status) => {
          const n = entries.filter((m) => m.status === status).length;
          return n > 0 ? (
            <span key={status} className="inline-flex items-center gap-1">
              <ProgressStatus status={status} compact />
              <span className="text-sm tabular-nums">{n}</span>
            </span>
          ) : null;
        })}
      </span>
    </>
  );
}

/** Each pillar's summary, linked to the page of its measures; the sections keep the #pillar-N anchors. */
export async function CatalogueIndex({ iso3, catalogue }: { iso3: string; catalogue: CatalogueCell[] }) {
  const t = await getTranslations();
  return (
    <ul className="flex flex-col gap-2">
      {PILLAR_ORDER.map((pillar) => {
        const inPillar = catalogue.filter((m) => m.pillar === pillar);
        if (inPillar.length === 0) return null;
        const label = pillar ? t("measures.pillarN", { n: pillar }) : t("measures.noPillar");
        return (
          <li key={String(pillar)} id={pillarAnchor(pillar)}>
            <Link href={`/countries/${iso3}/catalogue/${pillarSegment(pillar)}`} className="block rounded-lg border border-slate-200 bg-white px-4 py-2 no-underline hover:border-brand-600">
              <PillarSummary label={label} entries={inPillar} />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The measures of the given pillars (all by default), each pillar by actor. */
export async function CountryCatalogue({ iso3, catalogue, pillars = PILLAR_ORDER }: { iso3: string; catalogue: CatalogueCell[]; pillars?: readonly (typeof PILLAR_ORDER)[number][] }) {
  const t = await getTranslations();
  const actors = [...new Set(catalogue.map((m) => m.actor))].sort((a, b) => Number(isScored(b)) - Number(isScored(a)));
  return (
    <div className="flex flex-col gap-4">
      {pillars.map((pillar) => {
        const inPillar = catalogue.filter((m) => m.pillar === pillar);
        if (inPillar.length === 0) return null;
        const label = pillar ? t("measures.pillarN", { n: pillar }) : t("measures.noPillar");
        return (
          <section key={String(pillar)} id={pillarAnchor(pillar)} aria-label={label} className="rounded-lg border border-slate-200 bg-white">
            <h2 className="px-4 py-2">
              <PillarSummary label={label} entries={inPillar} />
            </h2>
            <div className="grid gap-4 px-4 pb-4 md:grid-cols-2">
              {actors.map((actor) => {
                const cells = inPillar.filter((m) => m.actor === actor);
                if (cells.length === 0) return null;
                return (
                  <div key={actor}>
                    <h3 className="mb-1 text-sm font-semibold">
                      {t(`measures.actors.${actor}` as never)}
                      {!isScored(actor) && <span className="ms-2 text-xs font-normal text-slate-600">{t("progress.profile.notScored")}</span>}
                    </h3>
                    {/* Item styles set once on the list: a pillar has up to ~110 items (decision 035). Links at least 24 px
                        high: the minimum target size (WCAG 2.2, 2.5.8) for links this close together. */}
                    <ul className="flex flex-col gap-1 text-sm [&>li]:flex [&>li]:items-start [&>li]:gap-2 [&>li>a]:min-h-6 [&>li>a]:leading-snug">
                      {cells.map((m) => (
                        <li key={m.id}>
                          <ProgressStatus status={m.status} compact />
                          <Link href={`/countries/${iso3}/measures/${m.slug}`}><LocalizedText text={m.title} /></Link>
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}
