// A measure's status in a country: a symbol, the word and a colour (never colour alone).
import { getTranslations } from "next-intl/server";
import type { TProgressStatus } from "~/server/progress/statuses";

export const STATUS_TONES: Record<TProgressStatus, string> = {
  implemented: "border-green-300 bg-green-100 text-green-900",
  in_progress: "border-sky-300 bg-sky-100 text-sky-900",
  committed: "border-amber-300 bg-amber-50 text-amber-900",
  regressed: "border-red-300 bg-red-100 text-red-900",
  none: "border-slate-200 bg-slate-50 text-slate-600",
};

export const STATUS_SYMBOLS: Record<TProgressStatus, string> = {
  implemented: "✓",
  in_progress: "◐",
  committed: "○",
  regressed: "↓",
  none: "–",
};

export async function ProgressStatus({ status, compact = false }: { status: TProgressStatus; compact?: boolean }) {
  const t = await getTranslations("progress.statuses");
  return (
    <span
      data-status={status}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border font-medium ${compact ? "px-1.5 py-0 text-xs" : "px-2 py-0.5 text-sm"} ${STATUS_TONES[status]}`}
    >
      <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span>
      {t(status)}
    </span>
  );
}
