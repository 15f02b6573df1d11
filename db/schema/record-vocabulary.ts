// The words records use (types, workflow states, kinds, venues, statuses): shared by the database
// schema, the zod schemas and the forms. Kinds and statuses are stored as text, so adding one here
// needs no migration — only its labels in the message files.
export const RECORD_TYPES = ["commitment", "focal_point", "parliamentary_action"] as const;
export const REVIEW_STATUSES = ["draft", "submitted", "published", "changes_requested", "rejected"] as const;
export const DECISIONS = ["published", "changes_requested", "rejected"] as const;

export const COMMITMENT_KINDS = ["pledge", "treaty_action", "policy", "institution", "law", "other"] as const;
export const VENUES = ["general_assembly", "human_rights_council", "upr", "security_council", "regional_body", "national"] as const;
export const COMMITMENT_STATUSES = ["announced", "in_progress", "fulfilled", "stalled", "withdrawn"] as const;
export const PARLIAMENTARY_KINDS = [
  "resolution",
  "motion",
  "hearing",
  "debate",
  "question",
  "bill_introduced",
  "law_adopted",
  "budget_line",
  "caucus_formed",
  "committee_report",
  "statement",
] as const;
export const PARLIAMENTARY_STATUSES = ["planned", "ongoing", "adopted", "rejected", "completed"] as const;

export type TRecordType = (typeof RECORD_TYPES)[number];
