"use client";
// Evidence files on the record and action forms: choose or drop files; each is checked (type, size)
// before sending, then streamed to /api/uploads with a progress bar; the server checks it again.
import { useTranslations } from "next-intl";
import { type DragEvent, useId, useState } from "react";
import { ACCEPTED_EVIDENCE_EXTENSIONS } from "~/server/uploads/limits";
import { UploadError, type UploadedFile, uploadFile } from "./upload-request";

interface InFlight {
  key: string;
  name: string;
  fraction: number;
}

const ACCEPT = ACCEPTED_EVIDENCE_EXTENSIONS.map((e) => `.${e}`).join(",");

export function FileUploadField({ files, onChange }: { files: UploadedFile[]; onChange: (files: UploadedFile[]) => void }) {
  const t = useTranslations("forms.upload");
  const te = useTranslations("errors");
  const id = useId();
  const [inFlight, setInFlight] = useState<InFlight[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);

  async function send(chosen: File[]) {
    setErrors([]);
    const added: UploadedFile[] = [];
    const failed: string[] = [];
    // One at a time: the quota is counted per file, and one bar moving is easier to follow.
    for (const [i, file] of chosen.entries()) {
      const key = `${Date.now()}-${i}`;
      setInFlight((list) => [...list, { key, name: file.name, fraction: 0 }]);
      try {
        added.push(
          await uploadFile(file, {
            onProgress: (fraction) => setInFlight((list) => list.map((x) => (x.key === key ? { ...x, fraction } : x))),
          }),
        );
      } catch (err) {
        const e = err instanceof UploadError ? err : new UploadError("network");
        failed.push(t("failed", { name: file.name, message: te.has(e.messageKey) ? te(e.messageKey, e.values) : te("badRequest") }));
      } finally {
        setInFlight((list) => list.filter((x) => x.key !== key));
      }
    }
    setErrors(failed);
    if (added.length) onChange([...files, ...added]);
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void send([...e.dataTransfer.files]);
  };

  return (
    <div className="flex flex-col gap-1">
      <span id={`${id}-label`} className="text-sm font-medium text-slate-800">
        {t("label")}
      </span>
      <div
        data-testid="file-drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex flex-col gap-2 rounded-md border-2 border-dashed p-3 ${dragging ? "border-brand-700 bg-brand-50" : "border-slate-300"}`}
      >
        <label id={`${id}-drop`} htmlFor={`${id}-input`} className="text-sm text-slate-700">
          {t("dropOrChoose")}
        </label>
        <input
          id={`${id}-input`}
          type="file"
          multiple
          accept={ACCEPT}
          aria-labelledby={`${id}-label ${id}-drop`}
          aria-describedby={`${id}-hint${errors.length ? ` ${id}-error` : ""}`}
          className="min-h-10 text-sm"
          onChange={(e) => {
            const chosen = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = "";
            void send(chosen);
          }}
        />
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {t("hint")}
      </p>
      {inFlight.map((f) => (
        <div key={f.key} className="flex flex-col gap-1 text-sm">
          <label htmlFor={`${id}-${f.key}`}>{t("uploading", { name: f.name })}</label>
          <progress id={`${id}-${f.key}`} max={1} value={f.fraction} className="h-3 w-full" aria-valuetext={t("percent", { percent: f.fraction })} />
        </div>
      ))}
      <div aria-live="polite" className="sr-only">
        {inFlight.length > 0 ? t("uploading", { name: inFlight[0]!.name }) : ""}
      </div>
      {errors.length > 0 && (
        <ul id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {files.length > 0 && (
        <ul aria-labelledby={`${id}-label`} className="flex flex-col gap-1 text-sm">
          {files.map((f) => (
            <li key={f.uploadId} className="flex items-center gap-2">
              <a href={`/api/files/${f.uploadId}`} className="text-brand-700 underline" target="_blank" rel="noopener">
                {f.filename}
              </a>
              <button
                type="button"
                className="min-h-8 min-w-8 rounded border border-slate-300 px-2"
                aria-label={t("remove", { name: f.filename })}
                onClick={() => onChange(files.filter((x) => x.uploadId !== f.uploadId))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
