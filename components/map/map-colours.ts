// Colours of the world map and its legend. Scores use a 5-step sequential scale (light → dark
// teal); statuses a categorical palette, each also drawn with its own pattern so colour is never
// the only cue. Pure, so the legend and the map cannot disagree.
import type { TProgressStatus } from "~/server/progress/statuses";

export const NO_DATA_COLOUR = "#e2e8f0";

/** Five steps of 0.2; the top step includes 1. */
export const SCORE_STEPS = [
  { from: 0, to: 0.2, colour: "#f0f9e8" },
  { from: 0.2, to: 0.4, colour: "#bae4bc" },
  { from: 0.4, to: 0.6, colour: "#7bccc4" },
  { from: 0.6, to: 0.8, colour: "#43a2ca" },
  { from: 0.8, to: 1, colour: "#0868ac" },
] as const;

export function scoreStep(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.min(SCORE_STEPS.length - 1, Math.max(0, Math.floor(score * SCORE_STEPS.length)));
}

export function scoreColour(score: number | null | undefined): string {
  return score === null || score === undefined ? NO_DATA_COLOUR : SCORE_STEPS[scoreStep(score)]!.colour;
}

/** Fill and the id of the SVG pattern that overlays it (none for `none`). */
export const STATUS_STYLE: Record<TProgressStatus, { colour: string; pattern: string | null }> = {
  none: { colour: NO_DATA_COLOUR, pattern: null },
  committed: { colour: "#fde68a", pattern: "dots" },
  in_progress: { colour: "#93c5fd", pattern: "stripes" },
  implemented: { colour: "#15803d", pattern: null },
  regressed: { colour: "#dc2626", pattern: "cross" },
};

export function statusFill(status: TProgressStatus): string {
  const s = STATUS_STYLE[status];
  return s.pattern ? `url(#map-${s.pattern}-${status})` : s.colour;
}
