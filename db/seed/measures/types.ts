// Shapes of the measures catalogue seed (see ./README.md for method and coverage).
import type { Addressee, Category, Pillar, Prevention } from "~/db/schema/measure-vocabulary";

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
  actor: Addressee;
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
  actor: Addressee,
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
