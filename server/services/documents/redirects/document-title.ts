// A document's title as the review screens show it: the localized map (decision 027), picked by the page.
import type { document } from "~/db/schema";

export const documentTitle = (d: Pick<typeof document.$inferSelect, "title">) => d.title;
