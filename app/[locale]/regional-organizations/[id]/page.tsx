// One regional organisation (issue 14): its member states, its focal-point history, and each measure
// addressed to regional bodies with its status, since and the records behind it, and a score.
// Public, session-free and cached: rendered on first visit, then served from the ISR cache.
import { asLocale } from "~/db/localized-text-ops";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/server/i18n/navigation";
import { ProgressStatus } from "~/components/progress/progress-status";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { ZRegionalOrganizationParamsSchema } from "~/server/services/regional-organizations/regional-organizations.types";
import { publicServerApi } from "~/server/api/public-caller";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

async function load(id: string) {
  if (!ZRegionalOrganizationParamsSchema.safeParse({ id }).success) return null;
  return (await publicServerApi()).regionalOrganizations.profile({ id });
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const profile = await load(id);
  return { title: profile ? profile.name[asLocale(locale)] : id };
}

export default async function RegionalOrganizationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const profile = await load(id);
  if (!profile) notFound();
  const lang = asLocale(locale);
  const [t, format, titles] = await Promise.all([getTranslations(), getFormatter(), (await publicServerApi()).measures.titles({ locale: asLocale(locale) })]);
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const statusOf = new Map(profile.statuses.map((s) => [s.measure, s]));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/regional-organizations" className="text-brand-700 underline">
          {t("history.regional.back")}
        </Link>
      </p>
      <PageHeader title={`${profile.name[lang]} (${profile.acronym[lang]})`} lead={t("history.regional.lead")}>
        <p className="text-sm text-slate-700">
          {t(`history.regional.kinds.${profile.kind}`)} · {t("history.regional.asOf", { date: date(profile.asOf) })}
        </p>
      </PageHeader>
      <div className="flex flex-col gap-8">
        <section aria-labelledby="h-score" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="h-score" className="font-semibold">
            {t("history.regional.score")}: {format.number(profile.score.overall, { style: "percent", maximumFractionDigits: 0 })}
          </h2>
          <p className="text-sm text-slate-700">{t("history.regional.scoreHelp")}</p>
          <p className="mt-2 text-sm">{profile.focalPointInOffice ? t("history.regional.focalPointInOffice") : t("history.regional.noFocalPoint")}</p>
        </section>

        <section aria-labelledby="h-focal">
          <h2 id="h-focal" className="mb-2 text-xl font-semibold">{t("history.regional.focalPoints")}</h2>
          {profile.focalPoints.length === 0 ? (
            <EmptyState>{t("history.regional.noFocalPoints")}</EmptyState>
          ) : (
            <ol className="flex flex-col gap-2">
              {profile.focalPoints.map((f) => (
                <li key={f.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
                  <Link href={`/records/${f.id}`} className="font-medium text-brand-700 underline">
                    {[f.positionTitle, f.office].filter(Boolean).join(", ")}
                  </Link>
                  {f.personName ? ` — ${f.personName}` : ""}
                  <p>
                    {t("history.regional.appointed", { date: date(f.appointedOn) })} ·{" "}
                    {f.endedOn ? t("history.regional.ended", { date: date(f.endedOn) }) : t("history.regional.current")}
                    {f.network ? ` · ${t("history.regional.network")}` : ""}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section aria-labelledby="h-measures">
          <h2 id="h-measures" className="text-xl font-semibold">{t("history.regional.measures")}</h2>
          <p className="mb-2 text-sm text-slate-700">{t("history.regional.measuresLead")}</p>
          <ul className="flex flex-col gap-2">
            {profile.applicableMeasures.map((slug) => {
              const s = statusOf.get(slug);
              return (
                <li key={slug} className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-3 text-sm sm:flex-row sm:items-center sm:justify-between">
                  <Link href={`/measures/${slug}`} className="text-brand-700 underline">
                    {titles[slug] ?? slug}
                  </Link>
                  <span className="flex flex-wrap items-center gap-2">
                    <ProgressStatus status={s?.status ?? "none"} compact />
                    {s && <span>{t("progress.sinceDate", { date: date(s.since) })}</span>}
                    {s?.evidence.map((e, i) => (
                      <Link key={e.id} href={`/records/${e.id}`} className="text-brand-700 underline">
                        {t("history.regional.evidence")} {i + 1}
                      </Link>
                    ))}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>

        <section aria-labelledby="h-members">
          <h2 id="h-members" className="mb-2 text-xl font-semibold">{t("history.regional.memberStates")}</h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {profile.members.map((m) => (
              <li key={m.iso3}>
                <Link href={`/countries/${m.iso3}`} className="rounded border border-slate-200 bg-white px-2 py-1 text-brand-700 underline">
                  {m.name[lang]}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
