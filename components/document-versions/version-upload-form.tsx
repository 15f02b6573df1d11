"use client";
// The secretariat adds a document's version in another language: check how the file lines up with the
// original (what the parser matched, what is missing or extra), then save it with its title.
import { useMutation, useQuery } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { noErrors, useErrorReader, type FormErrors } from "~/components/forms/use-mutation-errors";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { CheckboxField, SelectField, TextField } from "~/components/ui/field";
import { LOCALES, type Locale } from "~/db/locales";
import { Link } from "~/server/i18n/navigation";
import { AlignmentReport } from "./alignment-report";

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const OWN_ERRORS = ["sameLanguageAsOriginal", "languageVersionExists", "fileNothingFound"] as const;

export interface UploadableDocument {
  slug: string;
  title: string;
  language: string;
}

export function VersionUploadForm({ documents }: { documents: UploadableDocument[] }) {
  const t = useTranslations("documentVersions");
  const tRoot = useTranslations();
  const trpc = useTRPC();
  const readGeneric = useErrorReader();
  // This form's own refusals (wrong language, a version already there) read better in its own words.
  const readErrors = (e: unknown): FormErrors => {
    const key = e instanceof TRPCClientError ? (e.data as { messageKey?: string } | undefined)?.messageKey : undefined;
    const own = OWN_ERRORS.find((k) => k === key);
    return own ? { fields: {}, form: t(`errors.${own}`) } : readGeneric(e);
  };
  const [errors, setErrors] = useState(noErrors);
  const [saveErrors, setSaveErrors] = useState(noErrors);
  const [slug, setSlug] = useState(documents[0]?.slug ?? "");
  const [file, setFile] = useState<{ slug: string; locale: Locale; fileName: string; contentBase64: string } | null>(null);
  const versions = useQuery(trpc.documentVersions.list.queryOptions({ slug }, { enabled: slug !== "" }));
  const preview = useMutation(trpc.documentVersions.preview.mutationOptions({ onError: (e) => setErrors(readErrors(e)) }));
  const upload = useMutation(
    trpc.documentVersions.upload.mutationOptions({
      onError: (e) => setSaveErrors(readErrors(e)),
      onSuccess: () => void versions.refetch(),
    }),
  );
  const original = documents.find((d) => d.slug === file?.slug)?.language ?? "zh";

  async function onPreview(form: HTMLFormElement) {
    setErrors(noErrors);
    setSaveErrors(noErrors);
    upload.reset();
    const data = new FormData(form);
    const picked = data.get("version-file");
    if (!(picked instanceof File) || picked.size === 0) {
      setErrors({ fields: { fileName: [t("chooseFileFirst")] }, form: null });
      return;
    }
    const locale = LOCALES.find((l) => l === data.get("version-locale")) ?? "en";
    const next = { slug, locale, fileName: picked.name, contentBase64: await toBase64(picked) };
    setFile(next);
    preview.mutate(next);
  }

  function onSave(form: HTMLFormElement) {
    if (!file) return;
    setSaveErrors(noErrors);
    const data = new FormData(form);
    const live = versions.data?.versions.find((v) => v.locale === file.locale && !v.original);
    upload.mutate({
      ...file,
      title: String(data.get("version-title") ?? ""),
      replacesVersion: data.get("version-replaces") && live ? live.version : undefined,
    });
  }

  return (
    <div className="flex flex-col gap-6">
      <form
        noValidate
        className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          void onPreview(e.currentTarget);
        }}
      >
        <h2 className="text-lg font-semibold sm:col-span-2">{t("uploadTitle")}</h2>
        <p className="text-sm text-slate-700 sm:col-span-2">{t("uploadLead")}</p>
        {errors.form && (
          <div className="sm:col-span-2">
            <Alert tone="error">{errors.form}</Alert>
          </div>
        )}
        <SelectField id="version-document" label={t("document")} value={slug} onChange={(e) => setSlug(e.target.value)} errors={errors.fields.slug}>
          {documents.map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.title}
            </option>
          ))}
        </SelectField>
        <SelectField id="version-locale" label={t("language")} defaultValue="en" errors={errors.fields.locale}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {tRoot(`languages.${l}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="version-file"
          type="file"
          accept=".txt,.pdf,text/plain,application/pdf"
          label={t("file")}
          hint={t("fileHint")}
          errors={errors.fields.fileName ?? errors.fields.contentBase64}
        />
        <div className="sm:col-span-2">
          <Button type="submit" disabled={preview.isPending}>
            {preview.isPending ? t("previewing") : t("preview")}
          </Button>
        </div>
      </form>

      {preview.data && !preview.isPending && file && (
        <>
          <AlignmentReport report={upload.data?.alignment ?? preview.data.alignment} warnings={preview.data.warnings} />
          <form
            noValidate
            className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
            onSubmit={(e) => {
              e.preventDefault();
              onSave(e.currentTarget);
            }}
          >
            {saveErrors.form && (
              <div className="sm:col-span-2">
                <Alert tone="error">{saveErrors.form}</Alert>
              </div>
            )}
            {upload.data && (
              <div className="sm:col-span-2">
                <Alert tone="success">
                  {t("saved")} <Link href={`/documents/${upload.data.slug}/in/${original}/${upload.data.locale}`}>{t("open")}</Link>
                </Alert>
              </div>
            )}
            <TextField id="version-title" label={t("title")} required errors={saveErrors.fields.title} />
            <CheckboxField id="version-replaces" label={t("replaces")} />
            <div className="sm:col-span-2">
              <Button type="submit" disabled={upload.isPending}>
                {t("save")}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
