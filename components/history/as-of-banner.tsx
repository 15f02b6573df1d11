// "You are viewing the state as of <date> — back to today", and the notice when the asked-for day
// was not usable as such (decision 033). Server-rendered: no JavaScript needed.
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "~/components/ui/alert";
import { Link } from "~/components/ui/page-link";

/** What the page made of `?asOf=` (server/domain/as-of-param.ts). */
interface AsOfChoice {
  asOf: string | null;
  past: boolean;
  notice: "invalid" | "future" | "beforeEarliest" | null;
}

interface Props {
  choice: AsOfChoice;
  /** The page as of today (the same filters, without the day). */
  todayHref: string | { pathname: string; query?: Record<string, string | undefined> };
  /** What the visitor typed, for the "not a date" notice. */
  raw?: string;
}

export async function AsOfBanner({ choice, todayHref, raw }: Props) {
  const [t, format] = await Promise.all([getTranslations("historyViews.asOf"), getFormatter()]);
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  if (!choice.notice && !choice.past) return null;
  return (
    <div className="mb-4 flex flex-col gap-2" data-testid="as-of-banner">
      {choice.notice && (
        <Alert tone="error">
          {choice.notice === "invalid" ? t("notices.invalid", { value: (raw ?? "").slice(0, 40) }) : t(`notices.${choice.notice}`)}
        </Alert>
      )}
      {choice.past && choice.asOf && (
        <Alert>
          {t("banner", { date: day(choice.asOf) })}{" "}
          <Link href={todayHref} className="font-medium underline">
            {t("backToToday")}
          </Link>
        </Alert>
      )}
    </div>
  );
}
