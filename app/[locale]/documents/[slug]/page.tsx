import { LocalizedText } from "~/components/i18n/localized-text";
import { asLocale } from "~/db/localized-text-ops";
import { pickText, textIn } from "~/db/localized-text";
import { DEFAULT_LOCALE, isLocale, localeDirection } from "~/db/locales";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LanguageLinks } from "~/components/document-versions/language-links";
import { FootnoteList } from "~/components/documents/footnote-list";
import { TableOfContents } from "~/components/documents/table-of-contents";
import { UnitBlock } from "~/components/documents/unit-block";
import { ParagraphActionLabels } from "~/components/documents/paragraph-actions";
import { Link } from "~/components/ui/page-link";
import { publicServerApi } from "~/server/api/public-caller";
import { Arrow } from "~/components/ui/arrow";

// Cached per request: the metadata and the page read the same document once.
const load = cache(async (slug: string) => {
  const api = await publicServerApi();
  try {
    return await api.documents.get({ slug });
  } catch (err) {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST")) notFound();
    throw err;
  }
});

/** Rendered on first visit, then cached (docs/decisions/010); documents change only by admin upload. */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const doc = await load(slug);
  return { title: textIn(doc.title, asLocale(locale)) };
}

export default async function DocumentPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [t, doc] = await Promise.all([getTranslations("documents"), load(slug)]);
  // After `load`, which turns a missing document into a 404.
  const languages = await (await publicServerApi()).documentVersions.list({ slug });
  const lang = asLocale(locale);
  const originalTitle = pickText(doc.title, isLocale(doc.language) ? doc.language : DEFAULT_LOCALE);
  return (
    <div className="lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-10">
      <aside className="mb-6 lg:sticky lg:top-4 lg:mb-0 lg:self-start">
        <p className="no-print mb-3 text-sm">
          <Link href="/documents"><Arrow direction="back" /> {t("allDocuments")}</Link>
        </p>
        <TableOfContents units={doc.units} hasFootnotes={doc.footnotes.length > 0} />
      </aside>
      <article lang={doc.language === "zh" ? "zh-CN" : doc.language} className="min-w-0 max-w-[42rem]">
        <header className="mb-6 flex flex-col gap-1">
          <h1 className="text-2xl font-semibold leading-snug sm:text-3xl">
            <LocalizedText text={doc.title} />
          </h1>
          {/* The title as the document itself gives it, when the page shows another language's. */}
          {originalTitle.text && originalTitle.lang !== pickText(doc.title, asLocale(locale)).lang && (
            <p lang={originalTitle.lang ?? undefined} dir={originalTitle.lang ? localeDirection(originalTitle.lang) : undefined} className="text-slate-700">
              {originalTitle.text}
            </p>
          )}
          <p className="text-sm text-slate-600">
            {[doc.symbol ?? t("noSymbol"), doc.year].join(" · ")}
          </p>
          <p className="no-print flex flex-wrap gap-3 text-sm">
            <Link href={{ pathname: "/search", query: { document: doc.slug } }}>{t("searchThis")}</Link>
            <a href={`/api/v1/documents/${doc.slug}`}>{t("apiJson")}</a>
          </p>
          <LanguageLinks slug={doc.slug} reading={isLocale(doc.language) ? doc.language : "zh"} versions={languages.versions} />
        </header>
        <ParagraphActionLabels>
          {doc.units.map((u) => (
            <UnitBlock
              key={u.locator}
              unit={u}
              document={doc.slug}
              lang={lang}
              discussHref={`/documents/${doc.slug}/discuss/${encodeURIComponent(u.locator)}`}
            />
          ))}
        </ParagraphActionLabels>
        {doc.footnotes.length > 0 && <FootnoteList doc={doc} />}
      </article>
    </div>
  );
}
