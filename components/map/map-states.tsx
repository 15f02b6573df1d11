"use client";
// The map's states, each a link to its page with its name and value as a tooltip, drawn from one
// string per colour: "ISO3<TAB>shape id<TAB>tooltip" lines. Rendered on the server like any markup, so
// the map needs no JavaScript; the RSC payload carries those lines (~25 bytes a state) instead of the
// markup (~165 bytes a state once escaped: every < and > became \u003c), or React elements (~300 bytes;
// decision 035).
export function MapStates({ groups, asset, href }: { groups: [fill: string, states: string][]; asset: string; href: string }) {
  return groups.map(([fill, states]) => (
    <g key={fill} fill={fill}>
      {states.split("\n").map((line) => {
        const [iso3 = "", shape = "", tooltip = ""] = line.split("\t");
        return (
          <a key={iso3} href={href.replace("{iso3}", iso3)} tabIndex={-1} data-iso3={iso3}>
            <title>{tooltip}</title>
            <use href={`${asset}#${shape}`} />
          </a>
        );
      })}
    </g>
  ));
}
