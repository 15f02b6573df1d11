"use client";
// The secretariat's one form for a measure's fields: all six languages side by side (the missing ones
// marked and counted), saved with the version it was based on; a conflict shows the other person's version.
import { LocalizedTextFields, readLocalizedFields } from "~/components/i18n/localized-text-fields";
import { asLocale } from "~/db/localized-text-ops";
import { type LocalizedText, textIn } from "~/db/localized-text";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField } from "~/components/ui/field";
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
  title: LocalizedText;
}

export function MeasureEditForm({ measure }: { measure: EditableMeasure }) {
  const t = useTranslations();
  const locale = asLocale(useLocale());
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
          title: readLocalizedFields(f, "title"),
          description: readLocalizedFields(f, "description"),
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
      {other && <Alert tone="error">{t("measures.conflictOther", { version: other.version, title: textIn(other.title, locale) })}</Alert>}
      {saved && <Alert tone="success">{t("measures.saved")}</Alert>}
      <LocalizedTextFields
        idPrefix="measure"
        errors={errors.fields}
        fields={[
          { name: "title", value: measure.title, label: (language) => t("localized.titleIn", { language }), multiline: true },
          { name: "description", value: measure.description, label: (language) => t("localized.descriptionIn", { language }), multiline: true },
        ]}
      />
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
