// The workflow state of a record (or a decision) as a coloured, labelled badge.
import { useTranslations } from "next-intl";

const tones: Record<string, string> = {
  draft: "bg-slate-100 text-slate-800",
  submitted: "bg-blue-100 text-blue-900",
  published: "bg-green-100 text-green-900",
  changes_requested: "bg-amber-100 text-amber-900",
  rejected: "bg-red-100 text-red-900",
};

export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("records.reviewStatus");
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${tones[status] ?? ""}`}>{t(status as "draft")}</span>;
}
