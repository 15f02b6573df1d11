// Output schemas of the document upload (preview and create).
// Generated from the services' return types, then kept by hand: a change in what a service
// returns must be mirrored here (tsc checks the service against the schema at the router).
import { z } from "zod";

export const ZDocumentsPreviewOutputSchema = z.object({
  fileName: z.string(),
  characters: z.number(),
  counts: z.object({
    units: z.number(),
    paragraphs: z.number(),
    subitems: z.number(),
    annex: z.number(),
    headings: z.number(),
    footnotes: z.number(),
  }),
  headings: z.array(z.object({ locator: z.string(), text: z.string() })),
  sample: z.array(
    z.object({
      locator: z.string(),
      kind: z.enum([
        "summary",
        "heading",
        "paragraph",
        "subitem",
        "annex",
        "annex-subitem",
        "section",
        "item",
      ]),
      text: z.string(),
    }),
  ),
  warnings: z.array(z.string()),
});
export type TDocumentsPreviewOutput = z.infer<typeof ZDocumentsPreviewOutputSchema>;

export const ZDocumentsCreateOutputSchema = z.object({
  id: z.string(),
  slug: z.string(),
  counts: z.object({
    units: z.number(),
    paragraphs: z.number(),
    subitems: z.number(),
    annex: z.number(),
    headings: z.number(),
    footnotes: z.number(),
  }),
  warnings: z.array(z.string()),
});
export type TDocumentsCreateOutput = z.infer<typeof ZDocumentsCreateOutputSchema>;
