import {
  ZCreateDocumentInputSchema,
  ZDocumentSlugInputSchema,
  ZDocumentUnitInputSchema,
  ZListDocumentsInputSchema,
  ZSearchInputSchema,
  ZUploadFileSchema,
} from "~/server/services/documents/document-schemas";
import { getDocument } from "~/server/services/documents/get-document";
import { getUnit } from "~/server/services/documents/get-unit";
import { listDocuments } from "~/server/services/documents/list-documents";
import { createDocument, previewDocument } from "~/server/services/documents/upload-document";
import { searchAll } from "~/server/services/search/search-all";
import { createTRPCRouter, permissionProcedure, publicProcedure, revalidatesPublicPages } from "../trpc";

export const documentsRouter = createTRPCRouter({
  list: publicProcedure.input(ZListDocumentsInputSchema).query(({ input }) => listDocuments(input)),
  get: publicProcedure.input(ZDocumentSlugInputSchema).query(({ input }) => getDocument(input)),
  unit: publicProcedure.input(ZDocumentUnitInputSchema).query(({ input }) => getUnit(input)),
  /** Units and measures (type "measure") in one list: the search page's box. */
  search: publicProcedure.input(ZSearchInputSchema).query(({ ctx, input }) => searchAll(input, ctx.actor)),

  /** A mutation although it saves nothing: it carries a file, and is audited as an upload. */
  preview: permissionProcedure("document.create")
    .input(ZUploadFileSchema)
    .mutation(({ ctx, input }) => previewDocument(ctx, input)),
  create: permissionProcedure("document.create").use(revalidatesPublicPages)
    .input(ZCreateDocumentInputSchema)
    .mutation(({ ctx, input }) => createDocument(ctx, input)),
});
