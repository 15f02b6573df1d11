import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOCUMENT_CATALOG } from "~/db/seed/documents/catalog";
import { LIBRARY } from "~/server/ingest/library";

const DIR = path.resolve(import.meta.dirname, "../../../db/seed/documents");

describe("document catalogue", () => {
  it("lists the five vendored files", () => {
    expect(DOCUMENT_CATALOG.map((d) => d.slug)).toEqual(["icrtop-toolkit", "a-63-677", "sg-2025", "a-72-884", "a-65-877"]);
    for (const d of DOCUMENT_CATALOG) expect(existsSync(path.join(DIR, d.file)), d.file).toBe(true);
    expect(existsSync(path.join(DIR, "PROVENANCE.md"))).toBe(true);
  });
  it("matches the parser's citation library", () => {
    expect(DOCUMENT_CATALOG.map(({ slug, symbol }) => ({ slug, symbol }))).toEqual(LIBRARY);
  });
  it("symbols appear in their own text where the text carries one", () => {
    for (const d of DOCUMENT_CATALOG) {
      if (!d.symbol) continue;
      const text = readFileSync(path.join(DIR, d.file), "utf8");
      const own = d.symbol.split("-")[0] ?? "";
      if (d.slug === "a-63-677") expect(text).toContain(own);
    }
  });
});
