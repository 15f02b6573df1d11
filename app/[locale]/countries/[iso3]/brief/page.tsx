// The printable country brief (zh or en by the route's locale): name, focal point, key measures with
// their statuses and what remains, in the documents' words. A4 through print.css. Session-free.
import { textIn } from "~/db/localized-text";
import { LocalizedText } from "~/components/i18n/localized-text";
import "./print.css";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/server/i18n/navigation";
import { PrintButton } from "~/components/measures/print-button";
import { ProgressStatus } from "~/components/progress/progress-status";
import { env } from "~/server/env";
import { publicServerApi } from "~/server/api/public-caller";
import { loadCountryProfile } from "../load-profile";
import { ISO3 } from "~/server/domain/country-code";
import { PrintFonts } from "~/components/layout/print-fonts";
import { asLocale } from "~/db/localized-text-ops";

export async function generateMetadata({ params }: { params: Promise<{ locale: string; iso3: string }> }) {
  const { locale, iso3 } = await params;
  if (!ISO3.test(iso3)) return { title: iso3 };
  const profile = await loadCountryProfile(iso3);
  const t = await getTranslations({ locale, namespace: "progress.brief" });
  return { title: profile ? t("title", { country: profile.name[asLocale(locale)] }) : iso3 };
}

export default async function CountryBriefPage({ params }: { params: Promise<{ locale: string; iso3: string }> }) {
  const { locale, iso3 } = await params;
  setRequestLocale(locale);
  if (!ISO3.test(iso3)) notFound();
  const profile = await loadCountryProfile(iso3);
  if (!profile) notFound();
  const lang = asLocale(locale);
  const api = await publicServerApi();
  const [t, format, catalogue] = await Promise.all([getTranslations(), getFormatter(), api.countries.catalogue({ iso3 })]);
  const key = catalogue.filter((m) => m.key);
  const remaining = key.filter((m) => m.status !== "implemented");
  const quotes = await api.measures.quotes({ measureIds: remaining.map((m) => m.id) });
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const asOf = profile.progress.asOf ?? new Date().toISOString().slice(0, 10);
  const url = `${env.APP_URL.replace(/\/$/, "")}/${locale}/countries/${iso3}`;
  return (
    <article className="country-brief max-w-3xl" aria-labelledby="brief-title">
      <PrintFonts />
      <p className="no-print mb-3 flex flex-wrap items-center gap-3 text-sm">
        <Link href={`/countries/${iso3}`}>{t("progress.brief.backToProfile")}</Link>
        <PrintButton label={t("progress.brief.print")} />
      </p>
      <header className="mb-4 border-b border-slate-300 pb-3">
        <p className="text-sm text-slate-600">{t("progress.brief.lead")}</p>
        <h1 id="brief-title" className="text-2xl font-semibold">{t("progress.brief.title", { country: profile.name[lang] })}</h1>
        <p className="text-sm text-slate-700">
          {profile.region.name[lang]} · {profile.group ? t(`countries.groups.${profile.group}`) : t("countries.noGroup")} ·{" "}
          {t("progress.brief.asOf", { date: date(asOf) })}
        </p>
      </header>

      <dl className="mb-5 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("progress.profile.focalPoint")}</dt>
        <dd>
          {profile.focalPoints.length === 0
            ? t("progress.profile.noFocalPoint")
            : profile.focalPoints
                .map((f) => `${[f.personName, f.positionTitle, f.office].filter(Boolean).join(", ") || textIn(f.title, lang)} (${t("progress.sinceDate", { date: date(f.appointedOn) })})`)
                .join("; ")}
        </dd>
        <dt className="font-medium">{t("progress.score.overall")}</dt>
        <dd>
          {pct(profile.progress.scores.overall)} — <span className="text-slate-600">{t("progress.score.help")}</span>
        </dd>
      </dl>

      <section aria-labelledby="h-key" className="mb-6">
        <h2 id="h-key" className="mb-2 text-lg font-semibold">{t("progress.brief.keyMeasures")}</h2>
        <table className="w-full text-start text-sm">
          <thead>
            <tr>
              <th scope="col" className="py-1 pe-3">{t("progress.brief.measure")}</th>
              <th scope="col" className="py-1 pe-3">{t("progress.brief.status")}</th>
              <th scope="col" className="py-1">{t("progress.brief.since")}</th>
            </tr>
          </thead>
          <tbody>
            {key.map((m) => (
              <tr key={m.id} className="border-t border-slate-200 align-top">
                <th scope="row" className="py-1 pe-3 font-normal"><LocalizedText text={m.title} /></th>
                <td className="py-1 pe-3">
                  <ProgressStatus status={m.status} compact />
                </td>
                <td className="py-1 whitespace-nowrap">{m.since ? date(m.since) : t("common.none")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="h-remains">
        <h2 id="h-remains" className="mb-2 text-lg font-semibold">{t("progress.brief.whatRemains")}</h2>
        {remaining.length === 0 ? (
          <p className="text-sm">{t("progress.remains.allDone")}</p>
        ) : (
          <ol className="flex flex-col gap-3 text-sm">
            {remaining.map((m) => (
              <li key={m.id} className="remaining">
                <p className="font-medium">
                  {textIn(m.title, lang)} <ProgressStatus status={m.status} compact />
                </p>
                <ul className="mt-1 flex flex-col gap-1">
                  {(quotes[m.id] ?? []).map((q) => (
                    <li key={q.id}>
                      <q lang="zh-CN">{q.quote}</q>{" "}
                      <Link href={q.href} className="text-xs text-slate-600">
                        ({t("measures.sourcePassage", { document: q.document.symbol ?? textIn(q.document.title, lang), locator: q.locator })})
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>
      <p className="mt-6 text-xs text-slate-600">{t("progress.brief.printedFrom", { url })}</p>
    </article>
  );
}
