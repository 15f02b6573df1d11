// Withdraws a language version (soft delete): readers and search stop seeing it; the rows stay for the
// audit trail, and a new upload in the same language may follow.
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { documentLanguageVersion } from "~/db/schema";
import { notFound, staleVersion } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { findDocument } from "~/server/services/documents/get-document";
import type { TDeleteLanguageVersionInput } from "./version-schemas";

export async function deleteLanguageVersion({ ctx, input }: { ctx: AuthedServiceContext; input: TDeleteLanguageVersionInput }) {
  const doc = await findDocument(input.slug);
  return db.transaction(async (tx) => {
    const live = and(
      eq(documentLanguageVersion.documentId, doc.id),
      eq(documentLanguageVersion.locale, input.locale),
      isNull(documentLanguageVersion.deletedAt),
    );
    const [current] = await tx.select().from(documentLanguageVersion).where(live);
    if (!current) throw notFound("document_language_version");
    const [deleted] = await tx
      .update(documentLanguageVersion)
      .set({ deletedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${documentLanguageVersion.version} + 1` })
      .where(and(live, eq(documentLanguageVersion.version, input.version)))
      .returning({ id: documentLanguageVersion.id });
    if (!deleted) throw staleVersion("document_language_version", current.version);
    await recordAuditEvent(tx, ctx, {
      action: "document_version.delete",
      entityType: "document_language_version",
      entityId: deleted.id,
      before: { document: doc.slug, locale: input.locale, title: current.title, version: current.version },
    });
    return { id: deleted.id, locale: input.locale };
  });
}
