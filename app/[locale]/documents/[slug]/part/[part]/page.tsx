// One later part of a document in the reader (decision 038); part 1 is the document's own page.
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentReader, documentParts } from "~/components/documents/document-reader";
import { textIn } from "~/db/localized-text";
import { asLocale } from "~/db/localized-text-ops";
import { loadDocument, loadLanguages } from "../../load-document";

/** Cached like the document's page (docs/decisions/010). */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/** The 0-based index of `/part/{part}`, or a 404 for anything but 2 … the number of parts. */
function partIndex(part: string, count: number) {
  const n = /^[1-9]\d{0,3}$/.test(part) ? Number(part) : NaN;
  if (!(n >= 1 && n <= count)) notFound();
  return n - 1;
}

type Params = Promise<{ locale: string; slug: string; part: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { locale, slug, part } = await params;
  const [doc, t] = await Promise.all([loadDocument(slug), getTranslations({ locale, namespace: "documents" })]);
  const index = partIndex(part, documentParts(doc).length);
  return { title: `${textIn(doc.title, asLocale(locale))} · ${t("part", { number: index + 1 })}` };
}

export default async function DocumentPartPage({ params }: { params: Params }) {
  const { locale, slug, part } = await params;
  setRequestLocale(locale);
  const doc = await loadDocument(slug);
  const index = partIndex(part, documentParts(doc).length);
  if (index === 0) permanentRedirect(`/${locale}/documents/${slug}`);
  const languages = await loadLanguages(slug);
  return <DocumentReader doc={doc} languages={languages} part={index} locale={locale} />;
}
