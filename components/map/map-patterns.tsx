// SVG patterns for the status map: each status other than "none" and "implemented" gets marks on
// top of its colour, so the map reads in greyscale and for colour-blind readers.
import { STATUS_STYLE } from "./map-colours";
import type { TProgressStatus } from "~/server/progress/statuses";

export function StatusPatterns() {
  return (
    <defs>
      {(Object.entries(STATUS_STYLE) as [TProgressStatus, (typeof STATUS_STYLE)[TProgressStatus]][]).map(
        ([status, { colour, pattern }]) =>
          pattern && (
            <pattern key={status} id={`map-${pattern}-${status}`} width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" fill={colour} />
              {pattern === "dots" && <circle cx="3" cy="3" r="1.1" fill="#92400e" />}
              {pattern === "stripes" && <path d="M0 6L6 0" stroke="#1e3a8a" strokeWidth="1" />}
              {pattern === "cross" && <path d="M0 0L6 6M6 0L0 6" stroke="#fff" strokeWidth="1" />}
            </pattern>
          ),
      )}
    </defs>
  );
}
