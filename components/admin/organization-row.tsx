"use client";
import { asLocale } from "~/db/localized-text-ops";
import { textIn } from "~/db/localized-text";
import { LocalizedText } from "~/components/i18n/localized-text";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorReader } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Button } from "~/components/ui/button";
import { type EditableOrganization, OrganizationForm } from "./organization-form";

interface Props {
  org: EditableOrganization & { memberCount: number; isSample: boolean; deletedAt: Date | null };
  canManage: boolean;
}

export function OrganizationRow({ org, canManage }: Props) {
  const t = useTranslations();
  const locale = asLocale(useLocale());
  const trpc = useTRPC();
  const router = useRouter();
  const readErrors = useErrorReader();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const options = { onError: (e: unknown) => setError(readErrors(e).form), onSuccess: () => router.refresh() };
  const remove = useMutation(trpc.organizations.delete.mutationOptions(options));
  const restore = useMutation(trpc.organizations.restore.mutationOptions(options));
  if (editing) {
    return (
      <li className="py-3">
        <OrganizationForm existing={org} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3">
      <div>
        <p className="font-medium">
          <LocalizedText text={org.name} />
          {org.isSample && <span className="ms-2 rounded bg-amber-100 px-1 text-xs">{t("common.sample")}</span>}
          {org.deletedAt && <span className="ms-2 rounded bg-slate-200 px-1 text-xs">{t("admin.deleted")}</span>}
        </p>
        <p className="text-sm text-slate-600">
          {org.slug} · {t("admin.members")}: {org.memberCount}
          {org.website && (
            <>
              {" · "}
              <a href={org.website} rel="noopener noreferrer">
                {org.website}
              </a>
            </>
          )}
        </p>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      {canManage && (
        <div className="flex gap-2">
          {org.deletedAt ? (
            <Button variant="secondary" onClick={() => restore.mutate({ id: org.id })} aria-label={`${t("common.restore")}: ${textIn(org.name, locale)}`}>
              {t("common.restore")}
            </Button>
          ) : (
            <>
              <Button variant="secondary" onClick={() => setEditing(true)} aria-label={`${t("common.edit")}: ${textIn(org.name, locale)}`}>
                {t("common.edit")}
              </Button>
              <Button variant="danger" onClick={() => remove.mutate({ id: org.id })} aria-label={`${t("common.delete")}: ${textIn(org.name, locale)}`}>
                {t("common.delete")}
              </Button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
