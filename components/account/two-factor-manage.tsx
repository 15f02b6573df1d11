"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { RecoveryCodes } from "./recovery-codes";

/** A small form asking for a current code from the app before doing something sensitive. */
function CodeForm(props: {
  id: string;
  title: string;
  lead: string;
  submit: string;
  danger?: boolean;
  pending: boolean;
  onCode: (code: string) => void;
  errors: ReturnType<typeof useFormErrors>["errors"];
}) {
  const t = useTranslations("twoFactor");
  return (
    <form
      noValidate
      aria-labelledby={`${props.id}-heading`}
      className="flex max-w-md flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        props.onCode(String(new FormData(e.currentTarget).get("code") ?? ""));
      }}
    >
      <h2 id={`${props.id}-heading`} className="font-semibold">
        {props.title}
      </h2>
      <p className="text-sm text-slate-700">{props.lead}</p>
      {props.errors.form && <Alert tone="error">{props.errors.form}</Alert>}
      <TextField
        id={`${props.id}-code`}
        name="code"
        label={t("confirmLabel")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        errors={props.errors.fields.code}
        required
      />
      <Button type="submit" variant={props.danger ? "danger" : "primary"} disabled={props.pending}>
        {props.submit}
      </Button>
    </form>
  );
}

/** Once it is on: renew the recovery codes, or turn it off (each with a current code). */
export function TwoFactorManage({ required }: { required: boolean }) {
  const t = useTranslations("twoFactor");
  const trpc = useTRPC();
  const router = useRouter();
  const renewErrors = useFormErrors();
  const disableErrors = useFormErrors();
  const [codes, setCodes] = useState<string[] | null>(null);
  const renew = useMutation(
    trpc.twoFactor.regenerateRecoveryCodes.mutationOptions({ onError: renewErrors.onError, onSuccess: (r) => setCodes(r.recoveryCodes) }),
  );
  const disable = useMutation(trpc.twoFactor.disable.mutationOptions({ onError: disableErrors.onError, onSuccess: () => router.refresh() }));
  if (codes) return <RecoveryCodes codes={codes} onDone={() => (setCodes(null), router.refresh())} />;
  return (
    <div className="flex flex-col gap-6">
      <CodeForm
        id="renew"
        title={t("renewTitle")}
        lead={t("renewLead")}
        submit={t("renew")}
        pending={renew.isPending}
        errors={renewErrors.errors}
        onCode={(code) => (renewErrors.clear(), renew.mutate({ code }))}
      />
      <CodeForm
        id="disable"
        title={t("disableTitle")}
        lead={required ? `${t("disableLead")} ${t("disableRequired")}` : t("disableLead")}
        submit={t("disable")}
        danger
        pending={disable.isPending}
        errors={disableErrors.errors}
        onCode={(code) => (disableErrors.clear(), disable.mutate({ code }))}
      />
    </div>
  );
}
