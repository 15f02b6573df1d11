"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { NewPasswordField } from "./new-password-field";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";

export function AcceptInvitationForm({ token, suggestedName }: { token: string; suggestedName: string }) {
  const t = useTranslations("auth");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const accept = useMutation(
    trpc.account.acceptInvitation.mutationOptions({
      onError,
      onSuccess: (r) => router.push(`/sign-in?done=invited`, { locale: r.locale }),
    }),
  );
  return (
    <form
      noValidate
      className="flex max-w-sm flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        const form = new FormData(e.currentTarget);
        accept.mutate({
          token,
          name: String(form.get("name") ?? ""),
          password: String(form.get("password") ?? ""),
        });
      }}
    >
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <TextField id="name" label={t("yourName")} defaultValue={suggestedName} autoComplete="name" required errors={errors.fields.name} />
      <NewPasswordField label={t("password")} errors={errors.fields.password} />
      <Button type="submit" disabled={accept.isPending}>
        {t("acceptInvite")}
      </Button>
    </form>
  );
}
