// One step's progress in the chosen country: its status, what the parliament and the government
// have done (published records), and what remains.
import { LocalizedText } from "~/components/i18n/localized-text";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusLabel } from "~/components/atlas/status-label";
import { Link } from "~/components/ui/page-link";
import type { StepProgress, StepRecord } from "~/server/services/progress/parliament-country.types";
import type { Locale } from "~/db/locales";

export async function StepProgressBlock({ progress, lang: _lang }: { progress: StepProgress; lang: Locale }) {
  const [t, ts, tr, format] = await Promise.all([
    getTranslations("atlas.parliament"),
    getTranslations("atlas.map.status"),
    getTranslations("records.types"),
    getFormatter(),
  ]);
  const date = (d: string) => format.dateTime(new Date(d), { dateStyle: "medium" });
  const list = (items: StepRecord[]) => (
    <ul className="ms-4 list-disc">
      {items.map((r) => (
        <li key={r.id}>
          <Link href={`/records/${r.id}`} className="text-brand-700 underline"><LocalizedText text={r.title} /></Link>{" "}
          <span className="text-slate-600">({tr(r.type)}, {date(r.date)})</span>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="mb-2 rounded-md border border-slate-200 bg-slate-50 p-2 text-sm" data-testid="step-progress">
      <p>
        <span className="font-medium">{t("status")}: </span>
        <StatusLabel status={progress.status} label={ts(progress.status)} />
        {progress.since && <span className="text-slate-600"> · {date(progress.since)}</span>}
      </p>
      {progress.parliament.length > 0 && (
        <div className="mt-1">
          <p className="font-medium">{t("parliament")}</p>
          {list(progress.parliament)}
        </div>
      )}
      {progress.government.length > 0 && (
        <div className="mt-1">
          <p className="font-medium">{t("government")}</p>
          {list(progress.government)}
        </div>
      )}
      {progress.status !== "implemented" && (
        <p className="mt-1 text-slate-700">
          {progress.parliament.length + progress.government.length === 0 ? t("remains") : t("remainsPartly")}
        </p>
      )}
    </div>
  );
}
