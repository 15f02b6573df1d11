// A document in one of its language versions (or its original language, plainly): the text with each
// unit's locator, and links to the other languages and to side-by-side reading.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LanguageLinks } from "~/components/document-versions/language-links";
import { documentLanguage } from "~/server/i18n/locale-tags";
import { VersionUnit } from "~/components/document-versions/version-unit";
import { Link } from "~/server/i18n/navigation";
import { loadVersion, loadVersionList, routeLocale } from "../load-version";

/** Rendered on first visit, then cached like the reader (docs/decisions/010). */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; slug: string; lang: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { slug, lang } = await params;
  return { title: (await loadVersion(slug, routeLocale(lang))).title };
}

export default async function LanguageVersionPage({ params }: { params: Params }) {
  const { locale, slug, lang } = await params;
  setRequestLocale(locale);
  const reading = routeLocale(lang);
  const [t, version, list] = await Promise.all([getTranslations("documentVersions"), loadVersion(slug, reading), loadVersionList(slug)]);
  return (
    <div className="mx-auto max-w-[46rem]">
      <p className="no-print mb-3 text-sm">
        <Link href={`/documents/${slug}`}>← {t("backToDocument")}</Link>
      </p>
      <header className="mb-6 flex flex-col gap-2">
        <h1 {...documentLanguage(reading)} className="text-2xl font-semibold leading-snug sm:text-3xl">
          {version.title}
        </h1>
        <p className="text-sm text-slate-600">{[version.symbol, version.year].filter(Boolean).join(" · ")}</p>
        <LanguageLinks slug={slug} reading={reading} versions={list.versions} />
      </header>
      <article {...documentLanguage(reading)} className="min-w-0">
        {version.units
          .filter((u) => u.kind !== "footnote")
          .map((u) => (
            <VersionUnit key={u.locator} unit={u} />
          ))}
      </article>
    </div>
  );
}
