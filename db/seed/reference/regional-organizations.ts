// Regional and sub-regional organisations that R2P work deals with, and their member states.
//
// Membership is as of 2026-11 and lists only UN member and observer states (ISO alpha-3), because
// `country` rows exist only for those. Where an organisation has other members (the Sahrawi Republic
// in the AU, the Cook Islands, Niue and the French territories in the Pacific Islands Forum) the
// comment on the entry says so. Suspended members stay members; states whose withdrawal has taken
// effect are removed, with a note. Names and acronyms in the six languages are those the UN's own
// documents in each language use (UNTERM; decision 030); where a language has no established acronym
// (the Council of Europe, the Pacific Islands Forum, Arabic for most) the entry has none and readers
// fall back.
// No package provides any of this, so it is maintained by hand: re-check it when memberships change.

import type { Locale } from "~/db/locales";
import type { LocalizedText } from "~/db/localized-text";

export type RegionalOrgKind = "regional" | "subregional" | "interregional";

export interface RegionalOrgSeed {
  slug: string;
  /** Acronym per language, where the language has one (Chinese often has a short form, e.g. 非盟). */
  acronym: LocalizedText & { en: string };
  /** Official name in each of the six languages. */
  name: Record<Locale, string>;
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
    acronym: { zh: "非盟", en: "AU", fr: "UA", ru: "АС", es: "UA" },
    name: {
      ar: "الاتحاد الأفريقي",
      zh: "非洲联盟",
      en: "African Union",
      fr: "Union africaine",
      ru: "Африканский союз",
      es: "Unión Africana",
    },
    kind: "regional",
    members: iso3List(`
      DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN
      GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN
      TZA TGO TUN UGA ZMB ZWE`),
  },
  {
    // Mali, Burkina Faso and Niger left on 29 January 2025 (they formed the Alliance of Sahel States).
    slug: "ecowas",
    acronym: { ar: "إيكواس", zh: "西非经共体", en: "ECOWAS", fr: "CEDEAO", ru: "ЭКОВАС", es: "CEDEAO" },
    name: {
      ar: "الجماعة الاقتصادية لدول غرب أفريقيا",
      zh: "西非国家经济共同体",
      en: "Economic Community of West African States",
      fr: "Communauté économique des États de l’Afrique de l’Ouest",
      ru: "Экономическое сообщество западноафриканских государств",
      es: "Comunidad Económica de los Estados de África Occidental",
    },
    kind: "subregional",
    members: iso3List("BEN CPV CIV GMB GHA GIN GNB LBR NGA SEN SLE TGO"),
  },
  {
    slug: "sadc",
    acronym: { ar: "سادك", zh: "南共体", en: "SADC", fr: "SADC", ru: "САДК", es: "SADC" },
    name: {
      ar: "الجماعة الإنمائية للجنوب الأفريقي",
      zh: "南部非洲发展共同体",
      en: "Southern African Development Community",
      fr: "Communauté de développement de l’Afrique australe",
      ru: "Сообщество по вопросам развития юга Африки",
      es: "Comunidad de África Meridional para el Desarrollo",
    },
    kind: "subregional",
    members: iso3List(
      "AGO BWA COM COD SWZ LSO MDG MWI MUS MOZ NAM SYC ZAF TZA ZMB ZWE",
    ),
  },
  {
    // South Sudan joined in 2016, the DR Congo in 2022, Somalia in 2024.
    slug: "eac",
    acronym: { zh: "东共体", en: "EAC", fr: "CAE", ru: "ВАС", es: "CAO" },
    name: {
      ar: "جماعة شرق أفريقيا",
      zh: "东非共同体",
      en: "East African Community",
      fr: "Communauté d’Afrique de l’Est",
      ru: "Восточноафриканское сообщество",
      es: "Comunidad de África Oriental",
    },
    kind: "subregional",
    members: iso3List("BDI COD KEN RWA SOM SSD TZA UGA"),
  },
  {
    // Eritrea, which had rejoined in 2023, announced its withdrawal on 12 December 2025.
    slug: "igad",
    acronym: { ar: "إيغاد", zh: "伊加特", en: "IGAD", fr: "IGAD", ru: "МОВР", es: "IGAD" },
    name: {
      ar: "الهيئة الحكومية الدولية المعنية بالتنمية",
      zh: "政府间发展管理局",
      en: "Intergovernmental Authority on Development",
      fr: "Autorité intergouvernementale pour le développement",
      ru: "Межправительственный орган по развитию",
      es: "Autoridad Intergubernamental para el Desarrollo",
    },
    kind: "subregional",
    members: iso3List("DJI ETH KEN SOM SSD SDN UGA"),
  },
  {
    // Rwanda rejoined in 2016.
    slug: "eccas",
    acronym: { zh: "中非经共体", en: "ECCAS", fr: "CEEAC", ru: "ЭСЦАГ", es: "CEEAC" },
    name: {
      ar: "الجماعة الاقتصادية لدول وسط أفريقيا",
      zh: "中部非洲国家经济共同体",
      en: "Economic Community of Central African States",
      fr: "Communauté économique des États de l’Afrique centrale",
      ru: "Экономическое сообщество центральноафриканских государств",
      es: "Comunidad Económica de los Estados de África Central",
    },
    kind: "subregional",
    members: iso3List("AGO BDI CMR CAF TCD COG COD GNQ GAB RWA STP"),
  },
  {
    slug: "icglr",
    acronym: { zh: "大湖区会议", en: "ICGLR", fr: "CIRGL", ru: "МКРВО", es: "CIRGL" },
    name: {
      ar: "المؤتمر الدولي المعني بمنطقة البحيرات الكبرى",
      zh: "大湖区问题国际会议",
      en: "International Conference on the Great Lakes Region",
      fr: "Conférence internationale sur la région des Grands Lacs",
      ru: "Международная конференция по району Великих озер",
      es: "Conferencia Internacional sobre la Región de los Grandes Lagos",
    },
    kind: "subregional",
    members: iso3List("AGO BDI CAF COG COD KEN RWA SSD SDN TZA UGA ZMB"),
  },
  {
    // 22 members, including the State of Palestine; Syria's suspension (2011) ended in May 2023.
    slug: "las",
    acronym: { zh: "阿盟", en: "LAS", fr: "LEA", ru: "ЛАГ", es: "LEA" },
    name: {
      ar: "جامعة الدول العربية",
      zh: "阿拉伯国家联盟",
      en: "League of Arab States",
      fr: "Ligue des États arabes",
      ru: "Лига арабских государств",
      es: "Liga de los Estados Árabes",
    },
    kind: "regional",
    members: iso3List(
      "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM",
    ),
  },
  {
    slug: "eu",
    acronym: { zh: "欧盟", en: "EU", fr: "UE", ru: "ЕС", es: "UE" },
    name: {
      ar: "الاتحاد الأوروبي",
      zh: "欧洲联盟",
      en: "European Union",
      fr: "Union européenne",
      ru: "Европейский союз",
      es: "Unión Europea",
    },
    kind: "regional",
    members: iso3List(`
      AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK
      SVN ESP SWE`),
  },
  {
    // 57 participating States, including the Holy See and Mongolia.
    slug: "osce",
    acronym: { zh: "欧安组织", en: "OSCE", fr: "OSCE", ru: "ОБСЕ", es: "OSCE" },
    name: {
      ar: "منظمة الأمن والتعاون في أوروبا",
      zh: "欧洲安全与合作组织",
      en: "Organization for Security and Co-operation in Europe",
      fr: "Organisation pour la sécurité et la coopération en Europe",
      ru: "Организация по безопасности и сотрудничеству в Европе",
      es: "Organización para la Seguridad y la Cooperación en Europa",
    },
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
    acronym: { en: "CoE" },
    name: {
      ar: "مجلس أوروبا",
      zh: "欧洲委员会",
      en: "Council of Europe",
      fr: "Conseil de l’Europe",
      ru: "Совет Европы",
      es: "Consejo de Europa",
    },
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
    acronym: { zh: "美洲组织", en: "OAS", fr: "OEA", ru: "ОАГ", es: "OEA" },
    name: {
      ar: "منظمة الدول الأمريكية",
      zh: "美洲国家组织",
      en: "Organization of American States",
      fr: "Organisation des États américains",
      ru: "Организация американских государств",
      es: "Organización de los Estados Americanos",
    },
    kind: "regional",
    members: iso3List(`
      ATG ARG BHS BRB BLZ BOL BRA CAN CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX PAN
      PRY PER KNA LCA VCT SUR TTO USA URY VEN`),
  },
  {
    // Timor-Leste became the eleventh member on 26 October 2025.
    slug: "asean",
    acronym: { ar: "آسيان", zh: "东盟", en: "ASEAN", fr: "ASEAN", ru: "АСЕАН", es: "ASEAN" },
    name: {
      ar: "رابطة أمم جنوب شرق آسيا",
      zh: "东南亚国家联盟",
      en: "Association of Southeast Asian Nations",
      fr: "Association des nations de l’Asie du Sud-Est",
      ru: "Ассоциация государств Юго-Восточной Азии",
      es: "Asociación de Naciones de Asia Sudoriental",
    },
    kind: "regional",
    members: iso3List("BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM"),
  },
  {
    // 18 members; the 14 UN member states are listed. The Cook Islands and Niue (states in free
    // association with New Zealand) and French Polynesia and New Caledonia are members but not UN
    // states.
    slug: "pif",
    acronym: { en: "PIF" },
    name: {
      ar: "منتدى جزر المحيط الهادئ",
      zh: "太平洋岛国论坛",
      en: "Pacific Islands Forum",
      fr: "Forum des îles du Pacifique",
      ru: "Форум тихоокеанских островов",
      es: "Foro de las Islas del Pacífico",
    },
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
