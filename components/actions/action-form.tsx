"use client";
// Log an advocacy action or edit one. The save carries the version it was based on; field errors
// (zod's and the server's link checks) appear beside their field. Measures and paragraphs are chosen
// with the pickers (and suggested from the summary); unsaved input survives a reload (a local draft).
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { DraftNotice } from "~/components/forms/draft-notice";
import { FileUploadField } from "~/components/forms/file-upload-field";
import { LinkSuggestions } from "~/components/forms/link-suggestions";
import { MeasureField } from "~/components/forms/measure-field";
import type { MeasureChoice } from "~/components/forms/measure-search";
import { type DocumentChoice, ParagraphField } from "~/components/forms/paragraph-field";
import type { UploadedFile } from "~/components/forms/upload-request";
import { useFormDraft } from "~/components/forms/use-form-draft";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { errorsFor } from "~/components/records/record-form-data";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { ACTION_KINDS, OUTCOME_KINDS, VISIBILITIES } from "~/db/schema/advocacy-vocabulary";
import { type ActionTarget, actionFormToInput, type EditableAction } from "./action-form-data";
import { CheckboxList } from "./checkbox-list";
import { CountryPicker } from "./country-picker";
import { TargetsField } from "./targets-field";
import type { Locale } from "~/db/locales";

interface Props {
  countries: { iso3: string; name: string }[];
  measureChoices: MeasureChoice[];
  documentChoices: DocumentChoice[];
  lang: Locale;
  /** `document#locator` from the reader's "Cite in an action": added to the (new or restored) draft. */
  cite?: string;
  colleagues: { id: string; name: string }[];
  records: { id: string; title: string }[];
  existing?: EditableAction;
  defaultCountry?: string;
  /** Today in the person's calendar, the form's default date. */
  today: string;
}

