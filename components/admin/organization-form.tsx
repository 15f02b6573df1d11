"use client";
// Create an organisation, or edit one (the save carries the version it was based on).
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { LocalizedTextFields, readLocalizedFields } from "~/components/i18n/localized-text-fields";
import type { LocalizedText } from "~/db/localized-text";

export interface EditableOrganization {
  id: string;
  version: number;
  name: LocalizedText;
  slug: string;
  website: string | null;
}

export function OrganizationForm({ existing, onDone }: { existing?: EditableOrganization; onDone?: () => void }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const [saved, setSaved] = useState(false);
  const options = {
    onError,
    onSuccess: () => {
      setSaved(true);
      router.refresh();
      onDone?.();
    },
  };
  const create = useMutation(trpc.organizations.create.mutationOptions(options));
  const update = useMutation(trpc.organizations.update.mutationOptions(options));
  const prefix = existing ? `org-${existing.id}` : "org-new";
  return (
    <form
      noValidate
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        setSaved(false);
        const f = new FormData(e.currentTarget);
        const fields = {
          name: readLocalizedFields(f, "name"),
          slug: String(f.get(`${prefix}-slug`) ?? ""),
          website: String(f.get(`${prefix}-website`) ?? ""),
        };
        if (existing) update.mutate({ ...fields, id: existing.id, version: existing.version });
        else create.mutate(fields);
      }}
    >
      {!existing && <h2 className="text-lg font-semibold sm:col-span-2">{t("admin.newOrganization")}</h2>}
      {errors.form && (
        <div className="sm:col-span-2">
          <Alert tone="error">{errors.form}</Alert>
        </div>
      )}
      {saved && !existing && (
        <div className="sm:col-span-2">
          <Alert tone="success">{t("common.saved")}</Alert>
        </div>
      )}
      <div className="sm:col-span-2">
        <LocalizedTextFields
          idPrefix={prefix}
          errors={errors.fields}
          fields={[{ name: "name", value: existing?.name ?? {}, label: (language) => `${t("admin.orgName")} (${language})` }]}
        />
      </div>
      <TextField
        id={`${prefix}-slug`}
        label={t("admin.slug")}
        hint={t("admin.slugHint")}
        defaultValue={existing?.slug}
        required
        errors={errors.fields.slug}
      />
      <TextField id={`${prefix}-website`} type="url" label={t("admin.website")} defaultValue={existing?.website ?? ""} errors={errors.fields.website} />
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={create.isPending || update.isPending}>
          {t("common.save")}
        </Button>
        {existing && (
          <Button type="button" variant="secondary" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
