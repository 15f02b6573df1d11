"use client";
// Upload a document: preview what the parser finds, then save it with its metadata.
import { LocalizedTextFields, readLocalizedFields } from "~/components/i18n/localized-text-fields";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { noErrors, useErrorReader } from "~/components/forms/use-mutation-errors";
import { Link, useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { DocumentPreview } from "./document-preview";
import { languageTag } from "~/server/i18n/locale-tags";

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function DocumentUploadForm() {
  const t = useTranslations("admin");
  const tl = useTranslations("localized");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const readErrors = useErrorReader();
  // Each step shows its own errors beside its own form.
  const [errors, setErrors] = useState(noErrors);
  const [saveErrors, setSaveErrors] = useState(noErrors);
  const [file, setFile] = useState<{ fileName: string; contentBase64: string; kind: "un-report" | "toolkit" } | null>(null);
  const preview = useMutation(trpc.documents.preview.mutationOptions({ onError: (e) => setErrors(readErrors(e)) }));
  const create = useMutation(
    trpc.documents.create.mutationOptions({
      onError: (e) => setSaveErrors(readErrors(e)),
      onSuccess: () => router.refresh(),
    }),
  );

  async function onPreview(form: HTMLFormElement) {
    setErrors(noErrors);
    setSaveErrors(noErrors);
    create.reset();
    const data = new FormData(form);
    const picked = data.get("doc-file");
    if (!(picked instanceof File) || picked.size === 0) {
      setErrors({ fields: { fileName: [t("chooseFileFirst")] }, form: null });
      return;
    }
    const next = {
      fileName: picked.name,
      contentBase64: await toBase64(picked),
      kind: data.get("doc-kind") === "toolkit" ? ("toolkit" as const) : ("un-report" as const),
    };
    setFile(next);
    preview.mutate(next);
  }

  function onSave(form: HTMLFormElement) {
    if (!file) return;
    setSaveErrors(noErrors);
    const f = new FormData(form);
    const text = (k: string) => String(f.get(k) ?? "");
    create.mutate({
      ...file,
      slug: text("doc-slug"),
      symbol: text("doc-symbol"),
      title: readLocalizedFields(f, "title"),
      year: Number(text("doc-year")),
      language: text("doc-language") === "en" ? "en" : "zh",
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
        <TextField id="doc-file" type="file" accept=".txt,.pdf,text/plain,application/pdf" label={t("file")} hint={t("fileHint")} errors={errors.fields.fileName ?? errors.fields.contentBase64} />
        <SelectField id="doc-kind" label={t("documentKind")} defaultValue="un-report">
          <option value="un-report">{t("kindUnReport")}</option>
          <option value="toolkit">{t("kindToolkit")}</option>
        </SelectField>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={preview.isPending}>
            {preview.isPending ? t("previewing") : t("preview")}
          </Button>
        </div>
      </form>

      {preview.data && !preview.isPending && (
        <>
          <DocumentPreview preview={preview.data} />
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
            {create.data && (
              <div className="sm:col-span-2">
                <Alert tone="success">
                  {t("documentSaved")} <Link href={`/documents/${create.data.slug}`}>{t("openDocument")}</Link>
                </Alert>
              </div>
            )}
            <TextField id="doc-slug" label={t("docSlug")} hint={t("slugHint")} required errors={saveErrors.fields.slug} />
            <TextField id="doc-symbol" label={t("docSymbol")} errors={saveErrors.fields.symbol} />
            <div className="sm:col-span-2">
              {/* The title in any of the six languages, at least one (decision 027). */}
              <LocalizedTextFields
                idPrefix="doc"
                errors={saveErrors.fields}
                fields={[{ name: "title", value: {}, label: (language) => tl("titleIn", { language }) }]}
              />
            </div>
            <TextField id="doc-year" type="number" inputMode="numeric" label={t("docYear")} required errors={saveErrors.fields.year} />
            <SelectField id="doc-language" label={t("docLanguage")} defaultValue="zh">
              {/* The parser reads paragraph numbering in Chinese and English originals only. */}
              {(["zh", "en"] as const).map((l) => (
                <option key={l} value={l} lang={languageTag(l)}>
                  {tAll(`languages.${l}`)}
                </option>
              ))}
            </SelectField>
            <div className="sm:col-span-2">
              <Button type="submit" disabled={create.isPending}>
                {t("saveDocument")}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