export function ActionForm({
  countries,
  measureChoices,
  documentChoices,
  lang,
  cite,
  colleagues,
  records,
  existing,
  defaultCountry,
  today,
}: Props) {
  const t = useTranslations("actions");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const [chosenCountries, setChosenCountries] = useState<string[]>(
    existing?.countries ?? (defaultCountry ? [defaultCountry] : []),
  );
  const [targets, setTargets] = useState<ActionTarget[]>(
    existing?.targets ?? [{ kind: "ministry", name: "" }],
  );
  const [files, setFiles] = useState<UploadedFile[]>(existing?.files ?? []);
  const [measures, setMeasures] = useState<string[]>(existing?.measures ?? []);
  const withCite = (units: string[]) => (cite && !units.includes(cite) ? [...units, cite] : units);
  const [units, setUnits] = useState<string[]>(withCite(existing?.units ?? []));
  const [summary, setSummary] = useState(existing?.summary ?? "");
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useFormDraft({
    key: `action:${existing ? `${existing.id}:${existing.version}` : "new"}`,
    formRef,
    state: { countries: chosenCountries, targets, files, measures, units },
    onRestore: (saved) => {
      setChosenCountries(saved.countries);
      setTargets(saved.targets);
      setFiles(saved.files);
      setMeasures(saved.measures);
      setUnits(withCite(saved.units));
      setSummary((formRef.current?.elements.namedItem("summary") as HTMLTextAreaElement | null)?.value ?? "");
    },
  });
  const options = {
    onError,
    onSuccess: (row: { id: string }) => {
      draft.clear();
      router.push(`/actions/${row.id}`);
    },
  };
  const create = useMutation(trpc.actions.create.mutationOptions(options));
  const update = useMutation(trpc.actions.update.mutationOptions(options));
  const busy = create.isPending || update.isPending;
  const fe = errors.fields;

  return (
    <form
      ref={formRef}
      noValidate
      onChange={draft.save}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        const input = actionFormToInput(new FormData(e.currentTarget), {
          countries: chosenCountries,
          targets: targets.filter((x) => x.name.trim() !== ""),
          files,
        });
        if (existing) update.mutate({ ...input, id: existing.id, version: existing.version });
        else create.mutate(input);
      }}
    >
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      {errors.form && (
        <div className="sm:col-span-2">
          <Alert tone="error">{errors.form}</Alert>
        </div>
      )}
      <SelectField
        id="action-kind"
        name="kind"
        label={t("fields.kind")}
        defaultValue={existing?.kind ?? "meeting"}
        errors={errorsFor(fe, "kind")}
      >
        {ACTION_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="action-date"
        name="date"
        type="date"
        label={t("fields.date")}
        hint={t("fields.dateHint")}
        defaultValue={existing?.date ?? today}
        required
        errors={errorsFor(fe, "date")}
      />
      <div className="sm:col-span-2">
        <TextField
          id="action-title"
          name="title"
          label={t("fields.title")}
          defaultValue={existing?.title ?? ""}
          required
          maxLength={500}
          errors={errorsFor(fe, "title")}
        />
      </div>
      <div className="sm:col-span-2">
        <CountryPicker
          countries={countries}
          value={chosenCountries}
          onChange={setChosenCountries}
          errors={errorsFor(fe, "countries")}
        />
      </div>
      <div className="sm:col-span-2">
        <TargetsField value={targets} onChange={setTargets} errors={errorsFor(fe, "targets")} />
      </div>
      <TextAreaField
        id="action-summary"
        name="summary"
        label={t("fields.summary")}
        defaultValue={existing?.summary ?? ""}
        onChange={(e) => setSummary(e.target.value)}
        rows={4}
        errors={errorsFor(fe, "summary")}
      />
      <TextAreaField
        id="action-outcome"
        name="outcome"
        label={t("fields.outcome")}
        defaultValue={existing?.outcome ?? ""}
        rows={4}
        errors={errorsFor(fe, "outcome")}
      />
      <SelectField
        id="action-outcomeKind"
        name="outcomeKind"
        label={t("fields.outcomeKind")}
        defaultValue={existing?.outcomeKind ?? "pending"}
        errors={errorsFor(fe, "outcomeKind")}
      >
        {OUTCOME_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`outcomeKinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">{t("fields.visibility")}</legend>
        {VISIBILITIES.map((v) => (
          <label key={v} className="flex min-h-10 items-start gap-2 text-sm">
            <input
              type="radio"
              name="visibility"
              value={v}
              defaultChecked={(existing?.visibility ?? "organization") === v}
              className="mt-1 h-5 w-5"
            />
            <span>
              <span className="font-medium">{t(`visibilities.${v}`)}</span>
              <span className="block text-xs text-slate-600">{t(`visibilityHints.${v}`)}</span>
            </span>
          </label>
        ))}
        {errorsFor(fe, "visibility") && (
          <p role="alert" className="text-sm text-red-700">
            {errorsFor(fe, "visibility")!.join(" ")}
          </p>
        )}
      </fieldset>
      <LinkSuggestions
        text={summary}
        lang={lang}
        linkedMeasures={measures}
        linkedUnits={units}
        onLinkMeasure={(slug) => setMeasures((m) => (m.includes(slug) ? m : [...m, slug]))}
        onLinkUnit={(key) => setUnits((u) => (u.includes(key) ? u : [...u, key]))}
      />
      <div className="sm:col-span-2">
        <MeasureField name="measures" choices={measureChoices} value={measures} onChange={setMeasures} lang={lang} errors={errorsFor(fe, "measures")} />
      </div>
      <ParagraphField name="units" documents={documentChoices} value={units} onChange={setUnits} errors={errorsFor(fe, "units")} cited={cite} />
      <CheckboxList
        name="coAuthorIds"
        legend={t("fields.coAuthors")}
        hint={t("fields.coAuthorsHint")}
        empty={t("fields.noColleagues")}
        options={colleagues.map((c) => ({ value: c.id, label: c.name }))}
        defaultValue={existing?.coAuthorIds ?? []}
        errors={errorsFor(fe, "coAuthorIds")}
      />
      <CheckboxList
        name="recordIds"
        legend={t("fields.records")}
        hint={t("fields.recordsHint")}
        empty={t("fields.noRecords")}
        options={records.map((r) => ({ value: r.id, label: r.title }))}
        defaultValue={existing?.recordIds ?? []}
        errors={errorsFor(fe, "recordIds")}
      />
      <TextAreaField
        id="action-links"
        name="links"
        label={t("fields.links")}
        hint={t("fields.linksHint")}
        defaultValue={existing?.links.join("\n")}
        errors={errorsFor(fe, "attachments")}
      />
      <FileUploadField files={files} onChange={setFiles} />
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        <Button type="submit" disabled={busy}>
          {existing ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
