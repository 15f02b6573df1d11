// The chosen country's progress on each step, prepared on the server for StepProgressView: statuses
// and records in the page's language, dates formatted, labels once per page (decision 035).
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { STATUS_STYLE } from "~/components/map/map-colours";
import { pickedTextView } from "~/components/i18n/picked-text";
import type { Locale } from "~/db/locales";
import { PROGRESS_STATUSES } from "~/server/progress/statuses";
import type { StepProgress, StepRecord } from "~/server/services/progress/parliament-country.types";
import { type StepProgressData, StepProgressLabelsProvider, type StepRecordView } from "./step-progress-view";

export async function StepProgressLabels({ lang, children }: { lang: Locale; children: ReactNode }) {
  const [t, ts] = await Promise.all([getTranslations("atlas.parliament"), getTranslations("atlas.map.status")]);
  const byStatus = <T,>(value: (s: (typeof PROGRESS_STATUSES)[number]) => T) =>
    Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, value(s)])) as Record<(typeof PROGRESS_STATUSES)[number], T>;
  return (
    <StepProgressLabelsProvider
      labels={{
        locale: lang,
        status: t("status"),
        statuses: byStatus((s) => ts(s)),
        colours: byStatus((s) => STATUS_STYLE[s].colour),
        parliament: t("parliament"),
        government: t("government"),
        remains: t("remains"),
        remainsPartly: t("remainsPartly"),
      }}
    >
      {children}
    </StepProgressLabelsProvider>
  );
}

/** What StepProgressView needs of one step, and nothing it does not show. */
export async function stepProgressData(lang: Locale) {
  const [tr, format] = await Promise.all([getTranslations("records.types"), getFormatter()]);
  const date = (d: string) => format.dateTime(new Date(d), { dateStyle: "medium" });
  const record = (r: StepRecord): StepRecordView => ({
    id: r.id,
    title: pickedTextView(r.title, lang),
    about: `(${tr(r.type)}, ${date(r.date)})`,
  });
  return (p: StepProgress): StepProgressData => ({
    status: p.status,
    ...(p.since ? { since: date(p.since) } : {}),
    ...(p.parliament.length ? { parliament: p.parliament.map(record) } : {}),
    ...(p.government.length ? { government: p.government.map(record) } : {}),
  });
}
