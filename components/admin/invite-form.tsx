"use client";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { holdsCountry, holdsOrganization, type Role } from "~/server/auth/policy";
import { LOCALES } from "~/db/locales";
import { languageTag } from "~/server/i18n/locale-tags";
import { asLocale } from "~/db/localized-text-ops";

export interface Option {
  value: string;
  label: string;
}

interface Props {
  roles: Role[];
  organizations: Option[];
  countries: Option[];
}

export function InviteForm({ roles, organizations, countries }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const [role, setRole] = useState<Role>("member");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const invite = useMutation(
    trpc.users.invite.mutationOptions({
      onError,
      onSuccess: (row, vars) => {
        setSentTo(vars.email);
        router.refresh();
      },
    }),
  );
  return (
    <form
      noValidate
      aria-labelledby="invite-heading"
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        setSentTo(null);
        const f = new FormData(e.currentTarget);
        invite.mutate({
          email: String(f.get("invite-email") ?? ""),
          name: String(f.get("invite-name") ?? "") || undefined,
          role,
          organizationId: String(f.get("invite-organization") ?? "") || null,
          countryIso3: String(f.get("invite-country") ?? "") || null,
          locale: asLocale(String(f.get("invite-locale") ?? "")),
        });
      }}
    >
      <h2 id="invite-heading" className="text-lg font-semibold sm:col-span-2">
        {t("admin.invite")}
      </h2>
      {errors.form && (
        <div className="sm:col-span-2">
          <Alert tone="error">{errors.form}</Alert>
        </div>
      )}
      {sentTo && (
        <div className="sm:col-span-2">
          <Alert tone="success">{t("admin.inviteSent", { email: sentTo })}</Alert>
        </div>
      )}
      <TextField id="invite-email" type="email" label={t("admin.invitationEmail")} required errors={errors.fields.email} />
      <TextField id="invite-name" label={t("account.name")} errors={errors.fields.name} />
      <SelectField
        id="invite-role"
        label={t("account.role")}
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
        errors={errors.fields.role}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </SelectField>
      {/* Staff belong to no organisation (decision 016): only members choose one. */}
      {holdsOrganization(role) && (
        <SelectField id="invite-organization" label={t("admin.organization")} defaultValue="" errors={errors.fields.organizationId}>
          <option value="">{t("admin.noOrganization")}</option>
          {organizations.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      )}
      {holdsCountry(role) && (
        <SelectField id="invite-country" label={t("admin.country")} defaultValue="" errors={errors.fields.countryIso3}>
          <option value="">{t("admin.chooseCountry")}</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField id="invite-locale" label={t("admin.invitationLanguage")} defaultValue={locale}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={languageTag(l)}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </SelectField>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={invite.isPending}>
          {invite.isPending ? t("common.saving") : t("admin.invite")}
        </Button>
      </div>
    </form>
  );
}
