// The measures catalogue is checked against the documents themselves: every citation is re-found in the
// text the real parser produces, so a wrong locator, a paraphrased quote or a parser change fails here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DOCUMENT_CATALOG } from "~/db/seed/documents/catalog";
import { ADDRESSEES, CATEGORIES, PILLARS, PREVENTIONS } from "~/db/schema/measure-vocabulary";
import { KEY_MEASURE_SLUGS, MEASURES, SOURCE_DOCUMENTS, type SourceDocument } from "~/db/seed/measures";
import { parseDocument, type ParsedUnit } from "~/server/ingest";

const DOCS_DIR = path.resolve(import.meta.dirname, "../../../db/seed/documents");
const normalise = (s: string) => s.replace(/\s+/g, " ").trim();
const HAN = /\p{Script=Han}/u;
const ASCII_ENGLISH = /^[\x20-\x7E]*[A-Za-z][\x20-\x7E]*$/;

const units = new Map<SourceDocument, Map<string, ParsedUnit & { norm: string }>>();

beforeAll(() => {
  for (const slug of SOURCE_DOCUMENTS) {
    const entry = DOCUMENT_CATALOG.find((d) => d.slug === slug);
    if (!entry) throw new Error(`document ${slug} is not in the catalogue`);
    const parsed = parseDocument(readFileSync(path.join(DOCS_DIR, entry.file), "utf8"), { slug, kind: entry.kind });
    units.set(slug, new Map(parsed.units.map((u) => [u.locator, { ...u, norm: normalise(u.text) }])));
  }
});

const unitOf = (document: SourceDocument, locator: string) => units.get(document)?.get(locator);
const cited = (document: SourceDocument) =>
  new Set(MEASURES.flatMap((m) => m.sources.filter((s) => s.document === document).map((s) => s.locator)));

