// The secretariat's upload: preview what the parser finds in a file, then save it as a new document.
// Both steps parse the same bytes the same way; a file that cannot be read saves nothing.
import { eq } from "drizzle-orm";
import { db } from "~/db/client";
import { document } from "~/db/schema";
import { AppError, isUniqueViolation } from "~/server/errors";
import { parseDocument } from "~/server/ingest";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import type { TCreateDocumentInput, TUploadFileInput } from "./document-schemas";
import { countRows, sha256, unitRows } from "./document-rows";
import { decodeBase64, extractText } from "./extract-text";
import { importDocument } from "./import-document";

async function readAndParse(input: TUploadFileInput, slug: string) {
  const text = await extractText(input.fileName, decodeBase64(input.contentBase64));
  const parsed = parseDocument(text, { slug, kind: input.kind });
  if (parsed.units.length === 0) {
    throw new AppError("BAD_REQUEST", "the parser found nothing in the file", {
      messageKey: "fileNothingFound",
      details: { field: "file" },
    });
  }
  return { text, parsed };
}

export async function previewDocument({ ctx, input }: { ctx: AuthedServiceContext; input: TUploadFileInput }) {
  const { text, parsed } = await readAndParse(input, "preview");
  const rows = unitRows(parsed);
  const preview = {
    fileName: input.fileName,
    characters: text.length,
    counts: countRows(rows),
    headings: parsed.units.filter((u) => u.kind === "heading" || u.kind === "section").map((u) => ({ locator: u.locator, text: u.text })),
    sample: parsed.units.slice(0, 5).map((u) => ({ locator: u.locator, kind: u.kind, text: u.text.slice(0, 200) })),
    warnings: parsed.warnings,
  };
  // An upload puts a file on the server: who sent what is kept, even when it is never saved.
  await recordAuditEvent(db, ctx, {
    action: "document.preview",
    entityType: "document_upload",
    entityId: sha256(text),
    after: { fileName: input.fileName, counts: preview.counts, warnings: preview.warnings.length },
  });
  return preview;
}

export async function createDocument({ ctx, input }: { ctx: AuthedServiceContext; input: TCreateDocumentInput }) {
  const { text, parsed } = await readAndParse(input, input.slug);
  const meta = {
    slug: input.slug,
    symbol: input.symbol ? input.symbol.toUpperCase() : null,
    title: input.title,
    year: input.year,
    language: input.language,
    kind: input.kind,
  };
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: document.id }).from(document).where(eq(document.slug, meta.slug));
    if (taken) throw new AppError("CONFLICT", "slug already used", { messageKey: "slugTaken", details: { field: "slug" } });
    const result = await importDocument(tx, { meta, raw: text, parsed, createdById: ctx.viewer.id }).catch((err: unknown) =>
      Promise.reject(isUniqueViolation(err) ? new AppError("CONFLICT", "slug already used", { messageKey: "slugTaken" }) : err),
    );
    const counts = countRows(unitRows(parsed));
    await recordAuditEvent(tx, ctx, {
      action: "document.create",
      entityType: "document",
      entityId: result.documentId,
      after: { ...meta, fileName: input.fileName, sourceHash: sha256(text), counts, warnings: parsed.warnings },
    });
    return { id: result.documentId, slug: meta.slug, counts, warnings: parsed.warnings };
  });
}
