// The words measures use (addressees, pillars, prevention, categories): shared by the database schema,
// the zod schemas, the forms and the catalogue seed, so any layer may import them (db/ is the bottom).
export const ADDRESSEES = [
  "government",
  "parliament",
  "regional_organization",
  "civil_society",
  "academia",
  "media",
  "un_system",
  "international_community",
] as const;
export type Addressee = (typeof ADDRESSEES)[number];

export const PILLARS = [1, 2, 3, null] as const;
export type Pillar = (typeof PILLARS)[number];

export const PREVENTIONS = ["upstream", "downstream", null] as const;
export type Prevention = (typeof PREVENTIONS)[number];

/**
 * Fixed list of categories. The first eleven are the toolkit's prevention table headings
 * (经济, 治理, 人权, 安全, 社会, 外交, 法制, 早期预警, 军事, 激励机制, 制裁); the rest cover what the
 * other lists and the Secretary-General's reports add.
 */
export const CATEGORIES = [
  "economic",
  "governance",
  "human_rights",
  "security",
  "social",
  "diplomatic",
  "legal",
  "early_warning",
  "military",
  "incentives",
  "sanctions",
  "institutional", // focal points, national mechanisms, offices, standing bodies
  "accountability", // international criminal justice, investigations, ending impunity, oversight
  "normative", // endorsing and promoting the principle; treaties, statements, resolutions
  "education", // public awareness, teaching, training materials
  "capacity_building", // training, assistance, building others' capacities
  "coordination", // partnerships, networks, information sharing, cooperation between actors
  "mediation", // mediation, good offices, dialogue, dispute resolution
  "media", // reporting, press freedom, countering incitement in the media
  "research", // research, analysis, lessons learned
  "humanitarian", // humanitarian access, refugees, displaced persons, victims
  "peacekeeping", // peace operations, protection of civilians, preventive deployment
  "women_peace_security", // women's participation, sexual and gender-based violence
  "funding", // budgets, resources, development aid earmarked for prevention
] as const;
export type Category = (typeof CATEGORIES)[number];
