import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/components/i18n/navigation";
import { CountryRecord } from "~/components/records/country-record";
import { focalPointTimeline } from "~/components/records/focal-point-timeline";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { serverApi } from "~/server/api/server-caller";
import { currentActor } from "~/server/auth/session";

export async function generateMetadata({ params }: { params: Promise<{ iso3: string }> }) {
  const { iso3 } = await params;
  return { title: iso3.toUpperCase() };
}

/** First version of the country profile: published records by type. The scorecard comes later. */
export default async function CountryPage({ params }: { params: Promise<{ locale: string; iso3: string }> }) {
  const { locale, iso3 } = await params;
  setRequestLocale(locale);
  if (!/^[A-Z]{3}$/.test(iso3)) notFound();
  const lang = locale === "zh" ? "zh" : "en";
  const [t, api, actor] = await Promise.all([getTranslations("records"), serverApi(), currentActor()]);
  const country = (await api.reference.countries()).find((c) => c.iso3 === iso3);
  if (!country) notFound();
  const [commitments, focalPoints, actions] = await Promise.all(
    (["commitment", "focal_point", "parliamentary_action"] as const).map((type) =>
      api.records.published({ country: iso3, type, pageSize: 500 }),
    ),
  );
  // Linked measures by title: the records carry slugs (as the public API does).
  const used = new Set([commitments!, focalPoints!, actions!].flatMap((l) => l.items.flatMap((i) => i.measures)));
  const catalogue = used.size ? (await api.measures.list({ pageSize: 500 })).items : [];
  const measureTitles = Object.fromEntries(catalogue.filter((m) => used.has(m.slug)).map((m) => [m.slug, m.title[lang] || m.slug]));
  const timeline = focalPointTimeline(
    focalPoints!.items.map((record) => ({ id: record.id, appointedOn: record.date, endedOn: record.endedOn ?? null, record })),
  );
  const sections = [
    { type: "focal_point" as const, count: focalPoints!.items.length },
    { type: "commitment" as const, count: commitments!.items.length },
    { type: "parliamentary_action" as const, count: actions!.items.length },
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/countries" className="text-brand-700 underline">
          {t("country.backToCountries")}
        </Link>
      </p>
      <PageHeader title={lang === "zh" ? country.nameZh : country.nameEn} lead={t("country.lead")}>
        {actor && (
          <p>
            <Link href={{ pathname: "/records/new", query: { country: iso3 } }} className="text-sm text-brand-700 underline">
              {t("country.propose")}
            </Link>
          </p>
        )}
      </PageHeader>
      <div className="flex flex-col gap-8">
        {sections.map(({ type, count }) => (
          <section key={type} aria-labelledby={`section-${type}`}>
            <h2 id={`section-${type}`} className="mb-3 text-xl font-semibold">
              {t(`typesPlural.${type}`)}
            </h2>
            {count === 0 ? (
              <EmptyState>{t("country.none")}</EmptyState>
            ) : (
              <ol className="flex flex-col gap-3">
                {type === "focal_point"
                  ? timeline.map((e) =>
                      e.kind === "vacancy" ? (
                        <li key={`gap-${e.from}`} className="rounded-md border border-dashed border-amber-400 bg-amber-50 px-4 py-2 text-sm">
                          {e.to ? t("country.vacancy", { from: e.from, to: e.to }) : t("country.vacantSince", { date: e.from })}
                        </li>
                      ) : (
                        <CountryRecord key={e.item.id} item={e.item.record} lang={lang} current={e.current} measureTitles={measureTitles} />
                      ),
                    )
                  : (type === "commitment" ? commitments! : actions!).items.map((item) => <CountryRecord key={item.id} item={item} lang={lang} measureTitles={measureTitles} />)}
              </ol>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
