// GET /api/v1/actions: public actions only — listed as an anonymous visitor, so the visibility
// rule itself keeps organisation and coalition actions out.
import type { z } from "zod";
import { loadActionDetails } from "./action-details";
import type { ZPublicActionsQuerySchema } from "./action-schemas";
import type { ZPublicActionsOutputSchema } from "./actions.types";
import { actionToJson } from "./export-actions";
import { listActions } from "./list-actions";

export async function listPublicActions({ input: query }: { input: z.output<typeof ZPublicActionsQuerySchema> }) {
  const page = await listActions({ ctx: { viewer: null }, input: query });
  const details = await loadActionDetails(
    null,
    page.items.map((i) => i.id),
  );
  // The export's row is the public shape; its words (kind, outcome) are stored as text, so they are
  // typed here and checked by the procedure's .output() on the way out.
  const items = details.map((a) => actionToJson(a, { authors: false })) as z.input<typeof ZPublicActionsOutputSchema>["items"];
  return { ...page, items };
}
