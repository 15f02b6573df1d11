// One step's progress in the chosen country: its status, what the parliament and the government
// have done (published records), and what remains. Repeated for ~40 steps, twice (HTML and RSC
// payload): styled from print.css by short classes, plain links (decision 035).
import { LocalizedText } from "~/components/i18n/localized-text";
import { getFormatter, getTranslations } from "next-intl/server";
import { STATUS_STYLE } from "~/components/map/map-colours";
import { withLocale } from "~/components/ui/page-link";
import type { StepProgress, StepRecord } from "~/server/services/progress/parliament-country.types";
import type { Locale } from "~/db/locales";

export async function StepProgressBlock({ progress, lang }: { progress: StepProgress; lang: Locale }) {
  const [t, ts, tr, format] = await Promise.all([
    getTranslations("atlas.parliament"),
    getTranslations("atlas.map.status"),
    getTranslations("records.types"),
    getFormatter(),
  ]);
  const date = (d: string) => format.dateTime(new Date(d), { dateStyle: "medium" });
  const list = (heading: string, items: StepRecord[]) =>
    items.length > 0 && (
      <>
        <p className="who">{heading}</p>
        <ul>
          {items.map((r) => (
            <li key={r.id}>
              <a href={withLocale(`/records/${r.id}`, lang)}><LocalizedText text={r.title} /></a>{" "}
              <span>({tr(r.type)}, {date(r.date)})</span>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <div className="progress" data-testid="step-progress">
      <p>
        <span className="who">{t("status")}: </span>
        <span className="status" data-status={progress.status}>
          <span aria-hidden="true" style={{ background: STATUS_STYLE[progress.status].colour }} />
          {ts(progress.status)}
        </span>
        {progress.since && <span className="since"> · {date(progress.since)}</span>}
      </p>
      {list(t("parliament"), progress.parliament)}
      {list(t("government"), progress.government)}
      {progress.status !== "implemented" && (
        <p className="remains">{progress.parliament.length + progress.government.length === 0 ? t("remains") : t("remainsPartly")}</p>
      )}
    </div>
  );
}
