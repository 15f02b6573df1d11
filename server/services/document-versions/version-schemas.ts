// Inputs of the language-version services: the same file rules as a document upload (ZUploadFileSchema:
// .txt or .pdf, 8 MB), plus the document, the language and, for a replacement, the version it replaces.
import { z } from "zod";
import { LOCALES } from "~/db/locales";
import { ZDocumentSlugInputSchema, ZUploadFileSchema } from "~/server/services/documents/document-schemas";

const ZLocaleSchema = z.enum(LOCALES);

export const ZLanguageVersionInputSchema = ZDocumentSlugInputSchema.extend({ locale: ZLocaleSchema });

export const ZPreviewLanguageVersionInputSchema = ZUploadFileSchema.omit({ kind: true }).extend(ZLanguageVersionInputSchema.shape);

export const ZUploadLanguageVersionInputSchema = ZPreviewLanguageVersionInputSchema.extend({
  title: z.string().trim().min(1).max(300),
  /** Set to replace the live version of this language: the version number the uploader saw. */
  replacesVersion: z.coerce.number().int().min(1).optional(),
});

export const ZDeleteLanguageVersionInputSchema = ZLanguageVersionInputSchema.extend({
  version: z.coerce.number().int().min(1),
});

export type TLanguageVersionInput = z.infer<typeof ZLanguageVersionInputSchema>;
export type TPreviewLanguageVersionInput = z.infer<typeof ZPreviewLanguageVersionInputSchema>;
export type TUploadLanguageVersionInput = z.infer<typeof ZUploadLanguageVersionInputSchema>;
export type TDeleteLanguageVersionInput = z.infer<typeof ZDeleteLanguageVersionInputSchema>;
