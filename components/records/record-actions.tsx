"use client";
// Submit, delete and restore buttons on a record page; each sends the version it was shown.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { Link, useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

interface Props {
  id: string;
  version: number;
  may: { edit: boolean; submit: boolean; delete: boolean; restore: boolean; history: boolean };
}

export function RecordActions({ id, version, may }: Props) {
  const t = useTranslations("records");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const options = { onError, onSuccess: () => router.refresh() };
  const submit = useMutation(trpc.records.submit.mutationOptions(options));
  const remove = useMutation(trpc.records.delete.mutationOptions(options));
  const restore = useMutation(trpc.records.restore.mutationOptions(options));
  const busy = submit.isPending || remove.isPending || restore.isPending;
  return (
    <div className="flex flex-col gap-2">
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <div className="flex flex-wrap gap-2">
        {may.edit && (
          <Link href={`/records/${id}/edit`} className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium">
            {t("editTitle")}
          </Link>
        )}
        {may.submit && (
          <Button type="button" disabled={busy} onClick={() => (clear(), submit.mutate({ id, version }))}>
            {t("submit")}
          </Button>
        )}
        {may.history && (
          <Link href={`/records/${id}/history`} className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium">
            {t("history")}
          </Link>
        )}
        {may.delete && (
          <Button type="button" variant="danger" disabled={busy} onClick={() => (clear(), remove.mutate({ id }))}>
            {t("delete")}
          </Button>
        )}
        {may.restore && (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => (clear(), restore.mutate({ id }))}>
            {t("restore")}
          </Button>
        )}
      </div>
    </div>
  );
}
