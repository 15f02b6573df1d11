// Sends one evidence file to /api/uploads as multipart/form-data. XMLHttpRequest, not fetch: only it
// reports upload progress. Resolves with the stored file, or rejects with the server's message key.
import { uploadRefusal } from "~/server/uploads/limits";

export interface UploadedFile {
  uploadId: string;
  filename: string;
}

/** Why an upload failed: a key under `errors.` and the values for its message. */
export class UploadError extends Error {
  constructor(
    readonly messageKey: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(messageKey);
  }
}

const numbersAndWords = (details: unknown) =>
  Object.fromEntries(
    Object.entries(details && typeof details === "object" ? details : {}).filter(
      (e): e is [string, string | number] => typeof e[1] === "string" || typeof e[1] === "number",
    ),
  );

export function uploadFile(
  file: File,
  { onProgress, signal }: { onProgress: (fraction: number) => void; signal?: AbortSignal },
): Promise<UploadedFile> {
  const refusal = uploadRefusal(file);
  if (refusal) return Promise.reject(new UploadError(refusal, { maxMegabytes: 20 }));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/uploads");
    xhr.responseType = "json";
    xhr.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener("load", () => {
      const body = (xhr.response ?? {}) as { id?: string; filename?: string; messageKey?: string; details?: unknown };
      if (xhr.status === 201 && body.id && body.filename) resolve({ uploadId: body.id, filename: body.filename });
      else if (xhr.status === 401) reject(new UploadError("unauthenticated"));
      else if (xhr.status === 403 && !body.messageKey) reject(new UploadError("forbidden"));
      else reject(new UploadError(body.messageKey ?? "badRequest", numbersAndWords(body.details)));
    });
    xhr.addEventListener("error", () => reject(new UploadError("network")));
    xhr.addEventListener("abort", () => reject(new UploadError("network")));
    signal?.addEventListener("abort", () => xhr.abort());
    const body = new FormData();
    body.append("file", file, file.name);
    xhr.send(body);
  });
}
