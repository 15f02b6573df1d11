"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const trpc = useTRPC();
  const { errors, clear, onError } = useFormErrors();
  const request = useMutation(
    trpc.account.requestPasswordReset.mutationOptions({ onError }),
  );
  if (request.isSuccess) return <Alert tone="success">{t("linkSent")}</Alert>;
  return (
    <form
      noValidate
      className="flex max-w-sm flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        request.mutate({ email: String(new FormData(e.currentTarget).get("email") ?? "") });
      }}
    >
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <TextField id="email" type="email" label={t("email")} autoComplete="email" required errors={errors.fields.email} />
      <Button type="submit" disabled={request.isPending}>
        {t("sendLink")}
      </Button>
    </form>
  );
}
