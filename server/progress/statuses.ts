// The statuses a (country, measure) pair can have, worst-to-best is not an order: `regressed` means
// it was implemented or in progress and is no longer. `none` is never stored (no row).
export const PROGRESS_STATUSES = ["none", "committed", "in_progress", "implemented", "regressed"] as const;
export type TProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** One record that decided a status, as the API shows it. */
export interface StatusEvidence {
  type: "commitment" | "focal_point" | "parliamentary_action";
  id: string;
}
