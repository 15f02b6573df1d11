"use client";
// Merge another measure (named by its slug) into this one; delete or restore this measure.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";

export function MergeForm({ survivorId }: { survivorId: string }) {
  const t = useTranslations("measures");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const [merged, setMerged] = useState<string | null>(null);
  const merge = useMutation(
    trpc.measures.merge.mutationOptions({ onError, onSuccess: (r) => { setMerged(r.mergedSlug); router.refresh(); } }),
  );
  return (
    <form
      noValidate
      aria-labelledby="merge-title"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        merge.mutate({ survivorId, mergedSlug: String(new FormData(e.currentTarget).get("mergedSlug") ?? "") });
      }}
    >
      <h2 id="merge-title" className="text-lg font-semibold">{t("merge")}</h2>
      <p className="text-sm text-slate-600">{t("mergeLead")}</p>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      {merged && <Alert tone="success">{t("merged", { slug: merged })}</Alert>}
      <TextField id="mergedSlug" label={t("mergeSlug")} errors={errors.fields.mergedSlug} autoComplete="off" />
      <div>
        <Button type="submit" variant="secondary" disabled={merge.isPending}>{t("mergeSubmit")}</Button>
      </div>
    </form>
  );
}

export function DeleteMeasureButton({ id, deleted }: { id: string; deleted: boolean }) {
  const t = useTranslations("measures");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, onError } = useFormErrors();
  const options = { onError, onSuccess: () => router.refresh() };
  const del = useMutation(trpc.measures.delete.mutationOptions(options));
  const restore = useMutation(trpc.measures.restore.mutationOptions(options));
  return (
    <div className="flex flex-col gap-2">
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <div>
        {deleted ? (
          <Button type="button" onClick={() => restore.mutate({ id })} disabled={restore.isPending}>{t("restore")}</Button>
        ) : (
          <Button type="button" variant="danger" onClick={() => del.mutate({ id })} disabled={del.isPending}>{t("delete")}</Button>
        )}
      </div>
    </div>
  );
}
