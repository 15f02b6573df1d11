// The 193 UN member states and the 2 observer states: codes, names, M49 geography and UN regional group.
//
// Sources, and why:
// - Membership, ISO alpha-2 and M49 numeric codes, and UN regional groups come from `world-countries`
//   (`unMember`, `cca2`, `ccn3`, `unRegionalGroup`). It is the only installed package with the groups.
//   Its 5.1.0 data wrongly flags the Holy See as a member, so observer status is decided here, below.
// - Names of states, regions and sub-regions, in the six UN languages, are the UN Statistics Division's
//   M49 tables (un-m49-names.ts, generated from the vendored tables in unsd-m49/; decision 030): the
//   UN's own short names (大韩民国, 美利坚合众国, Côte d’Ivoire), not CLDR's (韩国, 美国).
// - Which sub-region each state sits in is the small table below (the M49 tables agree; the test checks).
import worldCountries from "world-countries";
import { UN_COUNTRY_NAMES, UN_M49_AREA_NAMES, type UnName } from "./un-m49-names";

export type UnGroup =
  | "african"
  | "asia_pacific"
  | "eastern_european"
  | "latin_american_caribbean"
  | "weog";

export type CountryStatus = "member" | "observer";

export interface M49Area {
  m49: string;
  /** The UN's name in each of the six languages. */
  name: UnName;
}

export interface CountrySeed {
  iso3: string;
  iso2: string;
  /** 3-digit UN M49 / ISO 3166-1 numeric code, zero-padded. */
  m49: string;
  /** The UN's short name in each of the six languages. */
  name: UnName;
  status: CountryStatus;
  region: M49Area;
  subregion: M49Area;
  unGroup: UnGroup | null;
}

function unAreaName(m49: string): UnName {
  const name = UN_M49_AREA_NAMES[m49];
  if (!name) throw new Error(`The UNSD M49 tables have no area ${m49}`);
  return name;
}

const area = (m49: string): M49Area => ({ m49, name: unAreaName(m49) });

export const M49_REGIONS = {
  africa: area("002"),
  americas: area("019"),
  asia: area("142"),
  europe: area("150"),
  oceania: area("009"),
} as const satisfies Record<string, M49Area>;

type RegionKey = keyof typeof M49_REGIONS;

const SUB_SAHARAN_AFRICA: M49Area = area("202");
const LATIN_AMERICA_CARIBBEAN: M49Area = area("419");

export interface M49Subregion extends M49Area {
  region: RegionKey;
  /** Set when this is an M49 "intermediate region"; the sub-region it belongs to. */
  parent?: M49Area;
  /** UN member and observer states in this area (territories omitted), ISO alpha-3. */
  members: readonly string[];
}

const iso3List = (codes: string): readonly string[] =>
  codes.split(/\s+/).filter(Boolean);

// The level people expect: M49 splits Africa into Northern Africa and Sub-Saharan Africa, and the
// Americas into Northern America and Latin America and the Caribbean; those two big sub-regions are
// further divided into "intermediate regions" (Eastern Africa, South America …). We record the
// intermediate region where there is one (so Kenya is Africa / Eastern Africa, Brazil is Americas /
// South America) and keep its parent sub-region in `parent` for anyone who groups one level up.
export const M49_SUBREGIONS: readonly M49Subregion[] = [
  {
    region: "africa",
    ...area("015"),
    members: iso3List("DZA EGY LBY MAR SDN TUN"),
  },
  {
    region: "africa",
    ...area("014"),
    parent: SUB_SAHARAN_AFRICA,
    members: iso3List(
      "BDI COM DJI ERI ETH KEN MDG MWI MUS MOZ RWA SYC SOM SSD UGA TZA ZMB ZWE",
    ),
  },
  {
    region: "africa",
    ...area("017"),
    parent: SUB_SAHARAN_AFRICA,
    members: iso3List("AGO CMR CAF TCD COG COD GNQ GAB STP"),
  },
  {
    region: "africa",
    ...area("018"),
    parent: SUB_SAHARAN_AFRICA,
    members: iso3List("BWA SWZ LSO NAM ZAF"),
  },
  {
    region: "africa",
    ...area("011"),
    parent: SUB_SAHARAN_AFRICA,
    members: iso3List(
      "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO",
    ),
  },
  {
    region: "americas",
    ...area("029"),
    parent: LATIN_AMERICA_CARIBBEAN,
    members: iso3List("ATG BHS BRB CUB DMA DOM GRD HTI JAM KNA LCA VCT TTO"),
  },
  {
    region: "americas",
    ...area("013"),
    parent: LATIN_AMERICA_CARIBBEAN,
    members: iso3List("BLZ CRI SLV GTM HND MEX NIC PAN"),
  },
  {
    region: "americas",
    ...area("005"),
    parent: LATIN_AMERICA_CARIBBEAN,
    members: iso3List("ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN"),
  },
  {
    region: "americas",
    ...area("021"),
    members: iso3List("CAN USA"),
  },
  {
    region: "asia",
    ...area("143"),
    members: iso3List("KAZ KGZ TJK TKM UZB"),
  },
  {
    region: "asia",
    ...area("030"),
    members: iso3List("CHN JPN MNG PRK KOR"),
  },
  {
    region: "asia",
    ...area("035"),
    members: iso3List("BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM"),
  },
  {
    region: "asia",
    ...area("034"),
    members: iso3List("AFG BGD BTN IND IRN MDV NPL PAK LKA"),
  },
  {
    region: "asia",
    ...area("145"),
    members: iso3List(
      "ARM AZE BHR CYP GEO IRQ ISR JOR KWT LBN OMN QAT SAU PSE SYR TUR ARE YEM",
    ),
  },
  {
    region: "europe",
    ...area("151"),
    members: iso3List("BLR BGR CZE HUN POL MDA ROU RUS SVK UKR"),
  },
  {
    region: "europe",
    ...area("154"),
    members: iso3List("DNK EST FIN ISL IRL LVA LTU NOR SWE GBR"),
  },
  {
    region: "europe",
    ...area("039"),
    members: iso3List(
      "ALB AND BIH HRV GRC VAT ITA MLT MNE MKD PRT SMR SRB SVN ESP",
    ),
  },
  {
    region: "europe",
    ...area("155"),
    members: iso3List("AUT BEL FRA DEU LIE LUX MCO NLD CHE"),
  },
  {
    region: "oceania",
    ...area("053"),
    members: iso3List("AUS NZL"),
  },
  {
    region: "oceania",
    ...area("054"),
    members: iso3List("FJI PNG SLB VUT"),
  },
  {
    region: "oceania",
    ...area("057"),
    members: iso3List("KIR MHL FSM NRU PLW"),
  },
  {
    region: "oceania",
    ...area("061"),
    members: iso3List("WSM TON TUV"),
  },
];

