// Countries with their scores: the rows of GET /api/v1/countries, flattened.
import { APPLICABLE_ADDRESSEES, PILLARS } from "~/server/progress/rules";
import { listCountriesPage } from "~/server/services/reference/list-countries-page";
import { allPages, tableSchema, type DatasetResource } from "../resource";

const EXTRA_LANGUAGES = [
  ["ar", "Arabic"],
  ["fr", "French"],
  ["ru", "Russian"],
  ["es", "Spanish"],
] as const;

const share = "share of applicable measures implemented, in progress counting half (0–1)";

export const countriesResource: DatasetResource = {
  name: "countries",
  title: "Countries with their progress scores",
  description: "UN member and observer states (ISO 3166, M49 region, UN regional group) and their derived scores (decision 009).",
  schema: tableSchema(
    [
      { name: "iso3", type: "string", description: "ISO 3166-1 alpha-3", constraints: { required: true, unique: true } },
      { name: "iso2", type: "string", description: "ISO 3166-1 alpha-2", constraints: { required: true } },
      { name: "name_en", type: "string", description: "Name in English", constraints: { required: true } },
      { name: "name_zh", type: "string", description: "Name in Chinese", constraints: { required: true } },
      // The other four UN languages (decision 030): the names as the UNSD M49 tables write them.
      ...EXTRA_LANGUAGES.map(([lang, language]) => ({ name: `name_${lang}`, type: "string" as const, description: `Name in ${language}`, constraints: { required: true } })),
      { name: "status", type: "string", description: "UN membership", constraints: { required: true, enum: ["member", "observer"] } },
      { name: "region", type: "string", description: "M49 region code" },
      { name: "region_en", type: "string", description: "M49 region name" },
      { name: "subregion", type: "string", description: "M49 sub-region code" },
      { name: "un_group", type: "string", description: "UN regional group" },
      { name: "score_overall", type: "number", description: `Overall score: ${share}`, constraints: { required: true } },
      ...PILLARS.map((p) => ({ name: `score_pillar_${p}`, type: "number" as const, description: `Pillar ${p} score: ${share}` })),
      ...APPLICABLE_ADDRESSEES.map((a) => ({ name: `score_${a}`, type: "number" as const, description: `Score of the measures addressed to ${a}: ${share}` })),
    ],
    "iso3",
  ),
  rows: async () => {
    const countries = await allPages((page, pageSize) => listCountriesPage({ input: { page, pageSize } }));
    return countries.map((c) => ({
      iso3: c.iso3,
      iso2: c.iso2,
      name_en: c.name.en,
      name_zh: c.name.zh,
      ...Object.fromEntries(EXTRA_LANGUAGES.map(([lang]) => [`name_${lang}`, c.name[lang]])),
      status: c.status,
      region: c.region,
      region_en: c.regionName.en,
      subregion: c.subregion,
      un_group: c.group,
      score_overall: c.score.overall,
      ...Object.fromEntries(PILLARS.map((p) => [`score_pillar_${p}`, c.score.byPillar[String(p)] ?? null])),
      ...Object.fromEntries(APPLICABLE_ADDRESSEES.map((a) => [`score_${a}`, c.score.byActor[a] ?? null])),
    }));
  },
};
