// A record's dated status history (decision 025): what the caller may see of it, oldest first, with
// the secretariat's decision buttons beside waiting proposals and the form to propose a change.
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusEventDecision } from "./status-event-decision";
import { StatusUpdateForm } from "./status-update-form";

/** One event as the page reads it (statusEvents.list; anonymous answers carry no review state). */
interface StatusEventView {
  id: string;
  origin: "opening" | "update";
  date: string;
  status: string;
  evidenceUrl: string | null;
  note: string;
  reviewStatus?: string;
  decisionMessage?: string;
  version?: number;
}

export async function StatusHistory({
  recordId,
  type,
  events,
  statuses,
  mayPropose,
  mayReview,
}: {
  recordId: string;
  type: "commitment" | "parliamentary_action";
  events: StatusEventView[];
  statuses: readonly string[];
  mayPropose: boolean;
  mayReview: boolean;
}) {
  const [t, tr, format] = await Promise.all([getTranslations("history.events"), getTranslations("records"), getFormatter()]);
  const label = (status: string) => tr(type === "commitment" ? `commitmentStatuses.${status}` : `parliamentaryStatuses.${status}`);
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section aria-labelledby="status-history-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="status-history-title" className="font-semibold">
        {t("title")}
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-2 text-sm" data-testid="status-history">
          {events.map((e) => (
            <li key={e.id} className="border-s-4 border-brand-100 ps-3">
              <p>
                <time dateTime={e.date} className="font-medium">
                  {date(e.date)}
                </time>{" "}
                — {label(e.status)}
                {e.origin === "opening" && <span className="text-slate-600"> ({t("opening")})</span>}
                {/* Anonymous answers carry no review state: they only ever hold published events. */}
                {(e.reviewStatus === "submitted" || e.reviewStatus === "rejected") && (
                  <span className="ms-2 rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t(`states.${e.reviewStatus as "submitted" | "rejected"}`)}</span>
                )}
              </p>
              {e.note && <p className="whitespace-pre-line text-slate-700">{e.note}</p>}
              {e.evidenceUrl && (
                <a href={e.evidenceUrl} rel="noopener noreferrer nofollow" className="text-brand-700 underline">
                  {t("evidence")}
                </a>
              )}
              {e.decisionMessage && <p className="text-slate-700">{e.decisionMessage}</p>}
              {mayReview && e.reviewStatus === "submitted" && e.version !== undefined && <StatusEventDecision id={e.id} version={e.version} />}
            </li>
          ))}
        </ol>
      )}
      {mayPropose && <StatusUpdateForm recordId={recordId} statuses={statuses.map((s) => ({ value: s, label: label(s) }))} />}
    </section>
  );
}
