// Where the message catalogues live on disk: the base file of a locale and one file per area
// (server/i18n/messages/<area>/<locale>.json). Shared by the i18n command-line tools.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const MESSAGES_DIR = join(process.cwd(), "server/i18n/messages");

/** The base catalogue and every area catalogue of a locale, as paths that exist. */
export function catalogueFilesOf(locale: string, dir = MESSAGES_DIR): string[] {
  const areas = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dir, entry.name, `${locale}.json`))
    .filter((path) => existsSync(path))
    .sort();
  return [join(dir, `${locale}.json`), ...areas];
}

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** Two-space JSON with a final newline, as the catalogues are written by hand. */
export const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
