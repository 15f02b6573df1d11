// The 193 UN member states and the 2 observer states: codes, names, M49 geography and UN regional group.
//
// Sources, and why:
// - Membership, ISO alpha-2 and M49 numeric codes, and UN regional groups come from `world-countries`
//   (`unMember`, `cca2`, `ccn3`, `unRegionalGroup`). It is the only installed package with the groups.
//   Its 5.1.0 data wrongly flags the Holy See as a member, so observer status is decided here, below.
// - Names in both languages come from `i18n-iso-countries` (`getName(iso3, "en" | "zh")`). Its Chinese
//   names are the standard simplified short names (中国, 法国, 多米尼克, 北马其顿); world-countries' "zho"
//   names have outright errors (Dominica as 多米尼加, i.e. the Dominican Republic; 北馬其頓 in traditional
//   script). Neither package carries the UN Terminology long-short forms (俄罗斯联邦, 阿拉伯叙利亚共和国),
//   and i18n-iso-countries abbreviates a few (阿联酋, 波黑, 中非, 印尼, 刚果（金）/刚果（布）). We take its
//   names as they are and don't patch them by hand.
// - M49 region and sub-region: no installed package has them, so the small table below is ours
//   (UNSD "Standard country or area codes for statistical use", English and Chinese editions).
import i18nCountries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import zh from "i18n-iso-countries/langs/zh.json";
import worldCountries from "world-countries";

export type UnGroup =
  | "african"
  | "asia_pacific"
  | "eastern_european"
  | "latin_american_caribbean"
  | "weog";

export type CountryStatus = "member" | "observer";

export interface M49Area {
  m49: string;
  nameEn: string;
  nameZh: string;
}

export interface CountrySeed {
  iso3: string;
  iso2: string;
  /** 3-digit UN M49 / ISO 3166-1 numeric code, zero-padded. */
  m49: string;
  nameEn: string;
  nameZh: string;
  status: CountryStatus;
  region: M49Area;
  subregion: M49Area;
  unGroup: UnGroup | null;
}

i18nCountries.registerLocale(en);
i18nCountries.registerLocale(zh);

export const M49_REGIONS = {
  africa: { m49: "002", nameEn: "Africa", nameZh: "非洲" },
  americas: { m49: "019", nameEn: "Americas", nameZh: "美洲" },
  asia: { m49: "142", nameEn: "Asia", nameZh: "亚洲" },
  europe: { m49: "150", nameEn: "Europe", nameZh: "欧洲" },
  oceania: { m49: "009", nameEn: "Oceania", nameZh: "大洋洲" },
} as const satisfies Record<string, M49Area>;

type RegionKey = keyof typeof M49_REGIONS;

