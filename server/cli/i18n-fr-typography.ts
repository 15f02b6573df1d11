// npm run i18n:fr-typography [-- <file.json> …]
// Applies French typography (no-break spaces before ; : ! ? and inside « », typographic apostrophe) to
// the French catalogues in place: every server/i18n/messages/**/fr.json, or only the files named.
// Prints the files it changed; a test fails if a French catalogue still needs this.
import { relative } from "node:path";
import { catalogueFilesOf, readJson, writeJson } from "./i18n-catalogue-files";
import { fixCatalogue } from "./i18n-fr-typography-rules";

const files = process.argv.slice(2).filter((arg) => arg !== "--");
const targets = files.length > 0 ? files : catalogueFilesOf("fr");

for (const file of targets) {
  const before = readJson(file);
  const after = fixCatalogue(before);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    writeJson(file, after);
    console.log(`fixed ${relative(process.cwd(), file)}`);
  }
}
