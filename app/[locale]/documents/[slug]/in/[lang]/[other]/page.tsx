// Two languages of a document side by side, paragraph by paragraph (stacked on a phone): rows follow the
// first language, aligned by locator; a unit one side lacks leaves its cell marked empty.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LanguageLinks } from "~/components/document-versions/language-links";
import { documentLanguage } from "~/server/i18n/locale-tags";
import { VersionUnit } from "~/components/document-versions/version-unit";
import type { Locale } from "~/db/locales";
import { alignLocators } from "~/server/ingest/align-locators";
import { Link } from "~/server/i18n/navigation";
import { loadVersion, loadVersionList, routeLocale } from "../../load-version";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; slug: string; lang: string; other: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { slug, lang } = await params;
  return { title: (await loadVersion(slug, routeLocale(lang))).title };
}

export default async function ParallelReaderPage({ params }: { params: Params }) {
  const { locale, slug, lang, other } = await params;
  setRequestLocale(locale);
  const [first, second] = [routeLocale(lang), routeLocale(other)];
  const [t, tRoot, left, right, list] = await Promise.all([
    getTranslations("documentVersions"),
    getTranslations(),
    loadVersion(slug, first),
    loadVersion(slug, second),
    loadVersionList(slug),
  ]);
  const body = (units: typeof left.units) => units.filter((u) => u.kind !== "footnote");
  const aligned = alignLocators(body(left.units), body(right.units));
  const cell = (lang: Locale, unit: (typeof left.units)[number] | null) => (
    <div {...documentLanguage(lang)} className="min-w-0">
      {unit ? <VersionUnit unit={unit} anchorPrefix={`${lang}-p`} /> : <p className="mt-4 text-sm text-slate-500 italic">{t("notInThisVersion")}</p>}
    </div>
  );
  return (
    <div>
      <p className="no-print mb-3 text-sm">
        <Link href={`/documents/${slug}`}>← {t("backToDocument")}</Link>
      </p>
      <header className="mb-6 flex flex-col gap-2">
        <h1 className="text-2xl font-semibold leading-snug">
          {t("parallelHeading", { first: tRoot(`languages.${first}`), second: tRoot(`languages.${second}`) })}
        </h1>
        <p className="text-sm text-slate-600">{[left.symbol, left.year].filter(Boolean).join(" · ")}</p>
        <LanguageLinks slug={slug} reading={first} versions={list.versions} />
      </header>
      <div className="grid grid-cols-1 gap-x-8 border-b border-slate-200 pb-3 md:grid-cols-2">
        <h2 {...documentLanguage(first)} className="text-lg font-semibold">
          {left.title}
        </h2>
        <h2 {...documentLanguage(second)} className="text-lg font-semibold">
          {right.title}
        </h2>
      </div>
      {aligned.rows.map((row) => (
        <section
          key={row.locator}
          id={`row-${row.locator}`}
          data-locator={row.locator}
          className="grid scroll-mt-4 grid-cols-1 gap-x-8 border-b border-slate-100 pb-3 md:grid-cols-2"
        >
          {cell(first, row.original)}
          {cell(second, row.version)}
        </section>
      ))}
    </div>
  );
}
