// Loads the vendored documents (db/seed/documents/catalog.ts) through the parser: safe and cheap on every
// start, since a document whose parsed content hash is unchanged is skipped.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "~/db/client";
import { parseDocument } from "~/server/ingest";
import { importDocument, type ImportResult } from "~/server/services/documents/import-document";
import { DOCUMENT_CATALOG, type DocumentCatalogEntry } from "~/db/seed/documents/catalog";

const DIR = path.join(process.cwd(), "db", "seed", "documents");

export function readVendored(entry: DocumentCatalogEntry): string {
  return readFileSync(path.join(DIR, entry.file), "utf8");
}

export async function seedDocuments(db: Db): Promise<Record<string, ImportResult["status"]>> {
  const out: Record<string, ImportResult["status"]> = {};
  // One transaction per document: a failure leaves the others as they were, never half a document.
  for (const entry of DOCUMENT_CATALOG) {
    const raw = readVendored(entry);
    const parsed = parseDocument(raw, { slug: entry.slug, kind: entry.kind });
    const meta = {
      slug: entry.slug,
      symbol: entry.symbol,
      title: entry.title,
      year: entry.year,
      language: entry.language,
      kind: entry.kind,
    };
    const result = await db.transaction((tx) => importDocument(tx, { meta, raw, parsed }));
    out[entry.slug] = result.status;
  }
  return out;
}
