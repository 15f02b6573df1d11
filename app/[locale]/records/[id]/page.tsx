import { LocalizedText } from "~/components/i18n/localized-text";
import { asLocale } from "~/db/localized-text-ops";
import { textIn } from "~/db/localized-text";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Discussion } from "~/components/comments/discussion";
import { Link } from "~/server/i18n/navigation";
import { DecisionForm } from "~/components/records/decision-form";
import { DiffView } from "~/components/records/diff-view";
import { RecordActions } from "~/components/records/record-actions";
import { RecordFacts } from "~/components/records/record-facts";
import { RecordSources } from "~/components/records/record-sources";
import { StatusBadge } from "~/components/records/status-badge";
import { StatusHistory } from "~/components/status-events/status-history";
import { COMMITMENT_STATUSES, PARLIAMENTARY_STATUSES } from "~/db/schema/record-vocabulary";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { CiteMenu } from "~/components/citations/cite-menu";
import { recordCiteProps } from "../../cite-props";
import { serverApi } from "~/server/api/server-caller";
import { can } from "~/server/auth/policy";
import { currentViewer } from "~/server/auth/session";

export default async function RecordPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const lang = asLocale(locale);
  const [t, format, api, viewer] = await Promise.all([getTranslations("records"), getFormatter(), serverApi(), currentViewer()]);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const rec = await api.records.get({ id }).catch(() => null);
  if (!rec) notFound();
  const title = textIn(rec.title, asLocale(locale)) || t(`types.${rec.type}`);
  const holder = rec.countryName ? rec.countryName[lang] : rec.regionName?.[lang];
  const waiting = rec.reviewStatus === "submitted" || rec.pending?.state === "pending";
  // Commitments and parliamentary actions have a dated status history once published (decision 025).
  const eventful = (rec.type === "commitment" || rec.type === "parliamentary_action") && rec.reviewStatus === "published" && !rec.deletedAt ? rec.type : null;
  const events = eventful ? ((await api.statusEvents.list({ recordId: rec.id }).catch(() => null))?.items ?? []) : [];
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-slate-600">
          {t(`types.${rec.type}`)}
          {holder && (
            <>
              {" · "}
              {rec.countryIso3 ? (
                <Link href={`/countries/${rec.countryIso3}`} className="text-brand-700 underline">
                  {holder}
                </Link>
              ) : (
                holder
              )}
            </>
          )}
        </p>
        <h1 className="text-2xl font-semibold text-slate-900 sm:text-3xl">
          <LocalizedText text={rec.title} fallback={title} />
        </h1>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge status={rec.reviewStatus} />
          {rec.isSample && <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t("sample")}</span>}
          {rec.createdByName && <span className="text-slate-600">{t("enteredBy", { name: rec.createdByName, organization: textIn(rec.organizationName, asLocale(locale)) || "—" })}</span>}
        </div>
        {/* Only what the public may read is citable: a citation's link must open for its reader. */}
        {rec.reviewStatus === "published" && !rec.deletedAt && (
          <CiteMenu {...recordCiteProps({ id: rec.id, type: rec.type, title, holder: holder ?? null, date: rec.date, publishedAt: rec.publishedAt }, lang)} />
        )}
      </header>
      {rec.deletedAt && <Alert tone="error">{t("deletedNotice")}</Alert>}
      <TRPCReactProvider>
        <RecordActions id={rec.id} version={rec.version} may={rec.may} />
        {rec.decisions.length > 0 && (
          <section aria-labelledby="decisions-title" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="decisions-title" className="font-semibold">{t("decisions")}</h2>
            <ul className="mt-2 flex flex-col gap-2 text-sm">
              {rec.decisions.map((d, i) => (
                <li key={i}>
                  <StatusBadge status={d.decision} />{" "}
                  <span className="text-slate-600">{t("decisionBy", { name: d.decidedBy, date: format.dateTime(d.createdAt, { dateStyle: "medium" }) })}</span>
                  {d.message && <p className="mt-1 whitespace-pre-line">{d.message}</p>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {rec.pending && (
          <section aria-labelledby="pending-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
            <h2 id="pending-title" className="font-semibold">{t("pendingEdit")}</h2>
            <p className="mb-2 text-sm">{rec.pending.state === "pending" ? t("pendingEditLead") : t("pendingChangesRequested")}</p>
            <DiffView diff={rec.pending.diff} type={rec.type} />
          </section>
        )}
        {/* Side by side on wide screens: what is claimed, and what supports it. */}
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="proposal-title" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="proposal-title" className="mb-2 font-semibold">{t("proposal")}</h2>
            <RecordFacts rec={rec} />
            {textIn(rec.description, asLocale(locale)) && (
              <p className="mt-3 text-sm whitespace-pre-line">
                <LocalizedText text={rec.description} />
              </p>
            )}
            {rec.snapshot?.fields.notes && (
              <p className="mt-3 text-sm text-slate-700">
                <span className="font-medium">{t("fields.notes")}: </span>
                {rec.snapshot.fields.notes}
              </p>
            )}
          </section>
          <section aria-labelledby="sources-title" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="sources-title" className="mb-2 font-semibold">{t("evidenceHeading")}</h2>
            <RecordSources lang={lang} measures={rec.measures} units={rec.units} evidence={rec.evidence} />
          </section>
        </div>
        {eventful && (
          <StatusHistory
            recordId={rec.id}
            type={eventful}
            events={events}
            statuses={eventful === "commitment" ? COMMITMENT_STATUSES : PARLIAMENTARY_STATUSES}
            mayPropose={can(viewer, "record.propose", { recordType: eventful, countryIso3: rec.countryIso3 })}
            mayReview={can(viewer, "record.review")}
          />
        )}
        {rec.may.review && waiting && !rec.deletedAt && <DecisionForm id={rec.id} version={rec.version} />}
      </TRPCReactProvider>
      {can(viewer, "collaboration.participate") && !rec.deletedAt && <Discussion subjectType="record" subjectId={rec.id} />}
    </article>
  );
}
