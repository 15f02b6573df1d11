// The world map, rendered on the server (its states' links drawn by a small client list from compact
// lines, map-states.tsx; no script is needed to see or use it): each state a link to its profile, coloured by
// its score or by its status on one measure, with a legend beside it. The shapes are not inline: each
// state is a <use> of its path in the hashed, immutable SVG asset (world-asset.ts), so a page carries
// only colours and links. The drawing is a pointer shortcut, hidden from assistive technology and out
// of the tab order (176 stops before the content would be a trap): the figure is named by its caption
// and the same data is in a real table — the page's own (alternativeId) or one in a <details> below.
// (An SVG with role="img" holding links was axe's nested-interactive violation.)
import type { Locale } from "~/db/locales";
import { getTranslations } from "next-intl/server";
import type { TProgressStatus } from "~/server/progress/statuses";
import { PROGRESS_STATUSES } from "~/server/progress/statuses";
import { NO_DATA_COLOUR, SCORE_STEPS, scoreColour, STATUS_STYLE, statusFill } from "./map-colours";
import { StatusPatterns } from "./map-patterns";
import { MapStates } from "./map-states";
import { ALL_SHAPES_ID, shapeId, worldMapAsset } from "./world-asset";
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "./world-geometry";
import { intlLocale } from "~/server/i18n/locale-tags";

export interface MapCountry {
  m49: string;
  iso3: string;
  name: string;
  score: number | null;
  status?: TProgressStatus;
}

interface Props {
  locale: Locale;
  mode: "score" | "status";
  countries: MapCountry[];
  title: string;
  /** Where a state's shape leads; defaults to its profile. Puts the code into the address as it is
   *  (called once with "{iso3}" to make the template the map's links are drawn from). */
  hrefFor?: (iso3: string) => string;
  /** The id of a table elsewhere on the page with the same data; otherwise one is rendered here. */
  alternativeId?: string;
}

export async function WorldMap({ locale, mode, countries, title, hrefFor, alternativeId }: Props) {
  const t = await getTranslations("atlas.map");
  const byM49 = new Map(countries.map((c) => [c.m49, c]));
  const percent = new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 });
  const href = hrefFor ?? ((iso3: string) => `/${locale}/countries/${iso3}`);
  const valueOf = (c: MapCountry) =>
    mode === "score"
      ? c.score === null
        ? t("noData")
        : percent.format(c.score)
      : t(`status.${c.status ?? "none"}`);
  const fillOf = (c: MapCountry | undefined) =>
    !c ? NO_DATA_COLOUR : mode === "score" ? scoreColour(c.score) : statusFill(c.status ?? "none");
  const id = `map-${mode}`;
  const asset = worldMapAsset().href;
  // Each state, grouped by colour (the <use> inherits its group's fill), as MapStates' lines.
  const byFill = new Map<string, string[]>();
  worldShapes().forEach((s, i) => {
    const c = s.m49 ? byM49.get(s.m49) : undefined;
    if (!c) return;
    const fill = fillOf(c);
    const line = [c.iso3, shapeId(s.m49, i), `${c.name}: ${valueOf(c)}`].map(oneField).join("\t");
    byFill.set(fill, [...(byFill.get(fill) ?? []), line]);
  });
  return (
    <figure className="mb-6 rounded-lg border border-slate-200 bg-white p-3" aria-labelledby={`${id}-title`} data-testid="world-map">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} aria-hidden="true" focusable="false" className="h-auto w-full">
        {mode === "status" && <StatusPatterns />}
        <g stroke="#fff" strokeWidth="0.5" className="[&_a:hover]:opacity-80">
          <use href={`${asset}#${ALL_SHAPES_ID}`} fill={NO_DATA_COLOUR} />
          <MapStates groups={[...byFill].map(([fill, lines]) => [fill, lines.join("\n")])} asset={asset} href={href("{iso3}")} />
        </g>
      </svg>
      <figcaption className="mt-2 flex flex-col gap-2 text-sm">
        <span id={`${id}-title`} className="sr-only">{title}</span>
        <span className="sr-only">{t("description")}</span>
        <MapLegend title={t("legend")} labels={legendLabels(mode, t, percent)} />
        {alternativeId ? (
          <a href={`#${alternativeId}`} className="text-brand-700 underline">
            {t("seeTable")}
          </a>
        ) : (
          <details>
            <summary className="cursor-pointer text-brand-700 underline">{t("showTable")}</summary>
            <table className="mt-2 w-full max-w-md text-start">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-1 pe-3">{t("country")}</th>
                  <th scope="col" className="py-1">{mode === "score" ? t("score") : t("statusHeading")}</th>
                </tr>
              </thead>
              <tbody>
                {countries.map((c) => (
                  <tr key={c.iso3} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pe-3 font-normal">
                      <a href={href(c.iso3)} className="text-brand-700 underline">{c.name}</a>
                    </th>
                    <td className="py-1">{valueOf(c)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )}
      </figcaption>
    </figure>
  );
}

/** A field of a MapStates line: no tab or line break inside (names and codes never have one). */
function oneField(text: string) {
  return text.replace(/[\t\n\r]/g, " ");
}

type T = Awaited<ReturnType<typeof getTranslations<"atlas.map">>>;

function legendLabels(mode: "score" | "status", t: T, percent: Intl.NumberFormat): LegendEntry[] {
  if (mode === "score") {
    return [
      ...SCORE_STEPS.map((s) => ({ key: String(s.from), label: `${percent.format(s.from)}–${percent.format(s.to)}`, fill: s.colour })),
      { key: "none", label: t("noData"), fill: NO_DATA_COLOUR },
    ];
  }
  return PROGRESS_STATUSES.map((s) => ({ key: s, label: t(`status.${s}`), fill: statusFill(s), pattern: STATUS_STYLE[s].pattern }));
}

interface LegendEntry {
  key: string;
  label: string;
  fill: string;
  pattern?: string | null;
}

/** The legend as text with swatches; status swatches reuse the patterns the map above defines. */
function MapLegend({ title, labels }: { title: string; labels: LegendEntry[] }) {
  return (
    <div data-testid="map-legend">
      <p className="font-medium">{title}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {labels.map((l) => (
          <li key={l.key} className="flex items-center gap-1.5">
            <svg width="18" height="12" aria-hidden="true" className="shrink-0">
              <rect width="18" height="12" fill={l.fill} stroke="#64748b" strokeWidth="0.5" />
            </svg>
            {l.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
