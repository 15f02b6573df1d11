// Zod issues, field by field, in the user's language — forms show them beside their field.
import { z, type ZodError } from "zod";

const localeErrors = { zh: z.locales.zhCN().localeError, en: z.locales.en().localeError };

export type FieldErrors = Record<string, string[]>;

export function localizeZodError(error: ZodError, locale: "zh" | "en"): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    const localized = localeErrors[locale](issue as never);
    const message =
      typeof localized === "string" ? localized : (localized?.message ?? issue.message);
    (out[field] ??= []).push(message);
  }
  return out;
}
