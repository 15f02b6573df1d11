// The uploads directory as a list of files with their sizes and hashes, for the manifest and for
// checking a restore. Paths are relative and use "/".
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TFileSummary } from "./manifest";

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function listFiles(root: string): Promise<TFileSummary[]> {
  if (!fs.existsSync(root)) return [];
  const entries = fs.readdirSync(root, { recursive: true, withFileTypes: true });
  const files: TFileSummary[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files.push({ path: path.relative(root, absolute).split(path.sep).join("/"), size: fs.statSync(absolute).size, sha256: await sha256Of(absolute) });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
