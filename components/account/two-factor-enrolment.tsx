"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { RecoveryCodes } from "./recovery-codes";

/**
 * Setting up the authenticator app: a new secret as a QR code and as text, then a first code to prove
 * the app has it, then the recovery codes (shown once). Afterwards every page is open again.
 */
export function TwoFactorEnrolment() {
  const t = useTranslations("twoFactor");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const begin = useMutation(trpc.twoFactor.beginEnrolment.mutationOptions({ onError }));
  const confirm = useMutation(trpc.twoFactor.confirmEnrolment.mutationOptions({ onError }));

  if (confirm.data) {
    return (
      <RecoveryCodes
        codes={confirm.data.recoveryCodes}
        onDone={() => {
          router.push("/account");
          router.refresh();
        }}
      />
    );
  }
  if (!begin.data) {
    return (
      <div className="flex flex-col items-start gap-3">
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        <Button type="button" disabled={begin.isPending} onClick={() => (clear(), begin.mutate())}>
          {t("start")}
        </Button>
      </div>
    );
  }
  return (
    <form
      noValidate
      className="flex max-w-md flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        confirm.mutate({ code: String(new FormData(e.currentTarget).get("code") ?? "") });
      }}
    >
      <p className="text-sm">{t("scan")}</p>
      {/* A data URL made on the server from our own otpauth URI: no third-party QR service sees the secret. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={begin.data.qrCode} alt={t("qrAlt")} width={200} height={200} className="rounded border border-slate-200 bg-white" />
      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-800">{t("secretLabel")}</span>
        <code data-testid="totp-secret" className="break-all rounded bg-slate-100 px-2 py-1 font-mono text-sm">
          {begin.data.secret}
        </code>
      </div>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <TextField
        id="code"
        label={t("confirmLabel")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        errors={errors.fields.code}
        required
      />
      <Button type="submit" disabled={confirm.isPending}>
        {t("confirm")}
      </Button>
    </form>
  );
}
