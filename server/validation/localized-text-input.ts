// The input shape of a localized text (decision 027): an object keyed by the six UN languages only,
// each value trimmed and bounded; a blank value means "no text in that language" and is dropped, so
// the stored map never holds empty strings. NUL bytes are refused here as well as by safe-text.ts,
// since this schema is also used outside tRPC (CSV import).
import { z } from "zod";
import { LOCALES, type Locale } from "~/db/locales";
import type { LocalizedText } from "~/db/localized-text";

const noNul = (s: string) => !s.includes("\u0000");

function entryFor(max: number) {
  return z.string().max(max * 4).refine(noNul, { message: "localized.invalidText" }).transform((s) => s.trim()).pipe(z.string().max(max));
}

/** Drops blank entries, keeping the UN's key order. */
function compact(value: Partial<Record<Locale, string | undefined>>): LocalizedText {
  const out: LocalizedText = {};
  for (const lang of LOCALES) {
    const text = value[lang];
    if (text) out[lang] = text;
  }
  return out;
}

/** Any number of languages, possibly none (descriptions). Unknown keys are refused. */
export function localizedTextInput(max: number) {
  const entry = entryFor(max).optional();
  return z
    .strictObject({ ar: entry, zh: entry, en: entry, fr: entry, ru: entry, es: entry })
    .transform(compact);
}

/** At least one language must have text (titles, names). */
export function requiredLocalizedTextInput(max: number) {
  return localizedTextInput(max).refine((value) => Object.keys(value).length > 0, { message: "localized.requiredOne" });
}
