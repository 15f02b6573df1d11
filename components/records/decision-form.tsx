"use client";
// The secretariat's decision on a proposal or a pending edit, with a message to the submitter.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/field";

export function DecisionForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("records.review");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const decide = useMutation(trpc.records.decide.mutationOptions({ onError, onSuccess: () => router.refresh() }));
  return (
    <form
      noValidate
      aria-labelledby="decision-title"
      className="flex flex-col gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const decision = (submitter?.value ?? "published") as "published" | "changes_requested" | "rejected";
        const message = String(new FormData(e.currentTarget).get("message") ?? "");
        decide.mutate({ id, version, decision, message });
      }}
    >
      <h2 id="decision-title" className="text-lg font-semibold">
        {t("decide")}
      </h2>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <TextAreaField id="decision-message" name="message" label={t("message")} hint={t("messageHint")} errors={errors.fields.message} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" value="published" disabled={decide.isPending}>
          {t("publish")}
        </Button>
        <Button type="submit" value="changes_requested" variant="secondary" disabled={decide.isPending}>
          {t("requestChanges")}
        </Button>
        <Button type="submit" value="rejected" variant="danger" disabled={decide.isPending}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
