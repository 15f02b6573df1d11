// Inputs of the document services: shared by tRPC procedures and the public route handlers.
import { z } from "zod";
import { requiredLocalizedTextInput } from "~/server/validation/localized-text-input";
import { documentKindEnum } from "~/db/schema";

const ZSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const ZListDocumentsInputSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const ZDocumentSlugInputSchema = z.object({ slug: ZSlugSchema });

export const ZDocumentUnitInputSchema = z.object({
  slug: ZSlugSchema,
  locator: z.string().trim().min(1).max(100),
});

export const SEARCH_MAX_LENGTH = 200;

export const ZSearchInputSchema = z.object({
  q: z.string().trim().min(1).max(SEARCH_MAX_LENGTH),
  document: ZSlugSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});

/** 8 MB of file, as base64 (4 characters per 3 bytes). */
const MAX_BASE64 = Math.ceil((8 * 1024 * 1024 * 4) / 3);

export const ZUploadFileSchema = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/\.(txt|pdf)$/i),
  contentBase64: z.string().min(1).max(MAX_BASE64),
  kind: z.enum(documentKindEnum.enumValues).default("un-report"),
});

export const ZCreateDocumentInputSchema = ZUploadFileSchema.extend({
  slug: ZSlugSchema,
  symbol: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9/().\-]*$/)
    .optional()
    .or(z.literal("")),
  title: requiredLocalizedTextInput(300),
  year: z.coerce.number().int().min(1945).max(2100),
  language: z.enum(["zh", "en"]).default("zh"),
});

export type TListDocumentsInput = z.infer<typeof ZListDocumentsInputSchema>;
export type TSearchInput = z.infer<typeof ZSearchInputSchema>;
export type TUploadFileInput = z.infer<typeof ZUploadFileSchema>;
export type TCreateDocumentInput = z.infer<typeof ZCreateDocumentInputSchema>;
