// Stores a parsed document, or a new version of one. A new version keeps each unit's identity where
// its text is unchanged or nearly so (match-units.ts); a unit that disappeared is retired, never
// deleted, and its links follow it to its closest successor or stay put, flagged for review.
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { citation, document, documentUnit, unitRedirect } from "~/db/schema";
import type { ParsedDocument } from "~/server/ingest";
import { contentHash, type DocumentMeta, sha256, type UnitRow, unitRows } from "./document-rows";
import { linkCitations } from "./link-citations";
import { matchUnits } from "./match-units";
import { moveUnitLinks } from "./redirects/unit-links";

export interface ImportResult {
  documentId: string;
  status: "created" | "updated" | "unchanged";
  version: number;
  retired: number;
  flagged: number;
}

interface ImportInput {
  meta: DocumentMeta;
  raw: string;
  parsed: ParsedDocument;
  createdById?: string | null;
}

const CHUNK = 500;
/** Serialises imports across app instances starting together on one fresh database. */
const IMPORT_LOCK = 72_530_001;

export async function importDocument(tx: Queryable, input: ImportInput): Promise<ImportResult> {
  const rows = unitRows(input.parsed);
  const hash = contentHash(input.meta, rows);
  await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
  const [existing] = await tx.select().from(document).where(eq(document.slug, input.meta.slug));
  if (existing && existing.contentHash === hash && !existing.deletedAt) {
    return { documentId: existing.id, status: "unchanged", version: existing.version, retired: 0, flagged: 0 };
  }
  const values = { ...input.meta, sourceHash: sha256(input.raw), contentHash: hash };
  if (!existing) {
    const [doc] = await tx
      .insert(document)
      .values({ ...values, createdById: input.createdById ?? null })
      .returning({ id: document.id });
    const ids = await insertUnits(tx, doc!.id, rows);
    await insertCitations(tx, rows, ids);
    await linkCitations(tx);
    return { documentId: doc!.id, status: "created", version: 1, retired: 0, flagged: 0 };
  }
  const version = existing.version + 1;
  const result = await replaceUnits(tx, existing.id, rows, version);
  await tx
    .update(document)
    .set({ ...values, version, deletedAt: null, updatedAt: new Date() })
    .where(eq(document.id, existing.id));
  await linkCitations(tx);
  return { documentId: existing.id, status: "updated", version, ...result };
}

async function replaceUnits(tx: Queryable, documentId: string, rows: UnitRow[], version: number) {
  const known = await tx
    .select({ id: documentUnit.id, locator: documentUnit.locator, text: documentUnit.text })
    .from(documentUnit)
    .where(and(eq(documentUnit.documentId, documentId), isNull(documentUnit.retiredAt)));
  const { kept, redirects } = matchUnits(known, rows);
  const retiredIds = redirects.map((r) => r.fromId);
  if (retiredIds.length > 0) {
    await tx.update(documentUnit).set({ retiredAt: new Date() }).where(inArray(documentUnit.id, retiredIds));
  }
  // Kept units may swap locators (renumbering): park them on unique temporary ones first, so the
  // unique (document, locator) index never sees two live units with one locator.
  await tx
    .update(documentUnit)
    .set({ locator: sql`'~' || ${documentUnit.id}::text` })
    .where(and(eq(documentUnit.documentId, documentId), isNull(documentUnit.retiredAt)));
  const ids: string[] = new Array<string>(rows.length);
  for (const [index, id] of kept) {
    const { citations: _c, ...row } = rows[index]!;
    await tx.update(documentUnit).set(row).where(eq(documentUnit.id, id));
    ids[index] = id;
  }
  const fresh = rows.map((r, i) => ({ r, i })).filter(({ i }) => !kept.has(i));
  const freshIds = await insertUnits(tx, documentId, fresh.map((f) => f.r));
  fresh.forEach((f, n) => (ids[f.i] = freshIds[n]!));

  // Citations are derived from the text: rebuild this document's, then re-link everything.
  const allUnits = tx.select({ id: documentUnit.id }).from(documentUnit).where(eq(documentUnit.documentId, documentId));
  await tx.delete(citation).where(inArray(citation.sourceUnitId, allUnits));
  await insertCitations(tx, rows, ids);

  for (const r of redirects) {
    const toUnitId = r.toIndex === null ? null : ids[r.toIndex]!;
    await tx.insert(unitRedirect).values({
      fromUnitId: r.fromId,
      toUnitId,
      documentId,
      similarity: r.similarity,
      needsReview: r.needsReview,
      documentVersion: version,
    });
    // Earlier redirects into the unit now retired follow it on.
    await tx
      .update(unitRedirect)
      .set({ toUnitId, needsReview: sql`${unitRedirect.needsReview} or ${r.needsReview}` })
      .where(eq(unitRedirect.toUnitId, r.fromId));
    if (toUnitId && !r.needsReview) await moveUnitLinks(tx, r.fromId, toUnitId);
  }
  return { retired: redirects.length, flagged: redirects.filter((r) => r.needsReview).length };
}

async function insertUnits(tx: Queryable, documentId: string, rows: UnitRow[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map(({ citations: _c, ...r }) => ({ ...r, documentId }));
    const inserted = await tx.insert(documentUnit).values(chunk).returning({ id: documentUnit.id });
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

async function insertCitations(tx: Queryable, rows: UnitRow[], ids: string[]) {
  const values = rows.flatMap((r, i) =>
    r.citations.map((c, position) => ({
      sourceUnitId: ids[i]!,
      position,
      symbol: c.symbol,
      raw: c.raw,
      paragraphs: c.paragraphs,
    })),
  );
  for (let i = 0; i < values.length; i += CHUNK) {
    await tx.insert(citation).values(values.slice(i, i + CHUNK));
  }
}