describe("measures catalogue: shape", () => {
  it("has a few hundred measures", () => {
    expect(MEASURES.length).toBeGreaterThanOrEqual(250);
  });

  it("has unique kebab-case slugs", () => {
    const slugs = MEASURES.map((m) => m.slug);
    const dupes = slugs.filter((s, i) => slugs.indexOf(s) !== i);
    expect(dupes).toEqual([]);
    for (const slug of slugs) expect(slug, slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives every measure bilingual titles and descriptions", () => {
    for (const m of MEASURES) {
      expect(m.title.zh, m.slug).toMatch(HAN);
      expect(m.title.zh, m.slug).toBe(normalise(m.title.zh));
      expect(m.title.en, m.slug).toMatch(ASCII_ENGLISH);
      expect(m.description.zh, m.slug).toMatch(HAN);
      expect(m.description.en, m.slug).toMatch(ASCII_ENGLISH);
      expect(m.description.en.length, m.slug).toBeGreaterThan(20);
    }
  });

  it("uses only the allowed actors, pillars, categories and prevention types", () => {
    for (const m of MEASURES) {
      expect(ADDRESSEES, m.slug).toContain(m.actor);
      expect(PILLARS, m.slug).toContain(m.pillar);
      expect(CATEGORIES, m.slug).toContain(m.category);
      expect(PREVENTIONS, m.slug).toContain(m.prevention);
      expect(typeof m.key, m.slug).toBe("boolean");
    }
  });
});

describe("measures catalogue: citations", () => {
  it("gives every measure at least one source, none repeated", () => {
    for (const m of MEASURES) {
      expect(m.sources.length, m.slug).toBeGreaterThan(0);
      const keys = m.sources.map((s) => `${s.document}|${s.locator}|${s.quote}`);
      expect(new Set(keys).size, `${m.slug} repeats a source`).toBe(keys.length);
    }
  });

  it("cites units that exist, with quotes found verbatim in them", () => {
    const failures: string[] = [];
    for (const m of MEASURES) {
      for (const s of m.sources) {
        expect(SOURCE_DOCUMENTS, m.slug).toContain(s.document);
        const u = unitOf(s.document, s.locator);
        if (!u) {
          failures.push(`${m.slug}: ${s.document} has no unit ${s.locator}`);
          continue;
        }
        if (s.quote.length === 0 || s.quote.length > 80 || s.quote !== normalise(s.quote)) {
          failures.push(`${m.slug}: quote must be 1-80 normalised characters: "${s.quote}"`);
        }
        if (!u.norm.includes(normalise(s.quote))) {
          failures.push(`${m.slug}: "${s.quote}" is not in ${s.document} ${s.locator}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("takes every Chinese title verbatim from one of the measure's own source units", () => {
    const failures = MEASURES.filter(
      (m) => !m.sources.some((s) => unitOf(s.document, s.locator)?.norm.includes(m.title.zh)),
    ).map((m) => `${m.slug}: "${m.title.zh}"`);
    expect(failures).toEqual([]);
  });

  it("cites each of the five documents", () => {
    for (const d of SOURCE_DOCUMENTS) expect(cited(d).size, d).toBeGreaterThan(10);
  });
});

describe("measures catalogue: actors and key measures", () => {
  it("has measures for every actor", () => {
    for (const actor of ADDRESSEES) {
      expect(MEASURES.filter((m) => m.actor === actor).length, actor).toBeGreaterThanOrEqual(5);
    }
  });

  it("marks the measures national progress is judged by as key, and only a handful", () => {
    expect([...KEY_MEASURE_SLUGS].sort()).toEqual(
      [
        "appoint-national-r2p-focal-point",
        "ratify-genocide-convention",
        "ratify-rome-statute",
        "criminalise-atrocity-crimes-in-national-law",
        "national-atrocity-risk-assessment",
        "national-early-warning-procedures",
        "national-atrocity-prevention-mechanism",
        "independent-national-human-rights-institution",
        "parliamentary-oversight-of-atrocity-prevention",
        "join-group-of-friends-of-r2p",
        "veto-restraint-in-atrocity-situations",
        "join-global-network-of-r2p-focal-points",
      ].sort(),
    );
  });

  it("addresses the parliamentary key measure to parliaments and the national ones to governments", () => {
    const bySlug = new Map(MEASURES.map((m) => [m.slug, m]));
    expect(bySlug.get("parliamentary-oversight-of-atrocity-prevention")?.actor).toBe("parliament");
    for (const slug of KEY_MEASURE_SLUGS.filter((s) => s !== "parliamentary-oversight-of-atrocity-prevention")) {
      expect(bySlug.get(slug)?.actor, slug).toBe("government");
    }
  });
});

describe("measures catalogue: coverage of the recommendation passages", () => {
  const locatorsWhere = (document: SourceDocument, pick: (u: ParsedUnit) => boolean) =>
    [...(units.get(document)?.values() ?? [])].filter(pick).map((u) => u.locator);
  const uncited = (document: SourceDocument, locators: string[]) => {
    const c = cited(document);
    return locators.filter((l) => !c.has(l));
  };

  it("cites A/72/884 paragraphs 45-49 and every sub-item", () => {
    const recs = locatorsWhere("a-72-884", (u) => /^(45|46|47|48|49)(\([a-z]\))?$/.test(u.locator));
    expect(recs.length).toBe(5 + 7 + 4 + 3 + 7);
    expect(uncited("a-72-884", recs)).toEqual([]);
  });

  it("cites A/63/677 paragraph 71 with its sub-items, and the early-warning annex", () => {
    const recs = locatorsWhere("a-63-677", (u) => /^71(\([a-z]\))?$/.test(u.locator) || /^annex-6\(/.test(u.locator));
    expect(recs).toContain("71(e)");
    expect(recs.some((l) => l.startsWith("annex-6("))).toBe(true);
    expect(uncited("a-63-677", recs)).toEqual([]);
  });

  it("cites every paragraph of section V of the 2025 report", () => {
    const recs = locatorsWhere("sg-2025", (u) => u.kind === "paragraph" && u.heading.startsWith("五."));
    expect(recs).toEqual(["75", "76", "77", "78", "79", "80"]);
    expect(uncited("sg-2025", recs)).toEqual([]);
  });

  it("cites the recommendation paragraphs of A/65/877", () => {
    // Paragraphs that recommend something to some actor (1-3, 5, 9, 10, 41 and 44 only narrate).
    const recs = ["8", "11", "12", "14", "16", "17", "18", "20", "23", "26", "27", "28", "29", "33", "34", "35", "36", "37", "38", "39", "42", "43"];
    expect(uncited("a-65-877", recs)).toEqual([]);
  });

  // The toolkit's lists of what each actor can do: every item is cited, except the ones named here.
  const TOOLKIT_NOT_MEASURES: Record<string, string> = {
    "s18-43": "source note of the table",
    "s24-1": "introduction",
    "s24-17": "lead-in to the list of asks",
    "s25-1": "introduction",
    "s25-16": "discussion questions",
    "s25-17": "discussion question",
    "s25-18": "discussion question",
    "s25-19": "discussion question",
    "s25-20": "discussion question",
    "s25-21": "discussion question",
    "s25-22": "discussion question",
    "s25-23": "discussion question",
    "s25-24": "discussion question",
    "s26-1": "list of partner constituencies",
    "s27-2": "lead-in",
    "s27-8": "lead-in",
    "s28-1": "introduction",
    "s28-2": "lead-in",
    "s29-1": "lead-in",
    "s30-1": "introduction",
    "s31-1": "introduction",
    "s31-2": "history of the IPU resolution",
    "s31-3": "lead-in",
    "s31-23": "introduction",
  };

  it("cites every item of the toolkit's prevention table and its lists for each actor", () => {
    const sections = ["s18", "s24", "s25", "s26", "s27", "s28", "s29", "s30", "s31"];
    const items = locatorsWhere(
      "icrtop-toolkit",
      (u) => u.kind === "item" && sections.some((s) => u.locator.startsWith(`${s}-`)),
    ).filter((l) => !(l in TOOLKIT_NOT_MEASURES));
    expect(items.length).toBeGreaterThan(150);
    expect(uncited("icrtop-toolkit", items)).toEqual([]);
  });

  it("tags the prevention table upstream for its first five headings and downstream for the rest", () => {
    const table = MEASURES.flatMap((m) =>
      m.sources
        .filter((s) => s.document === "icrtop-toolkit" && /^s18-\d+$/.test(s.locator))
        .map((s) => ({ n: Number(s.locator.slice(4)), m })),
    );
    // Only measures whose first source is the table are tagged from it; both halves must be present.
    const tagged = table.filter(({ m }) => m.sources[0]?.document === "icrtop-toolkit" && /^s18-/.test(m.sources[0].locator));
    expect(tagged.filter(({ n }) => n <= 24).length).toBeGreaterThan(0);
    expect(tagged.filter(({ n }) => n > 24).length).toBeGreaterThan(0);
    for (const { n, m } of tagged) expect(m.prevention, m.slug).toBe(n <= 24 ? "upstream" : "downstream");
  });
});