const SUB_SAHARAN_AFRICA: M49Area = {
  m49: "202",
  nameEn: "Sub-Saharan Africa",
  nameZh: "撒哈拉以南非洲",
};
const LATIN_AMERICA_CARIBBEAN: M49Area = {
  m49: "419",
  nameEn: "Latin America and the Caribbean",
  nameZh: "拉丁美洲和加勒比",
};

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
    m49: "015",
    nameEn: "Northern Africa",
    nameZh: "北非",
    members: iso3List("DZA EGY LBY MAR SDN TUN"),
  },
  {
    region: "africa",
    m49: "014",
    nameEn: "Eastern Africa",
    nameZh: "东部非洲",
    parent: SUB_SAHARAN_AFRICA,
    members: iso3List(
      "BDI COM DJI ERI ETH KEN MDG MWI MUS MOZ RWA SYC SOM SSD UGA TZA ZMB ZWE",
    ),
  },
  {
    region: "africa",
    m49: "017",
    nameEn: "Middle Africa",
    nameZh: "中部非洲",
    parent: SUB_SAHARAN_AFRICA,
    members: iso3List("AGO CMR CAF TCD COG COD GNQ GAB STP"),
  },
  {
    region: "africa",
    m49: "018",
    nameEn: "Southern Africa",
    nameZh: "南部非洲",
    parent: SUB_SAHARAN_AFRICA,
    members: iso3List("BWA SWZ LSO NAM ZAF"),
  },
  {
    region: "africa",
    m49: "011",
    nameEn: "Western Africa",
    nameZh: "西部非洲",
    parent: SUB_SAHARAN_AFRICA,
    members: iso3List(
      "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO",
    ),
  },
  {
    region: "americas",
    m49: "029",
    nameEn: "Caribbean",
    nameZh: "加勒比",
    parent: LATIN_AMERICA_CARIBBEAN,
    members: iso3List("ATG BHS BRB CUB DMA DOM GRD HTI JAM KNA LCA VCT TTO"),
  },
  {
    region: "americas",
    m49: "013",
    nameEn: "Central America",
    nameZh: "中美洲",
    parent: LATIN_AMERICA_CARIBBEAN,
    members: iso3List("BLZ CRI SLV GTM HND MEX NIC PAN"),
  },
  {
    region: "americas",
    m49: "005",
    nameEn: "South America",
    nameZh: "南美洲",
    parent: LATIN_AMERICA_CARIBBEAN,
    members: iso3List("ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN"),
  },
  {
    region: "americas",
    m49: "021",
    nameEn: "Northern America",
    nameZh: "北美洲",
    members: iso3List("CAN USA"),
  },
  {
    region: "asia",
    m49: "143",
    nameEn: "Central Asia",
    nameZh: "中亚",
    members: iso3List("KAZ KGZ TJK TKM UZB"),
  },
  {
    region: "asia",
    m49: "030",
    nameEn: "Eastern Asia",
    nameZh: "东亚",
    members: iso3List("CHN JPN MNG PRK KOR"),
  },
  {
    region: "asia",
    m49: "035",
    nameEn: "South-eastern Asia",
    nameZh: "东南亚",
    members: iso3List("BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM"),
  },
  {
    region: "asia",
    m49: "034",
    nameEn: "Southern Asia",
    nameZh: "南亚",
    members: iso3List("AFG BGD BTN IND IRN MDV NPL PAK LKA"),
  },
  {
    region: "asia",
    m49: "145",
    nameEn: "Western Asia",
    nameZh: "西亚",
    members: iso3List(
      "ARM AZE BHR CYP GEO IRQ ISR JOR KWT LBN OMN QAT SAU PSE SYR TUR ARE YEM",
    ),
  },
  {
    region: "europe",
    m49: "151",
    nameEn: "Eastern Europe",
    nameZh: "东欧",
    members: iso3List("BLR BGR CZE HUN POL MDA ROU RUS SVK UKR"),
  },
  {
    region: "europe",
    m49: "154",
    nameEn: "Northern Europe",
    nameZh: "北欧",
    members: iso3List("DNK EST FIN ISL IRL LVA LTU NOR SWE GBR"),
  },
  {
    region: "europe",
    m49: "039",
    nameEn: "Southern Europe",
    nameZh: "南欧",
    members: iso3List(
      "ALB AND BIH HRV GRC VAT ITA MLT MNE MKD PRT SMR SRB SVN ESP",
    ),
  },
  {
    region: "europe",
    m49: "155",
    nameEn: "Western Europe",
    nameZh: "西欧",
    members: iso3List("AUT BEL FRA DEU LIE LUX MCO NLD CHE"),
  },
  {
    region: "oceania",
    m49: "053",
    nameEn: "Australia and New Zealand",
    nameZh: "澳大利亚和新西兰",
    members: iso3List("AUS NZL"),
  },
  {
    region: "oceania",
    m49: "054",
    nameEn: "Melanesia",
    nameZh: "美拉尼西亚",
    members: iso3List("FJI PNG SLB VUT"),
  },
  {
    region: "oceania",
    m49: "057",
    nameEn: "Micronesia",
    nameZh: "密克罗尼西亚",
    members: iso3List("KIR MHL FSM NRU PLW"),
  },
  {
    region: "oceania",
    m49: "061",
    nameEn: "Polynesia",
    nameZh: "波利尼西亚",
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

function nameOf(iso3: string, locale: "en" | "zh"): string {
  const name = i18nCountries.getName(iso3, locale);
  if (!name)
    throw new Error(`i18n-iso-countries has no ${locale} name for ${iso3}`);
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
        nameEn: nameOf(iso3, "en"),
        nameZh: nameOf(iso3, "zh"),
        status,
        region: { ...M49_REGIONS[area.region] },
        subregion: { m49: area.m49, nameEn: area.nameEn, nameZh: area.nameZh },
        unGroup,
      };
    });
  return seeds.sort((a, b) => a.iso3.localeCompare(b.iso3));
}

export const COUNTRIES: readonly CountrySeed[] = buildCountries();

export const COUNTRY_BY_ISO3: ReadonlyMap<string, CountrySeed> = new Map(
  COUNTRIES.map((c) => [c.iso3, c]),
);
