// Metadata of the vendored source documents (see PROVENANCE.md); the seed script reads each `file` and
// runs it through server/ingest.

export type DocumentCatalogEntry = {
  slug: string;
  /** File name inside db/seed/documents. */
  file: string;
  /** UN document symbol; null when the text does not carry one (sg-2025) or it is not a UN document. */
  symbol: string | null;
  /** Chinese and English for the vendored documents; other languages come with their language versions. */
  title: { zh: string; en: string };
  year: number;
  language: "zh";
  kind: "un-report" | "toolkit";
  /** Only where the document itself states its date. */
  publishedOn?: string;
};

export const DOCUMENT_CATALOG: DocumentCatalogEntry[] = [
  {
    slug: "icrtop-toolkit",
    file: "icrtop-toolkit.txt",
    symbol: null,
    title: { zh: "保护责任工具包", en: "ICRtoP educational toolkit on the responsibility to protect" },
    year: 2014,
    language: "zh",
    kind: "toolkit",
  },
  {
    slug: "a-63-677",
    file: "a-63-677.txt",
    symbol: "A/63/677",
    title: { zh: "履行保护责任", en: "Implementing the responsibility to protect" },
    year: 2009,
    language: "zh",
    kind: "un-report",
    publishedOn: "2009-01-12",
  },
  {
    slug: "sg-2025",
    file: "sg-2025.txt",
    symbol: null,
    title: { zh: "保护责任：致力于有原则的集体行动 20 年", en: "The responsibility to protect: twenty years of commitment to principled collective action" },
    year: 2025,
    language: "zh",
    kind: "un-report",
  },
  {
    slug: "a-72-884",
    file: "a-72-884.txt",
    symbol: "A/72/884-S/2018/525",
    title: { zh: "保护责任：从早报警到早行动", en: "Responsibility to protect: from early warning to early action" },
    year: 2018,
    language: "zh",
    kind: "un-report",
  },
  {
    slug: "a-65-877",
    file: "a-65-877.txt",
    symbol: "A/65/877-S/2011/393",
    title: { zh: "区域和次区域安排对履行保护责任的作用", en: "The role of regional and subregional arrangements in implementing the responsibility to protect" },
    year: 2011,
    language: "zh",
    kind: "un-report",
  },
];
