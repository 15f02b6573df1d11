// The world map's shapes as one standalone SVG file with a content-hashed name, served by
// app/map/[file]/route.ts as an immutable asset: a browser fetches the ~80 kB of paths once and keeps
// them, and each page only says, per state, which shape to draw in which colour
// (<use href="/map/<hash>.svg#c404">, coloured by its group) instead of repeating the paths in every HTML and RSC
// payload. The hash changes whenever the shapes do (a new world-atlas, another projection).
import { createHash } from "node:crypto";
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "./world-geometry";

export interface WorldMapAsset {
  /** e.g. "3f9a0c12b4.svg" (every page names it once per state: no longer than it needs to be) */
  fileName: string;
  /** The URL pages refer to, e.g. "/map/3f9a0c12b4.svg". */
  href: string;
  svg: string;
}

/** A shape's fragment id in the asset: "c" + the M49 code, or "x" + its position for areas without one. */
export const shapeId = (m49: string | null, index: number) => (m49 ? `c${m49}` : `x${index}`);

/** All shapes together, for drawing the whole world underneath the coloured states in one <use>. */
export const ALL_SHAPES_ID = "world";

let memo: WorldMapAsset | null = null;

export function worldMapAsset(): WorldMapAsset {
  if (memo) return memo;
  // No fill or stroke on the paths: a <use> passes its own down, so one file serves every colouring.
  const paths = worldShapes()
    .map((s, i) => `<path id="${shapeId(s.m49, i)}" d="${s.d}"/>`)
    .join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">` +
    `<g id="${ALL_SHAPES_ID}">${paths}</g></svg>`;
  const fileName = `${createHash("sha256").update(svg).digest("hex").slice(0, 10)}.svg`;
  memo = { fileName, href: `/map/${fileName}`, svg };
  return memo;
}
