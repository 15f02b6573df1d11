"use client";
// Propose a record or edit one. The save carries the version it was based on; a conflict shows what
// the other person saved. Members save drafts or submit; staff publish directly. Measures and
// paragraphs are chosen with the pickers (and suggested from the description); unsaved input
// survives a reload (a local draft, cleared on save).
import { localeDirection, type Locale } from "~/db/locales";
import { type LocalizedText, missingLocales, pickText } from "~/db/localized-text";
import { asLocale } from "~/db/localized-text-ops";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useLocale, useTranslations } from "next-intl";
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
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import type { TRecordType } from "~/db/schema/record-vocabulary";
import { ConflictNotice } from "./conflict-notice";
import { type EditableRecord, errorsFor, formToInput } from "./record-form-data";
import { RecordTypeFields } from "./record-type-fields";

interface Props {
  type: TRecordType;
  countries: { iso3: string; name: string }[];
  /** Commitments and focal points may belong to a regional organisation instead of a country. */
  regions?: { id: number; name: string }[];
  measureChoices: MeasureChoice[];
  documentChoices: DocumentChoice[];
  lang: Locale;
  /** `document#locator` from the reader's "Cite in a record": added to the (new or restored) draft. */
  cite?: string;
  existing?: EditableRecord;
  /** Staff saves publish directly. */
  publishes: boolean;
  defaultCountry?: string;
}

export function RecordForm({ type, countries, regions = [], measureChoices, documentChoices, lang, cite, existing, publishes, defaultCountry }: Props) {
  const t = useTranslations("records");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const [conflict, setConflict] = useState<Record<string, unknown> | null>(null);
  const [submitted, setSubmitted] = useState<Record<string, unknown> | null>(null);
  const [files, setFiles] = useState<UploadedFile[]>(existing?.files ?? []);
  const [measures, setMeasures] = useState<string[]>(existing?.measures ?? []);
  const withCite = (units: string[]) => (cite && !units.includes(cite) ? [...units, cite] : units);
  const [units, setUnits] = useState<string[]>(withCite(existing?.units ?? []));
  // The author writes in the page's language; the record's other languages ride along untouched.
  const locale = asLocale(useLocale());
  const tl = useTranslations("localized");
  const language = tl(`languageNames.${locale}`);
  const existingTitle = (existing?.fields.title as LocalizedText | undefined) ?? {};
  const existingDescription = (existing?.fields.description as LocalizedText | undefined) ?? {};
  const [description, setDescription] = useState(() => existingDescription[locale] ?? "");
  const formRef = useRef<HTMLFormElement>(null);
  const described = () => {
    const field = (name: string) => (formRef.current?.elements.namedItem(name) as HTMLTextAreaElement | null)?.value ?? "";
    setDescription(field("description"));
  };
  const draft = useFormDraft({
    key: `record:${existing ? `${existing.id}:${existing.version}` : "new"}:${type}`,
    formRef,
    state: { files, measures, units },
    onRestore: (saved) => {
      setFiles(saved.files);
      setMeasures(saved.measures);
      setUnits(withCite(saved.units));
      described();
    },
  });
  const options = {
    onError: (e: unknown) => {
      onError(e);
      const data = e instanceof TRPCClientError ? (e.data as { messageKey?: string; details?: { current?: Record<string, unknown> } }) : null;
      setConflict(data?.messageKey === "staleVersion" ? (data.details?.current ?? null) : null);
    },
    onSuccess: (row: { id: string }) => {
      draft.clear();
      router.push(`/records/${row.id}`);
    },
  };
  const create = useMutation(trpc.records.create.mutationOptions(options));
  const update = useMutation(trpc.records.update.mutationOptions(options));
  const values = existing?.fields ?? { countryIso3: defaultCountry ?? "" };
  const v = (k: string) => (values[k] as string | null | undefined) ?? "";
  const fe = errors.fields;
  const editsPublished = !publishes && existing?.reviewStatus === "published";

  return (
    <form
      ref={formRef}
      noValidate
      onChange={(e) => {
        if ((e.target as HTMLElement).id?.startsWith("record-description")) described();
        draft.save();
      }}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        setConflict(null);
        const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const fields = formToInput(new FormData(e.currentTarget), type, { locale, title: existingTitle, description: existingDescription });
        const evidence = [...fields.evidence ?? [], ...files.map((f) => ({ kind: "file" as const, uploadId: f.uploadId, label: f.filename }))];
        const input = { ...fields, evidence, submit: submitter?.value === "submit" };
        setSubmitted(input);
        if (existing) update.mutate({ ...input, id: existing.id, version: existing.version });
        else create.mutate(input);
      }}
    >
      <p className="text-sm text-slate-700 sm:col-span-2">{publishes ? t("staffLead") : editsPublished ? t("editPublishedLead") : t("proposeLead")}</p>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
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
      <p className="text-sm text-slate-700 sm:col-span-2">{tl("writingIn", { language })}</p>
      <TextField
        id="record-title"
        name="title"
        lang={locale}
        dir={localeDirection(locale)}
        label={tl("titleIn", { language })}
        hint={missingLocales(existingTitle).includes(locale) && pickText(existingTitle, locale).text ? `${tl("shownInTitle", { language: tl(`languageNames.${pickText(existingTitle, locale).lang!}`) })}: ${pickText(existingTitle, locale).text}` : undefined}
        defaultValue={existingTitle[locale] ?? ""}
        errors={errorsFor(fe, "title") ?? errorsFor(fe, `title.${locale}`)}
      />
      <TextAreaField
        id="record-description"
        name="description"
        lang={locale}
        dir={localeDirection(locale)}
        label={tl("descriptionIn", { language })}
        defaultValue={existingDescription[locale] ?? ""}
        errors={errorsFor(fe, `description.${locale}`)}
      />
      <RecordTypeFields type={type} values={values} errors={fe} />
      <LinkSuggestions
        text={description}
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
      <TextAreaField id="record-evidence" name="evidence" label={t("fields.evidence")} hint={t("fields.evidenceHint")} defaultValue={existing?.evidence.join("\n")} errors={errorsFor(fe, "evidence")} />
      <FileUploadField files={files} onChange={setFiles} />
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
