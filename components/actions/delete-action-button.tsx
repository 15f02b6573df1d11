"use client";
// Deletes the action (soft, audited) after a confirmation, then returns to the list.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

export function DeleteActionButton({ id }: { id: string }) {
  const t = useTranslations("actions");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const remove = useMutation(
    trpc.actions.delete.mutationOptions({ onError, onSuccess: () => router.push("/actions") }),
  );
  return (
    <>
      <Button
        type="button"
        variant="danger"
        disabled={remove.isPending}
        onClick={() => {
          if (!window.confirm(t("deleteConfirm"))) return;
          clear();
          remove.mutate({ id });
        }}
      >
        {t("delete")}
      </Button>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
    </>
  );
}
