// Citation formats (issue 15): the plain text names the UN document symbol and the paragraph, in
// the reader's language; CSL-JSON carries what reference managers import.
import { describe, expect, it } from "vitest";
import { citeRecord, citeUnit, whereInDocument } from "~/server/domain/citations";

const report = { slug: "a-63-677", symbol: "A/63/677", title: { zh: "履行保护责任", en: "Implementing the responsibility to protect" }, year: 2009, language: "zh" };

describe("citations", () => {
  it("cite a paragraph of a UN report with its symbol, paragraph and stable link", () => {
    const c = citeUnit({ document: report, locator: "11(b)", locale: "en", base: "https://r2p.example/", accessed: "2026-12-03" });
    expect(c.url).toBe("https://r2p.example/en/documents/a-63-677#p-11(b)");
    expect(c.text).toBe(
      "Implementing the responsibility to protect, A/63/677 (2009), para. 11(b). https://r2p.example/en/documents/a-63-677#p-11(b) (accessed 3 December 2026).",
    );
    expect(c.csl).toMatchObject({
      id: "a-63-677-p-11(b)",
      type: "report",
      number: "A/63/677",
      publisher: "United Nations",
      section: "para. 11(b)",
      issued: { "date-parts": [[2009]] },
      accessed: { "date-parts": [[2026, 12, 3]] },
      URL: c.url,
    });
  });

  it("write Chinese citations in Chinese", () => {
    const c = citeUnit({ document: report, locator: "17", locale: "zh", base: "https://r2p.example", accessed: "2026-12-03" });
    expect(c.text).toBe("《履行保护责任》，A/63/677（2009），第17段。https://r2p.example/zh/documents/a-63-677#p-17（访问于2026年12月3日）。");
  });

  it("name footnotes, annexes and the toolkit's sections, and documents without a symbol", () => {
    expect(whereInDocument("fn-12", "en")).toBe("footnote 12");
    expect(whereInDocument("annex-3", "en")).toBe("annex, para. 3");
    expect(whereInDocument("parliaments-2", "en")).toBe("section parliaments-2");
    const toolkit = citeUnit({ document: { ...report, slug: "icrtop-toolkit", symbol: null }, locator: "parliaments-2", locale: "en", base: "https://r2p.example", accessed: "2026-12-03" });
    expect(toolkit.text.startsWith("Implementing the responsibility to protect (2009), section parliaments-2.")).toBe(true);
    expect(toolkit.csl.type).toBe("document");
    expect(toolkit.csl.number).toBeUndefined();
  });

  it("cite a published record as an entry of the tracker's database", () => {
    const c = citeRecord({
      record: { id: "0b6f3c2e-8d1a-4f57-9a0e-2c4b7d9e1f30", type: "commitment", title: "Joins the Group of Friends", holder: "Kenya", date: "2024-05-17", publishedAt: new Date("2024-06-01T10:00:00Z") },
      locale: "en",
      base: "https://r2p.example",
      accessed: "2026-12-03",
    });
    expect(c.url).toBe("https://r2p.example/en/records/0b6f3c2e-8d1a-4f57-9a0e-2c4b7d9e1f30");
    expect(c.text).toBe(
      "R2P Tracker, “Joins the Group of Friends” (Government commitment, Kenya, 17 May 2024). https://r2p.example/en/records/0b6f3c2e-8d1a-4f57-9a0e-2c4b7d9e1f30 (accessed 3 December 2026).",
    );
    expect(c.csl).toMatchObject({ type: "entry-database", "container-title": "R2P Tracker", issued: { "date-parts": [[2024, 6, 1]] } });
  });
});
