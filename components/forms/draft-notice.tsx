"use client";
// Says that a form shows restored, unsaved input, and offers to throw it away.
import { useFormatter, useTranslations } from "next-intl";

export function DraftNotice({ restoredAt, onDiscard }: { restoredAt: number | null; onDiscard: () => void }) {
  const t = useTranslations("forms.draft");
  const format = useFormatter();
  if (restoredAt === null) return null;
  return (
    <div role="status" className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm sm:col-span-2" data-testid="draft-restored">
      <span>{t("restored", { time: format.dateTime(new Date(restoredAt), { dateStyle: "medium", timeStyle: "short" }) })}</span>
      <button type="button" className="min-h-8 rounded border border-amber-700 bg-white px-2 text-amber-900" onClick={onDiscard}>
        {t("discard")}
      </button>
    </div>
  );
}
