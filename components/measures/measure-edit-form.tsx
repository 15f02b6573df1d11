"use client";
// The secretariat's one form for a measure's fields: Chinese and English side by side, saved with the
// version it was based on; a conflict shows the other person's version.
import type { LocalizedText } from "~/db/localized-text";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FieldShell, SelectField } from "~/components/ui/field";
import { ADDRESSEES, CATEGORIES } from "~/db/schema/measure-vocabulary";

export interface EditableMeasure {
  id: string;
  version: number;
  title: LocalizedText;
  description: LocalizedText;
  actor: (typeof ADDRESSEES)[number];
  pillar: number | null;
  category: string;
  prevention: "upstream" | "downstream" | null;
  key: boolean;
}

interface OtherVersion {
  version: number;
  titleZh: string;
  titleEn: string;
}

const area = "min-h-24 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600";

export function MeasureEditForm({ measure }: { measure: EditableMeasure }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const [saved, setSaved] = useState(false);
  const [other, setOther] = useState<OtherVersion | null>(null);
  const update = useMutation(
    trpc.measures.update.mutationOptions({
      onError: (e) => {
        onError(e);
        const current = e instanceof TRPCClientError ? (e.data?.details as { current?: OtherVersion } | null)?.current : null;
        setOther(current ?? null);
      },
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
    }),
  );
  const str = (f: FormData, k: string) => String(f.get(k) ?? "");
  return (
    <form
      noValidate
      aria-labelledby="edit-fields"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        setSaved(false);
        setOther(null);
        const f = new FormData(e.currentTarget);
        const pillar = str(f, "pillar");
        const prevention = str(f, "prevention");
        update.mutate({
          id: measure.id,
          version: measure.version,
          titleZh: str(f, "titleZh"),
          titleEn: str(f, "titleEn"),
          descriptionZh: str(f, "descriptionZh"),
          descriptionEn: str(f, "descriptionEn"),
          actor: str(f, "actor") as EditableMeasure["actor"],
          pillar: pillar === "1" ? 1 : pillar === "2" ? 2 : pillar === "3" ? 3 : null,
          category: str(f, "category") as (typeof CATEGORIES)[number],
          prevention: prevention === "upstream" || prevention === "downstream" ? prevention : null,
          key: f.get("key") === "on",
        });
      }}
    >
      <h2 id="edit-fields" className="text-lg font-semibold">{t("measures.fields")}</h2>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      {other && <Alert tone="error">{t("measures.conflictOther", { version: other.version, title: `${other.titleZh} / ${other.titleEn}` })}</Alert>}
      {saved && <Alert tone="success">{t("measures.saved")}</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        <fieldset lang="zh-CN" className="flex flex-col gap-3">
          <legend className="mb-1 font-medium">{t("measures.chinese")}</legend>
          <FieldShell id="titleZh" label={t("measures.titleZh")} errors={errors.fields.titleZh}>
            <textarea id="titleZh" name="titleZh" required defaultValue={measure.title.zh} className={area} aria-invalid={errors.fields.titleZh ? true : undefined} />
          </FieldShell>
          <FieldShell id="descriptionZh" label={t("measures.descriptionZh")} errors={errors.fields.descriptionZh}>
            <textarea id="descriptionZh" name="descriptionZh" defaultValue={measure.description.zh} className={area} />
          </FieldShell>
        </fieldset>
        <fieldset lang="en" className="flex flex-col gap-3">
          <legend className="mb-1 font-medium">{t("measures.english")}</legend>
          <FieldShell id="titleEn" label={t("measures.titleEn")} errors={errors.fields.titleEn}>
            <textarea id="titleEn" name="titleEn" required defaultValue={measure.title.en} className={area} aria-invalid={errors.fields.titleEn ? true : undefined} />
          </FieldShell>
          <FieldShell id="descriptionEn" label={t("measures.descriptionEn")} errors={errors.fields.descriptionEn}>
            <textarea id="descriptionEn" name="descriptionEn" defaultValue={measure.description.en} className={area} />
          </FieldShell>
        </fieldset>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField id="actor" label={t("measures.actor")} defaultValue={measure.actor}>
          {ADDRESSEES.map((a) => <option key={a} value={a}>{t(`measures.actors.${a}`)}</option>)}
        </SelectField>
        <SelectField id="pillar" label={t("measures.pillar")} defaultValue={measure.pillar ? String(measure.pillar) : ""}>
          {[1, 2, 3].map((n) => <option key={n} value={String(n)}>{t("measures.pillarN", { n })}</option>)}
          <option value="">{t("measures.noPillar")}</option>
        </SelectField>
        <SelectField id="category" label={t("measures.category")} defaultValue={measure.category}>
          {CATEGORIES.map((c) => <option key={c} value={c}>{t(`measures.categories.${c}`)}</option>)}
        </SelectField>
        <SelectField id="prevention" label={t("measures.prevention")} defaultValue={measure.prevention ?? ""}>
          <option value="upstream">{t("measures.preventions.upstream")}</option>
          <option value="downstream">{t("measures.preventions.downstream")}</option>
          <option value="">{t("measures.noPrevention")}</option>
        </SelectField>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="key" defaultChecked={measure.key} />
        {t("measures.key")}
      </label>
      <div>
        <Button type="submit" disabled={update.isPending}>{update.isPending ? t("common.saving") : t("common.save")}</Button>
      </div>
    </form>
  );
}
