// A document's title as the review screens show it. One small mapper, so the change of the title
// columns to a per-locale map touches this file only.
import type { document } from "~/db/schema";

export const documentTitle = (d: Pick<typeof document.$inferSelect, "titleZh" | "titleEn">) => ({ zh: d.titleZh, en: d.titleEn });
