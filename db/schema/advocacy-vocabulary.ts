// The words advocacy actions use: shared by the schema, the zod schemas and the forms. Stored as text
// checked by zod, so a new kind needs no migration — only its labels in the message files.
export const ACTION_KINDS = [
  "meeting",
  "letter",
  "briefing",
  "event",
  "training",
  "publication",
  "campaign",
  "media_work",
  "submission",
] as const;
export const TARGET_KINDS = [
  "ministry",
  "parliament",
  "mission_to_un",
  "regional_organization",
  "un_body",
  "media",
  "other",
] as const;
export const OUTCOME_KINDS = ["pending", "no_response", "acknowledged", "commitment_obtained", "action_taken"] as const;
export const VISIBILITIES = ["organization", "coalition", "public"] as const;

/** What a task, a comment or a notification can be about. */
export const TASK_SUBJECTS = ["action", "record"] as const;
export const COMMENT_SUBJECTS = ["action", "record", "measure", "unit"] as const;
export const TASK_STATUSES = ["open", "done", "cancelled"] as const;
export const EMAIL_DELIVERIES = ["immediate", "daily_digest", "off"] as const;

export type TActionKind = (typeof ACTION_KINDS)[number];
export type TVisibility = (typeof VISIBILITIES)[number];
export type TCommentSubject = (typeof COMMENT_SUBJECTS)[number];
export type TTaskSubject = (typeof TASK_SUBJECTS)[number];
