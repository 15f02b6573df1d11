// One column per translatable field: a jsonb map from locale to text (decision 027). Never null, so a
// reader can always index it; `{}` means "no text in any language yet".
import { sql } from "drizzle-orm";
import { jsonb } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../localized-text";

export const localizedText = () => jsonb().$type<LocalizedText>().notNull().default(sql`'{}'::jsonb`);
