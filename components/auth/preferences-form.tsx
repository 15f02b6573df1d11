"use client";
import type { Locale } from "~/db/locales";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { EMAIL_DELIVERIES } from "~/db/schema/advocacy-vocabulary";
import { LOCALES } from "~/db/locales";
import { languageTag } from "~/server/i18n/locale-tags";
import { asLocale } from "~/db/localized-text-ops";

interface Props {
  account: { name: string; locale: Locale; emailDelivery: string; version: number };
}

export function PreferencesForm({ account }: Props) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const [version, setVersion] = useState(account.version);
  const save = useMutation(
    trpc.account.updatePreferences.mutationOptions({
      onError,
      onSuccess: (saved) => {
        setVersion(saved.version);
        router.replace("/account", { locale: saved.locale });
        router.refresh();
      },
    }),
  );
  return (
    <form
      noValidate
      className="flex max-w-md flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        const form = new FormData(e.currentTarget);
        save.mutate({
          name: String(form.get("name") ?? ""),
          locale: asLocale(String(form.get("locale") ?? "")),
          emailDelivery: EMAIL_DELIVERIES.find((d) => d === form.get("emailDelivery")) ?? "immediate",
          version,
        });
      }}
    >
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      {save.isSuccess && <Alert tone="success">{t("common.saved")}</Alert>}
      <TextField id="name" label={t("account.name")} defaultValue={account.name} required errors={errors.fields.name} />
      <SelectField
        id="locale"
        label={t("account.preferredLanguage")}
        hint={t("account.preferredLanguageHint")}
        defaultValue={account.locale}
        errors={errors.fields.locale}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={languageTag(l)}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="emailDelivery"
        label={t("account.emailDelivery")}
        hint={t("account.emailDeliveryHint")}
        defaultValue={account.emailDelivery}
        errors={errors.fields.emailDelivery}
      >
        {EMAIL_DELIVERIES.map((d) => (
          <option key={d} value={d}>
            {t(`account.emailDeliveries.${d}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
