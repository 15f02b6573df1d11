// A jsonb column holding a name in several languages (`{ ar, zh, en, fr, ru, es }`) for the reference
// tables. Kept apart from the content helper's column (localized-text-column.ts) so the two can merge
// without a clash; both store the same shape, LocalizedText (decision 030).
import { jsonb } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../localized-text";

export const localizedName = () => jsonb().$type<LocalizedText>();
