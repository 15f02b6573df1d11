// Shapes of the measures catalogue seed (see ./README.md for method and coverage).

export const ACTORS = [
  "government",
  "parliament",
  "regional_organization",
  "civil_society",
  "academia",
  "media",
  "un_system",
  "international_community",
] as const;
export type Actor = (typeof ACTORS)[number];

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

export const SOURCE_DOCUMENTS = ["icrtop-toolkit", "a-63-677", "sg-2025", "a-72-884", "a-65-877"] as const;
export type SourceDocument = (typeof SOURCE_DOCUMENTS)[number];

export interface MeasureSource {
  document: SourceDocument;
  /** A locator produced by server/ingest for that document, e.g. "45(a)", "annex-6(b)", "s18-3". */
  locator: string;
  /** The document's exact words (≤ 80 characters) as they appear in that unit's whitespace-normalised text. */
  quote: string;
}

export interface MeasureSeed {
  /** Kebab-case English, unique and stable: other records link to measures by slug. */
  slug: string;
  /** zh: the document's own words, a verbatim substring of one of the sources' units; en: our rendering. */
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  actor: Actor;
  pillar: Pillar;
  category: Category;
  prevention: Prevention;
  /** One of the handful of measures national progress is usually judged by (see README, "Key measures"). */
  key: boolean;
  sources: MeasureSource[];
}

/** Shorthand for a source citation. */
export const cite = (document: SourceDocument, locator: string, quote: string): MeasureSource => ({
  document,
  locator,
  quote,
});

/** Compact constructor used by the data files: (slug, actor, pillar, category, prevention, [zh, en] title, [zh, en] description, sources, key?). */
export const measure = (
  slug: string,
  actor: Actor,
  pillar: Pillar,
  category: Category,
  prevention: Prevention,
  [titleZh, titleEn]: [string, string],
  [descriptionZh, descriptionEn]: [string, string],
  sources: MeasureSource[],
  key = false,
): MeasureSeed => ({
  slug,
  title: { zh: titleZh, en: titleEn },
  description: { zh: descriptionZh, en: descriptionEn },
  actor,
  pillar,
  category,
  prevention,
  key,
  sources,
});