/**
 * Non-member observer states (General Assembly resolutions 58/314 for the Holy See, 67/19 for the
 * State of Palestine; Palestine's rights were enlarged by resolution ES-10/23 in 2024, but it is still
 * not a member).
 */
export const OBSERVER_STATES: readonly string[] = ["PSE", "VAT"];

const GROUP_BY_LABEL: Record<string, UnGroup> = {
  "African Group": "african",
  "Asia and the Pacific Group": "asia_pacific",
  "Eastern European Group": "eastern_european",
  "Latin American and Caribbean Group": "latin_american_caribbean",
  "Western European and Others Group": "weog",
};

// Regional groups for the observers, which world-countries leaves blank:
// - State of Palestine: a full member of the Asia-Pacific Group since 1986 (the group admitted the PLO),
//   though as an observer it is not a candidate in UN elections. We record asia_pacific so that it
//   appears where the group's own lists put it; counts "for electoral purposes" must filter on
//   status === "member".
// - Holy See: belongs to no group (it attends WEOG meetings as an observer), so null.
// The United States (an observer in WEOG, counted with it for electoral purposes), Türkiye (sits in
// both WEOG and Asia-Pacific, counted in WEOG) and Israel (WEOG since 2000/2014) come through as weog
// from the package, and Kiribati as asia_pacific — the tests pin each of these.
const OBSERVER_GROUP: Record<string, UnGroup | null> = {
  PSE: "asia_pacific",
  VAT: null,
};

const subregionByIso3 = new Map<string, M49Subregion>(
  M49_SUBREGIONS.flatMap((area) =>
    area.members.map((iso3) => [iso3, area] as const),
  ),
);

function nameOf(iso3: string): UnName {
  const name = UN_COUNTRY_NAMES[iso3];
  if (!name) throw new Error(`The UNSD M49 tables have no country ${iso3}`);
  return name;
}

function buildCountries(): CountrySeed[] {
  const observers = new Set(OBSERVER_STATES);
  const seeds = worldCountries
    .filter((c) => c.unMember || observers.has(c.cca3))
    .map((c): CountrySeed => {
      const iso3 = c.cca3;
      const status: CountryStatus = observers.has(iso3) ? "observer" : "member";
      const area = subregionByIso3.get(iso3);
      if (!area)
        throw new Error(
          `No M49 sub-region for ${iso3}; add it to M49_SUBREGIONS`,
        );
      const unGroup =
        status === "observer"
          ? (OBSERVER_GROUP[iso3] ?? null)
          : (GROUP_BY_LABEL[c.unRegionalGroup] ?? null);
      return {
        iso3,
        iso2: c.cca2,
        m49: c.ccn3.padStart(3, "0"),
        name: nameOf(iso3),
        status,
        region: { ...M49_REGIONS[area.region] },
        subregion: { m49: area.m49, name: area.name },
        unGroup,
      };
    });
  return seeds.sort((a, b) => a.iso3.localeCompare(b.iso3));
}

export const COUNTRIES: readonly CountrySeed[] = buildCountries();

export const COUNTRY_BY_ISO3: ReadonlyMap<string, CountrySeed> = new Map(
  COUNTRIES.map((c) => [c.iso3, c]),
);
