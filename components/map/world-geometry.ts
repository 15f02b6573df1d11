// The world map's shapes: Natural Earth 1:110m countries (world-atlas), projected once per process.
// The projected path strings never change, so they are memoised at module level; a page only picks
// colours and links. Coordinates are rounded to whole pixels (digits 0: ~75 kB of paths, far less gzipped) to keep the inline SVG small.
import { geoNaturalEarth1, geoPath } from "d3-geo";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface CountryShape {
  /** ISO 3166 numeric (= UN M49 for states), e.g. "404"; null for areas without a code (e.g. Kosovo). */
  m49: string | null;
  /** The atlas's own English label, used only for areas that are not in our country table. */
  label: string;
  d: string;
}

let memo: CountryShape[] | null = null;

export function worldShapes(): CountryShape[] {
  if (memo) return memo;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries);
  // Antarctica has no state to show and would take a fifth of the height.
  const countries = { ...all, features: all.features.filter((f) => f.properties?.name !== "Antarctica") };
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    countries,
  );
  const path = geoPath(projection).digits(0);
  memo = countries.features
    .map((f) => ({
      m49: f.id === undefined ? null : String(f.id).padStart(3, "0"),
      label: f.properties?.name ?? "",
      d: path(f) ?? "",
    }))
    .filter((s) => s.d !== "");
  return memo;
}
