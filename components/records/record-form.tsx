"use client";
// Propose a record or edit one. The save carries the version it was based on; a conflict shows what
// the other person saved. Members save drafts or submit; staff publish directly.
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import type { TRecordType } from "~/db/schema/record-vocabulary";
import { ConflictNotice } from "./conflict-notice";
import { type EvidenceFile, EvidenceFilesField } from "./evidence-files-field";
import { type MeasureOption, MeasurePicker } from "./measure-picker";
import { type EditableRecord, errorsFor, formToInput } from "./record-form-data";
import { RecordTypeFields } from "./record-type-fields";

interface Props {
  type: TRecordType;
  countries: { iso3: string; name: string }[];
  /** Commitments and focal points may belong to a regional organisation instead of a country. */
  regions?: { id: number; name: string }[];
  measureOptions?: MeasureOption[];
  existing?: EditableRecord;
  /** Staff saves publish directly. */
  publishes: boolean;
  defaultCountry?: string;
}

export function RecordForm({ type, countries, regions = [], measureOptions = [], existing, publishes, defaultCountry }: Props) {
  const t = useTranslations("records");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const [conflict, setConflict] = useState<Record<string, unknown> | null>(null);
  const [submitted, setSubmitted] = useState<Record<string, unknown> | null>(null);
  const [files, setFiles] = useState<EvidenceFile[]>(existing?.files ?? []);
  const [measures, setMeasures] = useState(existing?.measures.join("\n") ?? "");
  const options = {
    onError: (e: unknown) => {
      onError(e);
      const data = e instanceof TRPCClientError ? (e.data as { messageKey?: string; details?: { current?: Record<string, unknown> } }) : null;
      setConflict(data?.messageKey === "staleVersion" ? (data.details?.current ?? null) : null);
    },
    onSuccess: (row: { id: string }) => router.push(`/records/${row.id}`),
  };
  const create = useMutation(trpc.records.create.mutationOptions(options));
  const update = useMutation(trpc.records.update.mutationOptions(options));
  const values = existing?.fields ?? { countryIso3: defaultCountry ?? "" };
  const v = (k: string) => (values[k] as string | null | undefined) ?? "";
  const fe = errors.fields;
  const editsPublished = !publishes && existing?.reviewStatus === "published";

  return (
    <form
      noValidate
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        setConflict(null);
        const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const fields = formToInput(new FormData(e.currentTarget), type);
        const evidence = [...fields.evidence ?? [], ...files.map((f) => ({ kind: "file" as const, uploadId: f.uploadId, label: f.filename }))];
        const input = { ...fields, evidence, submit: submitter?.value === "submit" };
        setSubmitted(input);
        if (existing) update.mutate({ ...input, id: existing.id, version: existing.version });
        else create.mutate(input);
      }}
    >
      <p className="text-sm text-slate-700 sm:col-span-2">{publishes ? t("staffLead") : editsPublished ? t("editPublishedLead") : t("proposeLead")}</p>
      {errors.form && (
        <div className="sm:col-span-2">
          <Alert tone="error">{errors.form}</Alert>
        </div>
      )}
      {conflict && submitted && (
        <div className="sm:col-span-2">
          <ConflictNotice current={conflict} mine={submitted} onReload={() => window.location.reload()} />
        </div>
      )}
      <SelectField id="record-countryIso3" name="countryIso3" label={t("fields.country")} defaultValue={v("countryIso3")} required={type === "parliamentary_action"} errors={errorsFor(fe, "countryIso3")}>
        <option value="">{t("fields.chooseCountry")}</option>
        {countries.map((c) => (
          <option key={c.iso3} value={c.iso3}>
            {c.name}
          </option>
        ))}
      </SelectField>
      {type !== "parliamentary_action" && regions.length > 0 && (
        <SelectField
          id="record-regionalOrganizationId"
          name="regionalOrganizationId"
          label={t("fields.regionalOrganizationInstead")}
          defaultValue={String(values.regionalOrganizationId ?? "")}
          errors={errorsFor(fe, "regionalOrganizationId")}
        >
          <option value="">{t("fields.none")}</option>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        id="record-date"
        name="date"
        type="date"
        label={type === "focal_point" ? t("fields.appointedOn") : t("fields.date")}
        defaultValue={v("date")}
        required
        errors={errorsFor(fe, "date")}
      />
      <TextField id="record-titleZh" name="titleZh" lang="zh-CN" label={t("fields.titleZh")} hint={t("fields.titleHint")} defaultValue={v("titleZh")} errors={errorsFor(fe, "titleZh")} />
      <TextField id="record-titleEn" name="titleEn" lang="en" label={t("fields.titleEn")} defaultValue={v("titleEn")} errors={errorsFor(fe, "titleEn")} />
      <TextAreaField id="record-descriptionZh" name="descriptionZh" lang="zh-CN" label={t("fields.descriptionZh")} defaultValue={v("descriptionZh")} errors={errorsFor(fe, "descriptionZh")} />
      <TextAreaField id="record-descriptionEn" name="descriptionEn" lang="en" label={t("fields.descriptionEn")} defaultValue={v("descriptionEn")} errors={errorsFor(fe, "descriptionEn")} />
      <RecordTypeFields type={type} values={values} errors={fe} />
      <div className="flex flex-col gap-2">
        <TextAreaField
          id="record-measures"
          name="measures"
          label={t("fields.measures")}
          hint={t("fields.measuresHint")}
          value={measures}
          onChange={(e) => setMeasures(e.target.value)}
          errors={errorsFor(fe, "measures")}
        />
        {measureOptions.length > 0 && (
          <MeasurePicker options={measureOptions} onAdd={(slug) => setMeasures((m) => (m.split("\n").includes(slug) ? m : `${m.trim()}\n${slug}`.trim()))} />
        )}
      </div>
      <TextAreaField id="record-units" name="units" label={t("fields.units")} hint={t("fields.unitsHint")} defaultValue={existing?.units.join("\n")} errors={errorsFor(fe, "units")} />
      <TextAreaField id="record-evidence" name="evidence" label={t("fields.evidence")} hint={t("fields.evidenceHint")} defaultValue={existing?.evidence.join("\n")} errors={errorsFor(fe, "evidence")} />
      <EvidenceFilesField files={files} onChange={setFiles} />
      <TextAreaField id="record-notes" name="notes" label={t("fields.notes")} defaultValue={v("notes")} errors={errorsFor(fe, "notes")} />
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        {publishes ? (
          <Button type="submit" value="save" disabled={create.isPending || update.isPending}>
            {t("publish")}
          </Button>
        ) : editsPublished ? (
          <Button type="submit" value="save" disabled={update.isPending}>
            {t("proposeChange")}
          </Button>
        ) : (
          <>
            <Button type="submit" value="submit" disabled={create.isPending || update.isPending}>
              {t("submitForReview")}
            </Button>
            <Button type="submit" value="save" variant="secondary" disabled={create.isPending || update.isPending}>
              {t("saveDraft")}
            </Button>
          </>
        )}
      </div>
    </form>
  );
}
