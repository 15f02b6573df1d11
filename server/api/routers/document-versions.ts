// A document's versions in other languages: read by anyone, uploaded and withdrawn by the secretariat.
import {
  ZDeleteLanguageVersionInputSchema,
  ZLanguageVersionInputSchema,
  ZPreviewLanguageVersionInputSchema,
  ZUploadLanguageVersionInputSchema,
} from "~/server/services/document-versions/version-schemas";
import {
  ZDeleteLanguageVersionOutputSchema,
  ZLanguageVersionOutputSchema,
  ZListLanguageVersionsOutputSchema,
  ZPreviewLanguageVersionOutputSchema,
  ZUploadLanguageVersionOutputSchema,
} from "~/server/services/document-versions/version-types";
import { deleteLanguageVersion } from "~/server/services/document-versions/delete-language-version";
import { getLanguageVersion, listLanguageVersions } from "~/server/services/document-versions/read-language-version";
import { previewLanguageVersion, uploadLanguageVersion } from "~/server/services/document-versions/upload-language-version";
import { ZDocumentSlugInputSchema } from "~/server/services/documents/document-schemas";
import { createTRPCRouter, permissionProcedure, publicProcedure, revalidatesPublicPages } from "../trpc";

export const documentVersionsRouter = createTRPCRouter({
  list: publicProcedure
    .meta({ anonymousOutput: ZListLanguageVersionsOutputSchema })
    .input(ZDocumentSlugInputSchema)
    .output(ZListLanguageVersionsOutputSchema)
    .query(({ input }) => listLanguageVersions({ input })),
  get: publicProcedure
    .meta({ anonymousOutput: ZLanguageVersionOutputSchema })
    .input(ZLanguageVersionInputSchema)
    .output(ZLanguageVersionOutputSchema)
    .query(({ input }) => getLanguageVersion({ input })),

  /** A mutation although it saves nothing: it carries a file, and is audited as an upload. */
  preview: permissionProcedure("document.manageLanguageVersions")
    .input(ZPreviewLanguageVersionInputSchema)
    .output(ZPreviewLanguageVersionOutputSchema)
    .mutation(({ ctx, input }) => previewLanguageVersion({ ctx, input })),
  upload: permissionProcedure("document.manageLanguageVersions")
    .use(revalidatesPublicPages)
    .input(ZUploadLanguageVersionInputSchema)
    .output(ZUploadLanguageVersionOutputSchema)
    .mutation(({ ctx, input }) => uploadLanguageVersion({ ctx, input })),
  delete: permissionProcedure("document.manageLanguageVersions")
    .use(revalidatesPublicPages)
    .input(ZDeleteLanguageVersionInputSchema)
    .output(ZDeleteLanguageVersionOutputSchema)
    .mutation(({ ctx, input }) => deleteLanguageVersion({ ctx, input })),
});
