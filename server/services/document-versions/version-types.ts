// Output schemas of the language-version services (kept by hand beside them; tsc checks the services
// against these at the router).
import { z } from "zod";
import { LOCALES } from "~/db/locales";
import { unitKindEnum } from "~/db/schema";

const ZLocaleSchema = z.enum(LOCALES);

const ZCountsSchema = z.object({
  units: z.number().int(),
  paragraphs: z.number().int(),
  subitems: z.number().int(),
  annex: z.number().int(),
  headings: z.number().int(),
  footnotes: z.number().int(),
});

/** What the uploader is shown: how the version lines up with the original, and what does not. */
const ZAlignmentReportSchema = z.object({
  matched: z.number().int(),
  missingInVersion: z.array(z.string()),
  extraInVersion: z.array(z.string()),
});

export const ZPreviewLanguageVersionOutputSchema = z.object({
  fileName: z.string(),
  locale: ZLocaleSchema,
  characters: z.number().int(),
  counts: ZCountsSchema,
  alignment: ZAlignmentReportSchema,
  warnings: z.array(z.string()),
});

export const ZUploadLanguageVersionOutputSchema = ZPreviewLanguageVersionOutputSchema.extend({
  id: z.string(),
  slug: z.string(),
  version: z.number().int(),
});

export const ZLanguageVersionSummarySchema = z.object({
  locale: ZLocaleSchema,
  title: z.string(),
  /** The original is listed too, so a reader can switch back to it. */
  original: z.boolean(),
  version: z.number().int(),
  uploadedAt: z.date(),
});

export const ZListLanguageVersionsOutputSchema = z.object({
  slug: z.string(),
  versions: z.array(ZLanguageVersionSummarySchema),
});

export const ZLanguageVersionOutputSchema = z.object({
  slug: z.string(),
  symbol: z.string().nullable(),
  year: z.number().int(),
  locale: ZLocaleSchema,
  title: z.string(),
  original: z.boolean(),
  version: z.number().int(),
  units: z.array(
    z.object({
      locator: z.string(),
      kind: z.enum(unitKindEnum.enumValues),
      heading: z.string(),
      text: z.string(),
    }),
  ),
});

export const ZDeleteLanguageVersionOutputSchema = z.object({ id: z.string(), locale: ZLocaleSchema });

export type TLanguageVersionOutput = z.infer<typeof ZLanguageVersionOutputSchema>;
export type TListLanguageVersionsOutput = z.infer<typeof ZListLanguageVersionsOutputSchema>;
