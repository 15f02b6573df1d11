// The original document as a language version sees it: its language, title and live units.
import { textIn } from "~/db/localized-text";
import { and, asc, eq, isNull } from "drizzle-orm";
import { isLocale, type Locale } from "~/db/locales";
import { documentUnit, type document } from "~/db/schema";
import { db, type Queryable } from "~/db/client";

type DocumentRow = typeof document.$inferSelect;

/** The original's language: the column holds a locale code ("zh" for every seeded report). */
export function originalLocale(doc: Pick<DocumentRow, "language">): Locale {
  return isLocale(doc.language) ? doc.language : "zh";
}

/**
 * The original's title in its own language. The one place that reads the title columns, so the move to
 * one localized title (issue 18 item 4) changes only this function.
 */
export function originalTitle(doc: Pick<DocumentRow, "language" | "title">): string {
  return textIn(doc.title, originalLocale(doc));
}

export function originalUnits(documentId: string, tx: Queryable = db) {
  return tx
    .select({ locator: documentUnit.locator, kind: documentUnit.kind, heading: documentUnit.heading, text: documentUnit.text })
    .from(documentUnit)
    .where(and(eq(documentUnit.documentId, documentId), isNull(documentUnit.retiredAt)))
    .orderBy(asc(documentUnit.position));
}
