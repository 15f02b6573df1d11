// Reading a document in one of its languages: the original, or a live language version. The parallel
// reader reads two of these and aligns them (server/ingest/align-locators.ts).
import { and, asc, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { LOCALES } from "~/db/locales";
import { documentLanguageUnit, documentLanguageVersion } from "~/db/schema";
import { notFound } from "~/server/errors";
import { findDocument } from "~/server/services/documents/get-document";
import { originalLocale, originalTitle, originalUnits } from "./original-units";
import type { TLanguageVersionInput } from "./version-schemas";

const liveVersionsOf = (documentId: string) =>
  and(eq(documentLanguageVersion.documentId, documentId), isNull(documentLanguageVersion.deletedAt));

/** Every language the document can be read in, the original first, then the UN's order. */
export async function listLanguageVersions({ input }: { input: { slug: string } }) {
  const doc = await findDocument(input.slug);
  const rows = await db
    .select({
      locale: documentLanguageVersion.locale,
      title: documentLanguageVersion.title,
      version: documentLanguageVersion.version,
      uploadedAt: documentLanguageVersion.uploadedAt,
    })
    .from(documentLanguageVersion)
    .where(liveVersionsOf(doc.id));
  const original = { locale: originalLocale(doc), title: originalTitle(doc), original: true, version: doc.version, uploadedAt: doc.createdAt };
  const translations = rows
    .map((r) => ({ ...r, original: false }))
    .sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
  return { slug: doc.slug, versions: [original, ...translations] };
}

export async function getLanguageVersion({ input }: { input: TLanguageVersionInput }) {
  const doc = await findDocument(input.slug);
  const meta = { slug: doc.slug, symbol: doc.symbol, year: doc.year, locale: input.locale };
  if (input.locale === originalLocale(doc)) {
    const units = await originalUnits(doc.id);
    return { ...meta, title: originalTitle(doc), original: true, version: doc.version, units };
  }
  const [version] = await db
    .select()
    .from(documentLanguageVersion)
    .where(and(liveVersionsOf(doc.id), eq(documentLanguageVersion.locale, input.locale)));
  if (!version) throw notFound("document_language_version");
  const units = await db
    .select({
      locator: documentLanguageUnit.locator,
      kind: documentLanguageUnit.kind,
      heading: documentLanguageUnit.heading,
      text: documentLanguageUnit.text,
    })
    .from(documentLanguageUnit)
    .where(eq(documentLanguageUnit.versionId, version.id))
    .orderBy(asc(documentLanguageUnit.position));
  return { ...meta, title: version.title, original: false, version: version.version, units };
}
