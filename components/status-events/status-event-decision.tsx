"use client";
// The secretariat publishes or rejects one proposed status change (a rejection says why).
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";

export function StatusEventDecision({ id, version }: { id: string; version: number }) {
  const t = useTranslations("history.events");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const decide = useMutation(trpc.statusEvents.decide.mutationOptions({ onError, onSuccess: () => router.refresh() }));
  return (
    <form
      noValidate
      aria-label={t("decide")}
      className="mt-2 flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const decision = (submitter?.value ?? "published") as "published" | "rejected";
        decide.mutate({ id, version, decision, message: String(new FormData(e.currentTarget).get("message") ?? "") });
      }}
    >
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <TextField id={`decision-${id}`} name="message" label={t("message")} errors={errors.fields.message} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" value="published" disabled={decide.isPending}>
          {t("publish")}
        </Button>
        <Button type="submit" value="rejected" variant="danger" disabled={decide.isPending}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
