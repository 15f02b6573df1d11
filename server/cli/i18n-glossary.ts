// npm run i18n:glossary
// Writes docs/i18n/GLOSSARY.md from the glossary files in server/i18n/glossary/ (term × six languages,
// notes, and what a translator should check). Run it after changing a glossary file and commit the result.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { LOCALES, type Locale } from "~/db/locales";
import { readGlossary } from "~/server/i18n/glossary/glossary";
import { messagesByLocale } from "~/server/i18n/translator";
import { renderGlossaryMarkdown } from "./i18n-glossary-markdown";

const OUTPUT = join(process.cwd(), "docs/i18n/GLOSSARY.md");

// English first (the reference the others were translated from), then the catalogue order.
const order: Locale[] = ["en", ...LOCALES.filter((locale) => locale !== "en")];
const columns = order.map((locale) => ({
  locale,
  name: messagesByLocale.en.languages[locale],
  glossary: readGlossary(locale),
}));

mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, renderGlossaryMarkdown(columns));
console.log(`wrote ${relative(process.cwd(), OUTPUT)} (${columns.filter((column) => column.glossary).length} of ${columns.length} languages)`);
