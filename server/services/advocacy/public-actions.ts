// GET /api/v1/actions: public actions only — listed as an anonymous visitor, so the visibility
// rule itself keeps organisation and coalition actions out.
import type { z } from "zod";
import { loadActionDetails } from "./action-details";
import type { ZPublicActionsQuerySchema } from "./action-schemas";
import { actionToJson } from "./export-actions";
import { listActions } from "./list-actions";

export async function listPublicActions(query: z.output<typeof ZPublicActionsQuerySchema>) {
  const page = await listActions({ ctx: { actor: null }, input: query });
  const details = await loadActionDetails(
    null,
    page.items.map((i) => i.id),
  );
  return { ...page, items: details.map((a) => actionToJson(a, { authors: false })) };
}
