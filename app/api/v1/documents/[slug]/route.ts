import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { parseParams, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { getDocument } from "~/server/services/documents/get-document";

const endpoint = PUBLIC_ENDPOINTS.document;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const input = parseParams(await params, endpoint.params, "document");
  if (!input.ok) return input.response;
  // The reader's document (ids, links per unit) goes out in the public shape: the schema drops the rest.
  return respond(endpoint, async () => {
    await ensureDatabaseReady();
    return getDocument({ input: input.data });
  });
}
