"use client";
// Editing a localized text in all six languages side by side: one card per language (one column on a
// phone, two on a tablet, three on a wide screen), each marked when its title is still missing, and a
// count of the missing languages above. Inputs are named `<field>.<lang>`; `readLocalizedFields`
// turns the submitted form back into the maps the services take (decision 027).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldShell } from "~/components/ui/field";
import { LOCALES, type Locale, localeDirection } from "~/db/locales";
import { type LocalizedText, missingLocales } from "~/db/localized-text";

export interface LocalizedFieldSpec {
  /** The input's base name and the service's field: `title`, `description`, `name`. */
  name: string;
  value: LocalizedText;
  /** The label, given the language's name in the page's language. */
  label: (language: string) => string;
  multiline?: boolean;
}

const control =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600";

export function LocalizedTextFields({
  fields,
  errors,
  idPrefix = "lt",
}: {
  /** The first field decides which languages count as missing (the title). */
  fields: LocalizedFieldSpec[];
  errors: Record<string, string[] | undefined>;
  idPrefix?: string;
}) {
  const t = useTranslations("localized");
  const tl = useTranslations("languages");
  const primary = fields[0]!;
  const [primaryText, setPrimaryText] = useState<LocalizedText>(primary.value);
  const missing = missingLocales(primaryText);
  const wholeError = errors[primary.name];
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 font-medium">{t("languagesLegend")}</legend>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("missingCount", { count: missing.length })}
      </p>
      {wholeError && (
        <p className="text-sm text-red-700" role="alert">
          {wholeError.join(" ")}
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {LOCALES.map((lang) => {
          const isMissing = missing.includes(lang);
          const language = t(`languageNames.${lang}`);
          return (
            <section
              key={lang}
              aria-labelledby={`${idPrefix}-${lang}-heading`}
              className={`flex flex-col gap-2 rounded-md border p-3 ${isMissing ? "border-dashed border-amber-500" : "border-slate-200"}`}
            >
              <h3 id={`${idPrefix}-${lang}-heading`} className="flex items-center justify-between gap-2 text-sm font-semibold">
                <span lang={lang}>{tl(lang)}</span>
                {isMissing && (
                  <span className="rounded bg-amber-100 px-1.5 text-xs font-normal text-amber-900">{t("missingMarker")}</span>
                )}
              </h3>
              {fields.map((field) => {
                const id = `${idPrefix}-${field.name}-${lang}`;
                const name = `${field.name}.${lang}`;
                const fieldErrors = errors[name];
                const common = {
                  id,
                  name,
                  lang,
                  dir: localeDirection(lang),
                  defaultValue: field.value[lang] ?? "",
                  "aria-invalid": fieldErrors ? true : undefined,
                  onChange:
                    field === primary
                      ? (e: { currentTarget: { value: string } }) => {
                          const value = e.currentTarget.value;
                          setPrimaryText((prev) => ({ ...prev, [lang]: value }));
                        }
                      : undefined,
                };
                return (
                  <FieldShell key={field.name} id={id} label={field.label(language)} errors={fieldErrors}>
                    {field.multiline ? (
                      <textarea {...common} className={`${control} min-h-24`} />
                    ) : (
                      <input {...common} className={control} />
                    )}
                  </FieldShell>
                );
              })}
            </section>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The maps of a submitted form, one per field name; blank languages are left out by the server. */
export function readLocalizedFields(form: FormData, name: string): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {};
  for (const lang of LOCALES) {
    const value = form.get(`${name}.${lang}`);
    if (typeof value === "string") out[lang] = value;
  }
  return out;
}
