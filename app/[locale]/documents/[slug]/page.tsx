// A document in the reader: its first part and the table of contents of all (decision 038). Anchors
// of later parts (`#p-N`, the canonical citation URL) lead on to the part that holds them.
import { setRequestLocale } from "next-intl/server";
import { DocumentReader } from "~/components/documents/document-reader";
import { textIn } from "~/db/localized-text";
import { asLocale } from "~/db/localized-text-ops";
import { loadDocument, loadLanguages } from "./load-document";

/** Rendered on first visit, then cached (docs/decisions/010); documents change only by admin upload. */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const doc = await loadDocument(slug);
  return { title: textIn(doc.title, asLocale(locale)) };
}

export default async function DocumentPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const doc = await loadDocument(slug);
  const languages = await loadLanguages(slug);
  return <DocumentReader doc={doc} languages={languages} part={0} locale={locale} />;
}
