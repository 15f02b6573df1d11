import {
  ZCreateDocumentInputSchema,
  ZDocumentSlugInputSchema,
  ZDocumentUnitInputSchema,
  ZListDocumentsInputSchema,
  ZSearchInputSchema,
  ZUploadFileSchema,
} from "~/server/services/documents/document-schemas";
import { currentLocator } from "~/server/services/documents/current-locator";
import { getCitableUnit } from "~/server/services/open-data/citable-unit";
import { getDocument } from "~/server/services/documents/get-document";
import { getUnit } from "~/server/services/documents/get-unit";
import { listDocuments } from "~/server/services/documents/list-documents";
import { createDocument, previewDocument } from "~/server/services/documents/upload-document";
import { searchAll } from "~/server/services/search/search-all";
import {
  ZGetDocumentOutputSchema,
  ZGetUnitOutputSchema,
  ZListDocumentsOutputSchema,
  ZCitableUnitOutputSchema,
  ZCurrentLocatorOutputSchema,
} from "~/server/services/documents/documents.types";
import { ZSearchAllOutputSchema } from "~/server/services/search/search-all.types";
import {
  ZDocumentsCreateOutputSchema,
  ZDocumentsPreviewOutputSchema,
} from "~/server/services/documents/upload-document.types";
import { decideRedirect } from "~/server/services/documents/redirects/decide-redirect";
import { redirectCandidates } from "~/server/services/documents/redirects/redirect-candidates";
import { redirectsToReview } from "~/server/services/documents/redirects/redirects-to-review";
import {
  ZDecideRedirectInputSchema,
  ZDecideRedirectOutputSchema,
  ZRedirectsToReviewInputSchema,
  ZRedirectsToReviewOutputSchema,
  ZRedirectCandidatesInputSchema,
  ZRedirectCandidatesOutputSchema,
} from "~/server/services/documents/redirects/redirect-review.types";
import { createTRPCRouter, permissionProcedure, publicProcedure, revalidatesPublicPages } from "../trpc";

export const documentsRouter = createTRPCRouter({
  list: publicProcedure
    .meta({ anonymousOutput: ZListDocumentsOutputSchema })
    .input(ZListDocumentsInputSchema)
    .output(ZListDocumentsOutputSchema)
    .query(({ input }) => listDocuments({ input })),
  get: publicProcedure
    .meta({ anonymousOutput: ZGetDocumentOutputSchema })
    .input(ZDocumentSlugInputSchema)
    .output(ZGetDocumentOutputSchema)
    .query(({ input }) => getDocument({ input })),
  unit: publicProcedure
    .meta({ anonymousOutput: ZGetUnitOutputSchema })
    .input(ZDocumentUnitInputSchema)
    .output(ZGetUnitOutputSchema)
    .query(({ input }) => getUnit({ input })),
  /** The locator a retired paragraph now lives at (null: no such unit), for permanent redirects. */
  currentLocator: publicProcedure
    .meta({ anonymousOutput: ZCurrentLocatorOutputSchema })
    .input(ZDocumentUnitInputSchema)
    .output(ZCurrentLocatorOutputSchema)
    .query(({ input }) => currentLocator({ input })),
  /** A live paragraph's document and locator, for its citation and discussion pages (null: no such unit). */
  citable: publicProcedure
    .meta({ anonymousOutput: ZCitableUnitOutputSchema })
    .input(ZDocumentUnitInputSchema)
    .output(ZCitableUnitOutputSchema)
    .query(({ input }) => getCitableUnit({ input })),
  /** Units, measures (type "measure") and visible actions in one list: the search page's box. */
  search: publicProcedure
    .meta({ anonymousOutput: ZSearchAllOutputSchema })
    .input(ZSearchInputSchema)
    .output(ZSearchAllOutputSchema)
    .query(({ ctx, input }) => searchAll({ ctx, input })),

  /** A mutation although it saves nothing: it carries a file, and is audited as an upload. */
  preview: permissionProcedure("document.create")
    .input(ZUploadFileSchema)
    .output(ZDocumentsPreviewOutputSchema)
    .mutation(({ ctx, input }) => previewDocument({ ctx, input })),
  create: permissionProcedure("document.create")
    .use(revalidatesPublicPages)
    .input(ZCreateDocumentInputSchema)
    .output(ZDocumentsCreateOutputSchema)
    .mutation(({ ctx, input }) => createDocument({ ctx, input })),

  /** Re-import redirects flagged for review, with the old and the proposed paragraph (decision 033). */
  redirectsToReview: permissionProcedure("document.reviewRedirects")
    .input(ZRedirectsToReviewInputSchema)
    .output(ZRedirectsToReviewOutputSchema)
    .query(({ input }) => redirectsToReview({ input })),
  /** The review's picker: live paragraphs of the redirect's own document, by locator or words. */
  redirectCandidates: permissionProcedure("document.reviewRedirects")
    .input(ZRedirectCandidatesInputSchema)
    .output(ZRedirectCandidatesOutputSchema)
    .query(({ input }) => redirectCandidates({ input })),
  /** Confirms or re-points one; every link on the retired paragraph follows in the same transaction. */
  decideRedirect: permissionProcedure("document.reviewRedirects")
    .use(revalidatesPublicPages)
    .input(ZDecideRedirectInputSchema)
    .output(ZDecideRedirectOutputSchema)
    .mutation(({ ctx, input }) => decideRedirect({ ctx, input })),
});
