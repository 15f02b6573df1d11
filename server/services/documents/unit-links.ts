// The citations units make (with where they resolve to) and the citations made to them.
import type { LocalizedText } from "~/db/localized-text";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "~/db/client";
import { citation, citationTarget, document, documentUnit } from "~/db/schema";

export interface ResolvedCitation {
  symbol: string;
  raw: string;
  paragraphs: string[];
  /** The library document and the cited units' current locators; null when it is not ours. */
  target: { slug: string; locators: string[] } | null;
}

export interface CitedBy {
  type: "paragraph" | "footnote";
  slug: string;
  symbol: string | null;
  title: LocalizedText;
  locator: string;
}

/** Citations made by the given units, in text order, keyed by unit id. */
export async function citationsOf(unitIds: string[]): Promise<Map<string, ResolvedCitation[]>> {
  const out = new Map<string, ResolvedCitation[]>();
  if (unitIds.length === 0) return out;
  const target = alias(documentUnit, "target");
  const rows = await db
    .select({
      id: citation.id,
      unitId: citation.sourceUnitId,
      symbol: citation.symbol,
      raw: citation.raw,
      paragraphs: citation.paragraphs,
      targetSlug: document.slug,
      targetLocator: target.locator,
    })
    .from(citation)
    .leftJoin(document, and(eq(document.id, citation.targetDocumentId), isNull(document.deletedAt)))
    .leftJoin(citationTarget, eq(citationTarget.citationId, citation.id))
    .leftJoin(target, and(eq(target.id, citationTarget.unitId), isNull(target.retiredAt)))
    .where(inArray(citation.sourceUnitId, unitIds))
    .orderBy(asc(citation.sourceUnitId), asc(citation.position), asc(target.position));
  const byCitation = new Map<string, ResolvedCitation>();
  for (const r of rows) {
    let c = byCitation.get(r.id);
    if (!c) {
      c = {
        symbol: r.symbol,
        raw: r.raw,
        paragraphs: r.paragraphs,
        target: r.targetSlug ? { slug: r.targetSlug, locators: [] } : null,
      };
      byCitation.set(r.id, c);
      out.set(r.unitId, [...(out.get(r.unitId) ?? []), c]);
    }
    if (c.target && r.targetLocator) c.target.locators.push(r.targetLocator);
  }
  return out;
}

/** Units (of any document) citing the given units, keyed by the cited unit's id. */
export async function citedByOf(unitIds: string[]): Promise<Map<string, CitedBy[]>> {
  const out = new Map<string, CitedBy[]>();
  if (unitIds.length === 0) return out;
  const rows = await db
    .select({
      citedId: citationTarget.unitId,
      kind: documentUnit.kind,
      locator: documentUnit.locator,
      slug: document.slug,
      symbol: document.symbol,
      title: document.title,
    })
    .from(citationTarget)
    .innerJoin(citation, eq(citation.id, citationTarget.citationId))
    .innerJoin(documentUnit, and(eq(documentUnit.id, citation.sourceUnitId), isNull(documentUnit.retiredAt)))
    .innerJoin(document, and(eq(document.id, documentUnit.documentId), isNull(document.deletedAt)))
    .where(inArray(citationTarget.unitId, unitIds))
    .orderBy(asc(document.slug), asc(documentUnit.position));
  for (const r of rows) {
    const list = out.get(r.citedId) ?? [];
    if (list.some((x) => x.slug === r.slug && x.locator === r.locator)) continue;
    list.push({
      type: r.kind === "footnote" ? "footnote" : "paragraph",
      slug: r.slug,
      symbol: r.symbol,
      title: r.title,
      locator: r.locator,
    });
    out.set(r.citedId, list);
  }
  return out;
}
