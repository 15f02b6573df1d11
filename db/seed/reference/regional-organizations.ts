// Regional and sub-regional organisations that R2P work deals with, and their member states.
//
// Membership is as of 2026-11 and lists only UN member and observer states (ISO alpha-3), because
// `country` rows exist only for those. Where an organisation has other members (the Sahrawi Republic
// in the AU, the Cook Islands, Niue and the French territories in the Pacific Islands Forum) the
// comment on the entry says so. Suspended members stay members; states whose withdrawal has taken
// effect are removed, with a note. Chinese names are those used in UN Chinese-language documents.
// No package provides any of this, so it is maintained by hand: re-check it when memberships change.

export type RegionalOrgKind = "regional" | "subregional" | "interregional";

export interface RegionalOrgSeed {
  slug: string;
  acronymEn: string;
  acronymZh?: string;
  nameEn: string;
  nameZh: string;
  kind: RegionalOrgKind;
  /** ISO alpha-3 codes of member states that are UN member or observer states. */
  members: readonly string[];
}

const iso3List = (codes: string): readonly string[] =>
  codes.split(/\s+/).filter(Boolean);

export const REGIONAL_ORGANIZATIONS: readonly RegionalOrgSeed[] = [
  {
    // 55 members: the 54 African UN member states and the Sahrawi Arab Democratic Republic, which is
    // not a UN state and so is not listed. States suspended after coups (e.g. Mali, Burkina Faso,
    // Niger, Guinea, Sudan) remain members.
    slug: "au",
    acronymEn: "AU",
    acronymZh: "非盟",
    nameEn: "African Union",
    nameZh: "非洲联盟",
    kind: "regional",
    members: iso3List(`
      DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN
      GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN
      TZA TGO TUN UGA ZMB ZWE`),
  },
  {
    // Mali, Burkina Faso and Niger left on 29 January 2025 (they formed the Alliance of Sahel States).
    slug: "ecowas",
    acronymEn: "ECOWAS",
    acronymZh: "西非经共体",
    nameEn: "Economic Community of West African States",
    nameZh: "西非国家经济共同体",
    kind: "subregional",
    members: iso3List("BEN CPV CIV GMB GHA GIN GNB LBR NGA SEN SLE TGO"),
  },
  {
    slug: "sadc",
    acronymEn: "SADC",
    acronymZh: "南共体",
    nameEn: "Southern African Development Community",
    nameZh: "南部非洲发展共同体",
    kind: "subregional",
    members: iso3List(
      "AGO BWA COM COD SWZ LSO MDG MWI MUS MOZ NAM SYC ZAF TZA ZMB ZWE",
    ),
  },
  {
    // South Sudan joined in 2016, the DR Congo in 2022, Somalia in 2024.
    slug: "eac",
    acronymEn: "EAC",
    acronymZh: "东共体",
    nameEn: "East African Community",
    nameZh: "东非共同体",
    kind: "subregional",
    members: iso3List("BDI COD KEN RWA SOM SSD TZA UGA"),
  },
  {
    // Eritrea, which had rejoined in 2023, announced its withdrawal on 12 December 2025.
    slug: "igad",
    acronymEn: "IGAD",
    acronymZh: "伊加特",
    nameEn: "Intergovernmental Authority on Development",
    nameZh: "政府间发展管理局",
    kind: "subregional",
    members: iso3List("DJI ETH KEN SOM SSD SDN UGA"),
  },
  {
    // Rwanda rejoined in 2016.
    slug: "eccas",
    acronymEn: "ECCAS",
    acronymZh: "中非经共体",
    nameEn: "Economic Community of Central African States",
    nameZh: "中部非洲国家经济共同体",
    kind: "subregional",
    members: iso3List("AGO BDI CMR CAF TCD COG COD GNQ GAB RWA STP"),
  },
  {
    slug: "icglr",
    acronymEn: "ICGLR",
    acronymZh: "大湖区会议",
    nameEn: "International Conference on the Great Lakes Region",
    nameZh: "大湖区问题国际会议",
    kind: "subregional",
    members: iso3List("AGO BDI CAF COG COD KEN RWA SSD SDN TZA UGA ZMB"),
  },
  {
    // 22 members, including the State of Palestine; Syria's suspension (2011) ended in May 2023.
    slug: "las",
    acronymEn: "LAS",
    acronymZh: "阿盟",
    nameEn: "League of Arab States",
    nameZh: "阿拉伯国家联盟",
    kind: "regional",
    members: iso3List(
      "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM",
    ),
  },
  {
    slug: "eu",
    acronymEn: "EU",
    acronymZh: "欧盟",
    nameEn: "European Union",
    nameZh: "欧洲联盟",
    kind: "regional",
    members: iso3List(`
      AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK
      SVN ESP SWE`),
  },
  {
    // 57 participating States, including the Holy See and Mongolia.
    slug: "osce",
    acronymEn: "OSCE",
    acronymZh: "欧安组织",
    nameEn: "Organization for Security and Co-operation in Europe",
    nameZh: "欧洲安全与合作组织",
    kind: "regional",
    members: iso3List(`
      ALB AND ARM AUT AZE BLR BEL BIH BGR CAN HRV CYP CZE DNK EST FIN FRA GEO DEU GRC VAT HUN ISL IRL
      ITA KAZ KGZ LVA LIE LTU LUX MLT MDA MCO MNG MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ESP
      SWE CHE TJK TUR TKM UKR GBR USA UZB`),
  },
  {
    // 46 member States; the Russian Federation was expelled on 16 March 2022. Belarus was never a
    // member.
    slug: "coe",
    acronymEn: "CoE",
    nameEn: "Council of Europe",
    nameZh: "欧洲委员会",
    kind: "regional",
    members: iso3List(`
      ALB AND ARM AUT AZE BEL BIH BGR HRV CYP CZE DNK EST FIN FRA GEO DEU GRC HUN ISL IRL ITA LVA LIE
      LTU LUX MLT MDA MCO MNE NLD MKD NOR POL PRT ROU SMR SRB SVK SVN ESP SWE CHE TUR UKR GBR`),
  },
  {
    // The OAS Charter has 35 states parties historically. Nicaragua denounced it in November 2021 and
    // its withdrawal took effect on 19 November 2023, so it is not listed (34 members). Cuba is listed:
    // it remains a member state although it has declined to take part since the 1962 exclusion was
    // lifted in 2009. Venezuela is listed: its 2017 denunciation was contested and the OAS continues to
    // treat it as a member state.
    slug: "oas",
    acronymEn: "OAS",
    acronymZh: "美洲组织",
    nameEn: "Organization of American States",
    nameZh: "美洲国家组织",
    kind: "regional",
    members: iso3List(`
      ATG ARG BHS BRB BLZ BOL BRA CAN CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX PAN
      PRY PER KNA LCA VCT SUR TTO USA URY VEN`),
  },
  {
    // Timor-Leste became the eleventh member on 26 October 2025.
    slug: "asean",
    acronymEn: "ASEAN",
    acronymZh: "东盟",
    nameEn: "Association of Southeast Asian Nations",
    nameZh: "东南亚国家联盟",
    kind: "regional",
    members: iso3List("BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM"),
  },
  {
    // 18 members; the 14 UN member states are listed. The Cook Islands and Niue (states in free
    // association with New Zealand) and French Polynesia and New Caledonia are members but not UN
    // states.
    slug: "pif",
    acronymEn: "PIF",
    nameEn: "Pacific Islands Forum",
    nameZh: "太平洋岛国论坛",
    kind: "regional",
    members: iso3List(
      "AUS FJI FSM KIR MHL NRU NZL PLW PNG WSM SLB TON TUV VUT",
    ),
  },
];

export const REGIONAL_ORGANIZATION_BY_SLUG: ReadonlyMap<
  string,
  RegionalOrgSeed
> = new Map(REGIONAL_ORGANIZATIONS.map((org) => [org.slug, org]));
