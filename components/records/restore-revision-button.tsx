"use client";
// Secretariat only: put an earlier revision back (itself recorded as a new revision).
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

export function RestoreRevisionButton({ id, version, revisionId, number }: { id: string; version: number; revisionId: string; number: number }) {
  const t = useTranslations("records.historyPage");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const restore = useMutation(trpc.records.restoreRevision.mutationOptions({ onError, onSuccess: () => router.refresh() }));
  return (
    <div className="flex flex-col gap-1">
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <Button
        type="button"
        variant="secondary"
        aria-label={`${t("restore")} (${t("revision", { number })})`}
        disabled={restore.isPending}
        onClick={() => (clear(), restore.mutate({ id, version, revisionId }))}
      >
        {t("restore")}
      </Button>
    </div>
  );
}
