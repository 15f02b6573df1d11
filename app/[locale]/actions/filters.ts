// The list page's query string as list filters: a bad value (a typo in a shared link) is dropped,
// not an error page.
import { ZListActionsInputSchema } from "~/server/services/advocacy/action-schemas";

export const FILTER_KEYS = [
  "country",
  "kind",
  "organizationId",
  "measure",
  "outcomeKind",
  "visibility",
  "from",
  "to",
  "q",
  "mine",
] as const;

export function parseActionFilters(query: Record<string, string | string[] | undefined>) {
  const raw: Record<string, string> = {};
  for (const key of [...FILTER_KEYS, "page"]) {
    const v = query[key];
    if (typeof v === "string" && v.trim() !== "") raw[key] = v.trim();
  }
  let parsed = ZListActionsInputSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
    parsed = ZListActionsInputSchema.safeParse(raw);
  }
  return { input: parsed.success ? parsed.data : ZListActionsInputSchema.parse({}), raw };
}
