import { textIn } from "~/db/localized-text";
import { LocalizedText } from "~/components/i18n/localized-text";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Discussion } from "~/components/comments/discussion";
import { Link } from "~/components/ui/page-link";
import { MeasureBadges } from "~/components/measures/measure-badges";
import { SourcePassage } from "~/components/measures/source-passage";
import { MeasureCountries } from "./measure-countries";
import { FollowControl } from "~/components/follows/follow-control";
import { ForRoles } from "~/components/layout/session-menu";
import { COALITION_ROLES, STAFF_ROLES } from "~/server/auth/policy";
import { loadMeasure } from "./load-measure";
import { shareMetadata } from "../../share-metadata";
import { embedPanelProps } from "../../embed-props";
import { EmbedPanel } from "~/components/citations/embed-panel";
import { AsOfControl } from "~/components/history/as-of-control";
import { today as todayUtc } from "~/server/domain/dates";
import { Arrow } from "~/components/ui/arrow";
import { asLocale } from "~/db/localized-text-ops";
import { parallelLanguage } from "~/components/i18n/parallel-language";
import { documentLanguage } from "~/server/i18n/locale-tags";

// Public and session-free, so cached (ISR, decision 010): rendered on first visit, revalidated when a
// measure or a record changes. Staff-only links and the coalition's discussion are client islands
// (ForRoles); the procedures behind them authorise on the server. Deleted measures are not shown
// here (anonymous view): staff reach them through the catalogue's deleted filter and the edit page.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}


export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const m = await loadMeasure(slug, "", "public");
  const lang = asLocale(locale);
  const title = textIn(m.title, lang);
  const description = textIn(m.description, lang) || (await getTranslations({ locale: lang, namespace: "meta" }))("description");
  return shareMetadata({
    locale: lang,
    path: `/measures/${m.slug}`,
    title,
    description: description.length > 300 ? `${description.slice(0, 297)}…` : description,
    feedTitle: title,
    embeddable: true,
  });
}

export default async function MeasurePage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [t, tOpenData, m] = await Promise.all([getTranslations("measures"), getTranslations("openData"), loadMeasure(slug, "", "public")]);
  const lang = asLocale(locale);
  const other = parallelLanguage(lang);
  return (
    <article className="max-w-3xl">
      <p className="no-print mb-3 text-sm">
        <Link href="/measures"><Arrow direction="back" /> {t("backToList")}</Link>
      </p>
      <header className="mb-6 flex flex-col gap-2">
        <h1 className="text-2xl font-semibold leading-snug sm:text-3xl"><LocalizedText text={m.title} /></h1>
        <p {...documentLanguage(other)} className="text-lg text-slate-700">
          {m.title[other]}
        </p>
        <MeasureBadges m={m} />
        <div className="no-print flex flex-wrap items-start gap-3 text-sm">
          {!m.deleted && <FollowControl subject={{ subjectType: "measure", subjectKey: m.id }} />}
          <EmbedPanel {...embedPanelProps({ kind: "measure", slug: m.slug }, lang, textIn(m.title, lang))} />
          <a href={`/${lang}/measures/${m.slug}/feed.xml`} type="application/atom+xml" className="text-brand-700 underline">
            {tOpenData("feed.subscribe")}
          </a>
        </div>
        {m.deleted && <p className="text-sm text-red-700">{t("deletedNotice")}</p>}
        <ForRoles roles={STAFF_ROLES}>
          <p className="no-print flex gap-3 text-sm">
            <Link href={`/measures/${m.slug}/edit`}>{t("edit")}</Link>
            <Link href={`/measures/${m.slug}/edit#history`}>{t("history")}</Link>
          </p>
        </ForRoles>
      </header>
      <section aria-labelledby="description" className="mb-8">
        <h2 id="description" className="mb-2 text-lg font-semibold">{t("description")}</h2>
        <p className="leading-7"><LocalizedText text={m.description} /></p>
        <p {...documentLanguage(other)} className="mt-1 leading-7 text-slate-600">{m.description[other]}</p>
      </section>
      <section aria-labelledby="sources" className="mb-8">
        <h2 id="sources" className="mb-3 text-lg font-semibold">
          {t("sources")} <span className="text-sm font-normal text-slate-600">({t("sourcesCount", { count: m.sources.length })})</span>
        </h2>
        <div className="flex flex-col gap-3">
          {m.sources.map((s) => (
            <SourcePassage key={s.id} passage={s} lang={lang} />
          ))}
        </div>
      </section>
      <MeasureCountries slug={m.slug} locale={lang} heading={t("countriesTitle")} />
      <AsOfControl action={`/${locale}/measures/${m.slug}`} asOf={null} today={todayUtc()} />
      {/* The coalition's discussion, shown once the client knows the visitor is a coalition member. */}
      {!m.deleted && (
        <ForRoles roles={COALITION_ROLES}>
          <div className="no-print">
            <Discussion subjectType="measure" subjectId={m.id} />
          </div>
        </ForRoles>
      )}
    </article>
  );
}
