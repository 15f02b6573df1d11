"use client";
// Propose a dated change of a record's real-world status (decision 025): a member's proposal waits
// for the secretariat; a staff entry is published at once.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";

export function StatusUpdateForm({ recordId, statuses }: { recordId: string; statuses: { value: string; label: string }[] }) {
  const t = useTranslations("history.events");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const propose = useMutation(
    trpc.statusEvents.propose.mutationOptions({
      onError,
      onSuccess: (_data, _vars) => router.refresh(),
    }),
  );
  return (
    <form
      noValidate
      aria-labelledby="status-update-title"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        const form = new FormData(e.currentTarget);
        const text = (name: string) => String(form.get(name) ?? "");
        propose.mutate({ recordId, date: text("date"), status: text("status"), evidenceUrl: text("evidenceUrl") || null, note: text("note") });
      }}
    >
      <h3 id="status-update-title" className="font-semibold">
        {t("propose")}
      </h3>
      <p className="text-sm text-slate-700">{t("proposeLead")}</p>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      {propose.isSuccess && <Alert tone="success">{propose.data.reviewStatus === "published" ? t("published") : t("submitted")}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="status-date" name="date" type="date" required label={t("date")} errors={errors.fields.date} />
        <SelectField id="status-status" name="status" required label={t("status")} errors={errors.fields.status}>
          {statuses.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField id="status-evidence" name="evidenceUrl" type="url" label={t("evidenceUrl")} hint={t("evidenceHint")} errors={errors.fields.evidenceUrl} />
      <TextAreaField id="status-note" name="note" label={t("note")} errors={errors.fields.note} />
      <div>
        <Button type="submit" disabled={propose.isPending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
