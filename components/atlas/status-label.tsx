// A status as text with the map's swatch beside it, so the table and the map read alike.
import { STATUS_STYLE } from "~/components/map/map-colours";
import type { TProgressStatus } from "~/server/progress/statuses";

export function StatusLabel({ status, label }: { status: TProgressStatus; label: string }) {
  return (
    <span className="inline-flex items-center gap-1.5" data-status={status}>
      <span aria-hidden="true" className="inline-block h-3 w-3 shrink-0 rounded-sm border border-slate-400" style={{ background: STATUS_STYLE[status].colour }} />
      {label}
    </span>
  );
}
