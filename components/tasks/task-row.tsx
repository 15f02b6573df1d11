"use client";
// One follow-up: what, who, by when (overdue in red), its status, and the buttons the reader may use.
import { textIn } from "~/db/localized-text";
import type { LocalizedText } from "~/db/localized-text";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { Link } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { asLocale } from "~/db/localized-text-ops";

export interface TaskView {
  id: string;
  title: string;
  notes: string;
  status: string;
  dueOn: string | null;
  version: number;
  assigneeName: string;
  overdue: boolean;
  subjectTitle: LocalizedText;
  subjectHref: string;
  may: { change: boolean; delete: boolean };
}

export function TaskRow({ task, showSubject = false, onChanged }: { task: TaskView; showSubject?: boolean; onChanged: () => unknown }) {
  const t = useTranslations("tasks");
  const format = useFormatter();
  const trpc = useTRPC();
  const { errors, clear, onError } = useFormErrors();
  const status = useMutation(trpc.tasks.setStatus.mutationOptions({ onSuccess: onChanged, onError }));
  const remove = useMutation(trpc.tasks.delete.mutationOptions({ onSuccess: onChanged, onError }));
  const busy = status.isPending || remove.isPending;
  const set = (next: "open" | "done" | "cancelled") => {
    clear();
    status.mutate({ id: task.id, version: task.version, status: next });
  };
  const lang = asLocale(useLocale());
  return (
    <article
      aria-label={task.title}
      className={`flex flex-col gap-2 rounded-md border p-3 ${task.overdue ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className={`font-medium ${task.status !== "open" ? "text-slate-500 line-through" : ""}`}>{task.title}</h3>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs">{t(`status.${task.status as "open"}`)}</span>
      </div>
      <p className="flex flex-wrap gap-x-4 text-sm text-slate-700">
        <span>{t("assignedTo", { name: task.assigneeName })}</span>
        <span className={task.overdue ? "font-semibold text-red-800" : ""}>
          {task.dueOn ? t("due", { date: format.dateTime(new Date(`${task.dueOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) }) : t("noDue")}
          {task.overdue && ` · ${t("overdue")}`}
        </span>
      </p>
      {showSubject && (
        <p className="text-sm">
          <Link href={task.subjectHref} className="text-brand-700 underline">
            {t("on", { title: textIn(task.subjectTitle, lang) })}
          </Link>
        </p>
      )}
      {task.notes && <p className="text-sm whitespace-pre-line">{task.notes}</p>}
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      {(task.may.change || task.may.delete) && (
        <div className="flex flex-wrap gap-2">
          {task.may.change && task.status === "open" && (
            <>
              <Button type="button" disabled={busy} onClick={() => set("done")}>
                {t("complete")}
              </Button>
              <Button type="button" variant="secondary" disabled={busy} onClick={() => set("cancelled")}>
                {t("cancelTask")}
              </Button>
            </>
          )}
          {task.may.change && task.status !== "open" && (
            <Button type="button" variant="secondary" disabled={busy} onClick={() => set("open")}>
              {t("reopen")}
            </Button>
          )}
          {task.may.delete && (
            <Button
              type="button"
              variant="danger"
              disabled={busy}
              onClick={() => {
                if (window.confirm(t("confirmDelete"))) remove.mutate({ id: task.id });
              }}
            >
              {t("delete")}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
