"use client";
// Evidence files on the record form: upload (checked on the server by its bytes), list, remove.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useErrorReader } from "~/components/forms/use-mutation-errors";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { FieldShell } from "~/components/ui/field";

export interface EvidenceFile {
  uploadId: string;
  filename: string;
}

async function toBase64(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function EvidenceFilesField({ files, onChange }: { files: EvidenceFile[]; onChange: (files: EvidenceFile[]) => void }) {
  const t = useTranslations("records.fields");
  const trpc = useTRPC();
  const read = useErrorReader();
  const [error, setError] = useState<string | null>(null);
  const upload = useMutation(trpc.records.uploadEvidence.mutationOptions());
  return (
    <FieldShell id="record-files" label={t("files")} hint={t("filesHint")} errors={error ? [error] : undefined}>
      <input
        id="record-files"
        type="file"
        multiple
        accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp"
        aria-describedby="record-files-hint"
        className="min-h-10 text-sm"
        onChange={async (e) => {
          setError(null);
          const chosen = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = "";
          const added: EvidenceFile[] = [];
          for (const file of chosen) {
            try {
              const row = await upload.mutateAsync({ fileName: file.name, contentBase64: await toBase64(file) });
              added.push({ uploadId: row.id, filename: row.filename });
            } catch (err) {
              setError(`${file.name}: ${read(err).form ?? ""}`);
            }
          }
          onChange([...files, ...added]);
        }}
      />
      {upload.isPending && <p role="status" className="text-sm">{t("uploading")}</p>}
      {files.length > 0 && (
        <ul className="flex flex-col gap-1 text-sm">
          {files.map((f) => (
            <li key={f.uploadId} className="flex items-center gap-2">
              <a href={`/api/files/${f.uploadId}`} className="text-brand-700 underline" target="_blank" rel="noopener">
                {f.filename}
              </a>
              <button
                type="button"
                className="min-h-8 rounded border border-slate-300 px-2"
                aria-label={t("removeFile", { name: f.filename })}
                onClick={() => onChange(files.filter((x) => x.uploadId !== f.uploadId))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </FieldShell>
  );
}
