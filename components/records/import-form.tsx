"use client";
// CSV import: check the file (dry run) and list its problems, then import it whole.
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import type { TRecordType } from "~/db/schema/record-vocabulary";

interface Problem {
  row: number;
  column: string;
  message: string;
}

export function ImportForm({ type }: { type: TRecordType }) {
  const t = useTranslations("records.csv");
  const trpc = useTRPC();
  const { errors, clear, onError } = useFormErrors();
  const [csv, setCsv] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [valid, setValid] = useState<number | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const dryRun = useMutation(
    trpc.records.importDryRun.mutationOptions({ onError, onSuccess: (r) => (setProblems(r.problems), setValid(r.valid)) }),
  );
  const run = useMutation(
    trpc.records.import.mutationOptions({
      onError: (e) => {
        onError(e);
        const details = e instanceof TRPCClientError ? (e.data as { details?: { problems?: Problem[] } })?.details : null;
        if (details?.problems) setProblems(details.problems);
      },
      onSuccess: (r) => (setImported(r.imported), setProblems(null), setValid(null)),
    }),
  );
  const readyToImport = csv !== null && problems?.length === 0 && (valid ?? 0) > 0 && imported === null;
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <TextField
        id={`import-file-${type}`}
        type="file"
        accept=".csv,text/csv"
        label={t("file")}
        hint={t("fileHint")}
        onChange={async (e) => {
          clear();
          setProblems(null);
          setValid(null);
          setImported(null);
          const file = e.currentTarget.files?.[0];
          setCsv(file ? await file.text() : null);
        }}
      />
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={!csv || dryRun.isPending} onClick={() => (clear(), csv && dryRun.mutate({ type, csv }))}>
          {dryRun.isPending ? t("checking") : t("dryRun")}
        </Button>
        <Button type="button" disabled={!readyToImport || run.isPending} onClick={() => (clear(), csv && run.mutate({ type, csv }))}>
          {t("import")}
        </Button>
      </div>
      {run.isPending && (
        // One transaction on the server: the bar says "working", it cannot know a percentage.
        <progress aria-label={t("progress")} className="w-full">
          {t("importing")}
        </progress>
      )}
      {imported !== null && <Alert tone="success">{t("imported", { count: imported })}</Alert>}
      {valid !== null && problems?.length === 0 && <Alert tone="success">{t("valid", { count: valid })}</Alert>}
      {problems && problems.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[28rem] text-start text-sm">
            <caption className="mb-1 text-start font-semibold">{t("problems", { count: problems.length })}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-2 py-1">{t("row")}</th>
                <th scope="col" className="px-2 py-1">{t("column")}</th>
                <th scope="col" className="px-2 py-1">{t("message")}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p, i) => (
                <tr key={i} className="border-t border-slate-100">
                  <td className="px-2 py-1">{p.row}</td>
                  <td className="px-2 py-1 font-mono">{p.column}</td>
                  <td className="px-2 py-1">{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
