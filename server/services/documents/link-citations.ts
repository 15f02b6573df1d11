// Turns citations into links: the symbol to a library document, the cited paragraph numbers to that
// document's units. Idempotent; run after any document is added or re-imported.
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { citation, document } from "~/db/schema";
import { resolveSymbol } from "~/server/ingest/citations";

export async function linkCitations(tx: Queryable) {
  const docs = await tx
    .select({ id: document.id, slug: document.slug, symbol: document.symbol })
    .from(document)
    .where(isNull(document.deletedAt));
  const idBySlug = new Map(docs.map((d) => [d.slug, d.id]));
  const unresolved = await tx
    .selectDistinct({ symbol: citation.symbol })
    .from(citation)
    .where(isNull(citation.targetDocumentId));
  for (const { symbol } of unresolved) {
    const slug = resolveSymbol(symbol, docs);
    const id = slug ? idBySlug.get(slug) : undefined;
    if (!id) continue;
    await tx
      .update(citation)
      .set({ targetDocumentId: id })
      .where(and(eq(citation.symbol, symbol), isNull(citation.targetDocumentId)));
  }
  // A citation already linked keeps its links (they may have been redirected by a re-import);
  // only citations with no links yet are linked by locator.
  await tx.execute(sql`
    insert into citation_target (citation_id, unit_id)
    select c.id, u.id
    from citation c
    join document_unit u
      on u.document_id = c.target_document_id and u.retired_at is null and u.locator = any(c.paragraphs)
    where not exists (select 1 from citation_target t where t.citation_id = c.id)
    on conflict do nothing`);
}
