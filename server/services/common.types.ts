// Building blocks of the output schemas (`*.types.ts` beside each service). One schema serves tRPC
// (superjson keeps Dates) and the JSON API (Dates travel as ISO strings: see openapi.ts, which
// renders `z.date()` as `string, format date-time`).
import { z } from "zod";

/** A text in both languages of the product. */
export const ZBilingualSchema = z
  .object({ zh: z.string(), en: z.string() })
  .meta({ examples: [{ zh: "保护的责任", en: "Responsibility to protect" }] });

/**
 * Content written in any of the six UN languages (decision 027): a key per language that has text,
 * none for a language not translated yet. Readers pick with `pickText`/`textIn` (db/localized-text.ts).
 */
export const ZLocalizedTextSchema = z
  .object({
    ar: z.string().optional(),
    zh: z.string().optional(),
    en: z.string().optional(),
    fr: z.string().optional(),
    ru: z.string().optional(),
    es: z.string().optional(),
  })
  .meta({ examples: [{ zh: "保护的责任", en: "Responsibility to protect", fr: "Responsabilité de protéger" }] });

/** A calendar day, as stored (`YYYY-MM-DD`). */
export const ZDaySchema = z.string().meta({ format: "date", examples: ["2024-05-17"] });

export const ZUuidSchema = z.string().meta({ format: "uuid", examples: ["0b6f3c2e-8d1a-4f57-9a0e-2c4b7d9e1f30"] });

/** The shared page shape of every list. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}

/** An export or template: a file the browser saves. */
export const ZFileDownloadSchema = z.object({
  filename: z.string().meta({ examples: ["commitment-2026-12-03.csv"] }),
  mime: z.string(),
  content: z.string(),
});

/** An empty CSV template (records.template): a file without a declared type. */
export const ZRecordTemplateOutputSchema = ZFileDownloadSchema.omit({ mime: true });
