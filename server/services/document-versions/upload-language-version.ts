// The secretariat adds a document in another language: the file goes through the same reader and parser
// as a document upload, its units are aligned with the original's by locator, and what does not line up
// is reported to the uploader (in the preview, and again after the save).
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { documentLanguageUnit, documentLanguageVersion } from "~/db/schema";
import { AppError, isUniqueViolation, staleVersion } from "~/server/errors";
import { parseDocument } from "~/server/ingest";
import { alignLocators } from "~/server/ingest/align-locators";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { countRows, sha256, unitRows } from "~/server/services/documents/document-rows";
import { decodeBase64, extractText } from "~/server/services/documents/extract-text";
import { findDocument } from "~/server/services/documents/get-document";
import { originalLocale, originalUnits } from "./original-units";
import type { TPreviewLanguageVersionInput, TUploadLanguageVersionInput } from "./version-schemas";

async function readParseAndAlign(input: TPreviewLanguageVersionInput) {
  const doc = await findDocument(input.slug);
  if (input.locale === originalLocale(doc)) {
    throw new AppError("BAD_REQUEST", "the original is already in this language", {
      messageKey: "sameLanguageAsOriginal",
      details: { field: "locale" },
    });
  }
  const text = await extractText(input.fileName, decodeBase64(input.contentBase64));
  const parsed = parseDocument(text, { slug: doc.slug, kind: doc.kind, language: input.locale });
  if (parsed.units.length === 0) {
    throw new AppError("BAD_REQUEST", "the parser found nothing in the file", {
      messageKey: "fileNothingFound",
      details: { field: "file" },
    });
  }
  const rows = unitRows(parsed);
  const aligned = alignLocators(await originalUnits(doc.id), rows);
  const report = {
    fileName: input.fileName,
    locale: input.locale,
    characters: text.length,
    counts: countRows(rows),
    alignment: {
      matched: aligned.rows.filter((r) => r.original && r.version).length,
      missingInVersion: aligned.missingInVersion,
      extraInVersion: aligned.extraInVersion,
    },
    warnings: parsed.warnings,
  };
  return { doc, text, rows, report };
}

export async function previewLanguageVersion({ ctx, input }: { ctx: AuthedServiceContext; input: TPreviewLanguageVersionInput }) {
  const { doc, text, report } = await readParseAndAlign(input);
  // An upload puts a file on the server: who sent what is kept, even when it is never saved.
  await recordAuditEvent(db, ctx, {
    action: "document_version.preview",
    entityType: "document_upload",
    entityId: sha256(text),
    after: { document: doc.slug, locale: input.locale, fileName: input.fileName, counts: report.counts },
  });
  return report;
}

const versionExists = () =>
  new AppError("CONFLICT", "a version in this language exists", {
    messageKey: "languageVersionExists",
    details: { field: "locale" },
  });

export async function uploadLanguageVersion({ ctx, input }: { ctx: AuthedServiceContext; input: TUploadLanguageVersionInput }) {
  const { doc, text, rows, report } = await readParseAndAlign(input);
  const source = { title: input.title, fileName: input.fileName, sourceHash: sha256(text), characters: text.length };
  return db
    .transaction(async (tx) => {
      const [live] = await tx
        .select()
        .from(documentLanguageVersion)
        .where(
          and(
            eq(documentLanguageVersion.documentId, doc.id),
            eq(documentLanguageVersion.locale, input.locale),
            isNull(documentLanguageVersion.deletedAt),
          ),
        );
      if (live && input.replacesVersion === undefined) throw versionExists();
      let saved: typeof documentLanguageVersion.$inferSelect | undefined;
      if (live) {
        [saved] = await tx
          .update(documentLanguageVersion)
          .set({ ...source, uploadedById: ctx.viewer.id, updatedAt: sql`now()`, version: sql`${documentLanguageVersion.version} + 1` })
          .where(and(eq(documentLanguageVersion.id, live.id), eq(documentLanguageVersion.version, input.replacesVersion ?? 0)))
          .returning();
        if (!saved) throw staleVersion("document_language_version", live.version);
        // The replaced text is the file it came from; the audit event keeps its hash and counts.
        await tx.delete(documentLanguageUnit).where(eq(documentLanguageUnit.versionId, live.id));
      } else {
        if (input.replacesVersion !== undefined) throw staleVersion("document_language_version", null);
        [saved] = await tx
          .insert(documentLanguageVersion)
          .values({ ...source, documentId: doc.id, locale: input.locale, uploadedById: ctx.viewer.id })
          .returning();
      }
      if (!saved) throw new Error("language version not saved");
      const versionId = saved.id;
      await tx.insert(documentLanguageUnit).values(
        rows.map((r) => ({
          versionId,
          locale: input.locale,
          locator: r.locator,
          kind: r.kind,
          heading: r.heading,
          text: r.text,
          position: r.position,
          footnoteNumber: r.footnoteNumber,
          searchTokens: r.searchTokens,
        })),
      );
      await recordAuditEvent(tx, ctx, {
        action: live ? "document_version.replace" : "document_version.create",
        entityType: "document_language_version",
        entityId: saved.id,
        before: live ? { title: live.title, fileName: live.fileName, sourceHash: live.sourceHash, version: live.version } : undefined,
        after: { document: doc.slug, locale: input.locale, ...source, version: saved.version, counts: report.counts, alignment: report.alignment },
      });
      return { ...report, id: saved.id, slug: doc.slug, version: saved.version };
    })
    .catch((err: unknown) => Promise.reject(isUniqueViolation(err) ? versionExists() : err));
}
