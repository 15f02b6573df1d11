// The "as of" control: a GET form with a date input (and, on the map, a year slider), so it works
// without JavaScript; with it, moving the slider submits at once (AutoSubmitRange).
import { getTranslations } from "next-intl/server";
import { AutoSubmitRange } from "./auto-submit-range";

interface Props {
  /** The page's own address (the form submits to it). */
  action: string;
  asOf: string | null;
  today: string;
  /** Query parameters to keep (filters, the chosen measure). */
  keep?: Record<string, string | undefined>;
  /** Adds the year slider (the map). */
  slider?: boolean;
}

/** No record predates the UN Charter's entry into force (server/services/progress/as-of.ts). */
const EARLIEST_AS_OF = "1945-10-24";

/** The first year the slider offers: the World Summit that agreed on the responsibility to protect. */
const SLIDER_FROM = 2005;

const hidden = (keep: Props["keep"]) =>
  Object.entries(keep ?? {})
    .filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "")
    .map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);

export async function AsOfControl({ action, asOf, today, keep, slider }: Props) {
  const t = await getTranslations("historyViews.asOf");
  const thisYear = Number(today.slice(0, 4));
  const year = asOf ? Number(asOf.slice(0, 4)) : thisYear;
  return (
    <div className="mb-4 flex flex-wrap items-end gap-6 rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="as-of-control">
      <form method="get" action={action} aria-label={t("controlLabel")} className="flex flex-wrap items-end gap-2">
        {hidden(keep)}
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("label")}</span>
          <input type="date" name="asOf" min={EARLIEST_AS_OF} max={today} defaultValue={asOf ?? today} className="min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2" />
        </label>
        <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100">
          {t("show")}
        </button>
      </form>
      {slider && (
        <form method="get" action={action} aria-label={t("sliderLabel")} className="flex flex-wrap items-end gap-2">
          {hidden(keep)}
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t("yearLabel", { from: String(SLIDER_FROM), to: String(thisYear), year: String(year) })}</span>
            <AutoSubmitRange name="asOfYear" min={SLIDER_FROM} max={thisYear} defaultValue={Math.max(SLIDER_FROM, Math.min(year, thisYear))} />
          </label>
          <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100">
            {t("showYear")}
          </button>
        </form>
      )}
    </div>
  );
}
