"use client";
// Add a source: pick a document, then one of its paragraphs (or type a locator), and paste the exact
// words; the server checks them against the paragraph and names the `quote` field when they differ.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FieldShell, SelectField, TextField } from "~/components/ui/field";

export function AddSourceForm({ measureId, documents }: { measureId: string; documents: { slug: string; label: string }[] }) {
  const t = useTranslations("measures");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const [document, setDocument] = useState("");
  const [locator, setLocator] = useState("");
  const [done, setDone] = useState(false);
  const units = useQuery({ ...trpc.measures.units.queryOptions({ document }), enabled: document !== "" });
  const unit = units.data?.find((u) => u.locator === locator);
  const add = useMutation(
    trpc.measures.addSource.mutationOptions({
      onError,
      onSuccess: () => {
        setDone(true);
        router.refresh();
      },
    }),
  );
  return (
    <form
      noValidate
      aria-labelledby="add-source"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        setDone(false);
        const f = new FormData(e.currentTarget);
        add.mutate({ measureId, document, locator, quote: String(f.get("quote") ?? "") });
      }}
    >
      <h2 id="add-source" className="text-lg font-semibold">{t("addSource")}</h2>
      <p className="text-sm text-slate-600">{t("addSourceLead")}</p>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      {done && <Alert tone="success">{t("sourceAdded")}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField id="source-document" label={t("pickDocument")} value={document} onChange={(e) => { setDocument(e.target.value); setLocator(""); }} errors={errors.fields.document}>
          <option value="">{t("chooseDocument")}</option>
          {documents.map((d) => <option key={d.slug} value={d.slug}>{d.label}</option>)}
        </SelectField>
        <SelectField id="source-unit" label={t("pickUnit")} value={unit ? locator : ""} onChange={(e) => setLocator(e.target.value)} disabled={!units.data}>
          <option value="">{t("chooseUnit")}</option>
          {units.data?.map((u) => (
            <option key={u.locator} value={u.locator}>{`${u.locator} — ${u.text.slice(0, 40)}`}</option>
          ))}
        </SelectField>
      </div>
      <TextField id="source-locator" label={t("locator")} hint={t("locatorHint")} value={locator} onChange={(e) => setLocator(e.target.value.trim())} errors={errors.fields.locator} />
      {unit && (
        <div>
          <p className="text-sm font-medium">{t("unitText")}</p>
          <p lang="zh-CN" className="max-h-40 overflow-y-auto rounded border border-slate-200 bg-slate-50 p-2 text-sm leading-6">{unit.text}</p>
        </div>
      )}
      <FieldShell id="source-quote" label={t("quote")} hint={t("quoteHint")} errors={errors.fields.quote}>
        <textarea
          id="source-quote"
          name="quote"
          lang="zh-CN"
          className="min-h-20 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
          aria-invalid={errors.fields.quote ? true : undefined}
          aria-describedby={`source-quote-hint${errors.fields.quote ? " source-quote-error" : ""}`}
        />
      </FieldShell>
      <div>
        <Button type="submit" disabled={add.isPending || !document || !locator}>{t("add")}</Button>
      </div>
    </form>
  );
}
