// The reader, one part at a time (decision 038): the document's header, the table of contents of every
// part, this part's paragraphs and footnotes, and the way to the previous and next parts. The
// document's own page is part 1; `/documents/{slug}#p-N` still lands on any paragraph through
// PartRedirect, and links the reader makes within the document point straight at the right part.
import { getTranslations } from "next-intl/server";
import { LocalizedText } from "~/components/i18n/localized-text";
import { LanguageLinks } from "~/components/document-versions/language-links";
import type { LanguageVersionList } from "~/components/document-versions/types";
import { Link } from "~/components/ui/page-link";
import { Arrow } from "~/components/ui/arrow";
import { asLocale } from "~/db/localized-text-ops";
import { pickText } from "~/db/localized-text";
import { DEFAULT_LOCALE, isLocale, localeDirection } from "~/db/locales";
import { FootnoteList } from "./footnote-list";
import { ParagraphActionLabels } from "./paragraph-actions";
import { PartNavigation } from "./part-navigation";
import { PartRedirect } from "./part-redirect";
import { footnotePart, partLocators, partPath, splitIntoParts } from "./parts";
import { TableOfContents } from "./table-of-contents";
import type { DocumentDetail } from "./types";
import { UnitBlock } from "./unit-block";

/** The parts of `doc`, for the pages that must agree on them (the part route checks its number). */
export function documentParts(doc: DocumentDetail) {
  return splitIntoParts(doc.units, doc.footnotes);
}

export async function DocumentReader({
  doc,
  languages,
  part,
  locale,
}: {
  doc: DocumentDetail;
  languages: LanguageVersionList;
  /** 0-based; part 0 is the document's own page. */
  part: number;
  locale: string;
}) {
  const t = await getTranslations("documents");
  const lang = asLocale(locale);
  const parts = documentParts(doc);
  const units = parts[part] ?? [];
  const fnPart = footnotePart(parts, doc.footnotes);
  const footnotes = doc.footnotes.filter((f) => fnPart.get(f.number) === part);
  const locators = partLocators(parts, doc.footnotes);
  const partOf = new Map(locators.flatMap((ls, i) => ls.map((l) => [l, i] as const)));
  /** Within this document, straight to the part that holds the paragraph; elsewhere, the canonical URL. */
  const href = (slug: string, locator: string | undefined) => {
    if (slug !== doc.slug || locator === undefined) return `/documents/${slug}${locator ? `#p-${locator}` : ""}`;
    return `${partPath(slug, partOf.get(locator) ?? 0)}#p-${locator}`;
  };
  const originalTitle = pickText(doc.title, isLocale(doc.language) ? doc.language : DEFAULT_LOCALE);
  const summaries = parts.map((p, i) => {
    const paragraphs = p.filter((u) => u.kind !== "heading" && u.kind !== "section");
    return { path: partPath(doc.slug, i), first: paragraphs[0]?.locator ?? p[0]!.locator, last: paragraphs.at(-1)?.locator ?? p.at(-1)!.locator };
  });
  return (
    <div className="lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-10">
      {parts.length > 1 && <PartRedirect parts={locators.map((ls) => ls.join(" ")).join("\n")} current={part} />}
      <aside className="mb-6 lg:sticky lg:top-4 lg:mb-0 lg:self-start">
        <p className="no-print mb-3 text-sm">
          <Link href="/documents"><Arrow direction="back" /> {t("allDocuments")}</Link>
        </p>
        <TableOfContents parts={parts} summaries={summaries} current={part} hasFootnotes={footnotes.length > 0} />
      </aside>
      <article lang={doc.language === "zh" ? "zh-CN" : doc.language} className="min-w-0 max-w-[42rem]">
        <header className="mb-6 flex flex-col gap-1">
          <h1 className="text-2xl font-semibold leading-snug sm:text-3xl">
            <LocalizedText text={doc.title} />
          </h1>
          {/* The title as the document itself gives it, when the page shows another language's. */}
          {originalTitle.text && originalTitle.lang !== pickText(doc.title, lang).lang && (
            <p lang={originalTitle.lang ?? undefined} dir={originalTitle.lang ? localeDirection(originalTitle.lang) : undefined} className="text-slate-700">
              {originalTitle.text}
            </p>
          )}
          <p className="text-sm text-slate-600">
            {[doc.symbol ?? t("noSymbol"), doc.year].join(" · ")}
          </p>
          {parts.length > 1 && (
            <p className="text-sm text-slate-600" data-testid="part-of">
              {t("partOf", { number: part + 1, total: parts.length, first: summaries[part]!.first, last: summaries[part]!.last })}
            </p>
          )}
          <p className="no-print flex flex-wrap gap-3 text-sm">
            <Link href={{ pathname: "/search", query: { document: doc.slug } }}>{t("searchThis")}</Link>
            <a href={`/api/v1/documents/${doc.slug}`}>{t("apiJson")}</a>
          </p>
          <LanguageLinks slug={doc.slug} reading={isLocale(doc.language) ? doc.language : "zh"} versions={languages.versions} />
        </header>
        <ParagraphActionLabels>
          {units.map((u) => (
            <UnitBlock
              key={u.locator}
              unit={u}
              document={doc.slug}
              lang={lang}
              href={href}
              discussHref={`/documents/${doc.slug}/discuss/${encodeURIComponent(u.locator)}`}
            />
          ))}
        </ParagraphActionLabels>
        {footnotes.length > 0 && <FootnoteList units={units} footnotes={footnotes} href={href} />}
        {parts.length > 1 && <PartNavigation summaries={summaries} current={part} />}
      </article>
    </div>
  );
}
