// What an evidence file may be, in one dependency-free module: the upload form (components/forms) checks
// a file against it before sending; the server checks the bytes again (sniff-file-type.ts decides the type).

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** The extensions the server can accept (sniff-file-type.ts); the browser's file dialog offers these. */
export const ACCEPTED_EVIDENCE_EXTENSIONS = [
  "pdf", "png", "jpg", "jpeg", "gif", "webp", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp",
] as const;

/** Why a file will be refused before any byte is sent, or null: the server repeats both checks. */
export function uploadRefusal(file: { name: string; size: number }): "fileEmpty" | "fileTooLarge" | "fileTypeRefused" | null {
  const ext = file.name.toLowerCase().split(".").pop() ?? "";
  if (!(ACCEPTED_EVIDENCE_EXTENSIONS as readonly string[]).includes(ext) || !file.name.includes(".")) return "fileTypeRefused";
  if (file.size === 0) return "fileEmpty";
  if (file.size > MAX_EVIDENCE_BYTES) return "fileTooLarge";
  return null;
}
