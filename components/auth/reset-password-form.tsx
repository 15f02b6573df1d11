"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { NewPasswordField } from "./new-password-field";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const reset = useMutation(
    trpc.account.resetPassword.mutationOptions({
      onError,
      onSuccess: () => router.push("/sign-in?done=reset"),
    }),
  );
  return (
    <form
      noValidate
      className="flex max-w-sm flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        reset.mutate({ token, password: String(new FormData(e.currentTarget).get("password") ?? "") });
      }}
    >
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <NewPasswordField label={t("newPassword")} errors={errors.fields.password} />
      <Button type="submit" disabled={reset.isPending}>
        {t("resetTitle")}
      </Button>
    </form>
  );
}
