// Shared loader for the ingest tests: reads a vendored document once and parses it once per test run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument, type ParsedDocument, type ParsedUnit } from "~/server/ingest";

const DIR = path.resolve(import.meta.dirname, "../../../db/seed/documents");
const cache = new Map<string, ParsedDocument>();

export const SLUGS = ["icrtop-toolkit", "a-63-677", "sg-2025", "a-72-884", "a-65-877"] as const;
export type Slug = (typeof SLUGS)[number];

export function raw(slug: Slug): string {
  return readFileSync(path.join(DIR, `${slug}.txt`), "utf8");
}

export function parsed(slug: Slug): ParsedDocument {
  let doc = cache.get(slug);
  if (!doc) {
    doc = parseDocument(raw(slug), { slug, kind: slug === "icrtop-toolkit" ? "toolkit" : "un-report" });
    cache.set(slug, doc);
  }
  return doc;
}

export function unit(slug: Slug, locator: string): ParsedUnit {
  const u = parsed(slug).units.find((x) => x.locator === locator);
  if (!u) throw new Error(`${slug}: no unit ${locator}`);
  return u;
}

export function footnote(slug: Slug, n: number) {
  const f = parsed(slug).footnotes.find((x) => x.number === n);
  if (!f) throw new Error(`${slug}: no footnote ${n}`);
  return f;
}

export function locators(slug: Slug, kind: ParsedUnit["kind"]): string[] {
  return parsed(slug).units.filter((u) => u.kind === kind).map((u) => u.locator);
}

export const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
