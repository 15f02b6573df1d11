// A measure's status in a country: a symbol, the word and a colour (never colour alone).
import { getTranslations } from "next-intl/server";
import "./progress-status.css";
import type { TProgressStatus } from "~/server/progress/statuses";

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
    <span data-status={status} className={compact ? "status-chip status-chip-sm" : "status-chip"}>
      <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span>
      {t(status)}
    </span>
  );
}
