// The history page labels every field a record's diff can list, in every language (a field without a
// label printed next-intl's MISSING_MESSAGE key), and shows a localized title by its languages.
import { describe, expect, it } from "vitest";
import { valueSummary } from "~/components/i18n/value-summary";
import { messagesByLocale } from "~/server/i18n/translator";
import { routing } from "~/server/i18n/routing";
import { SNAPSHOT_FIELDS } from "~/server/services/records/record-links";

describe("the record diff's field labels", () => {
  it.each(routing.locales)("has a label for every snapshot field in %s", (locale) => {
    const fields = (messagesByLocale[locale] as { records: { fields: Record<string, unknown> } }).records.fields;
    const missing = SNAPSHOT_FIELDS.map((f) => (f === "countryIso3" ? "country" : f)).filter((key) => typeof fields[key] !== "string" || fields[key] === "");
    expect(missing).toEqual([]);
  });

  it("shows a localized text by its languages, and nothing as a dash", () => {
    expect(valueSummary({ en: "Pledge", zh: "承诺", fr: "" })).toBe("en: Pledge · zh: 承诺");
    expect(valueSummary({})).toBe("—");
    expect(valueSummary(null)).toBe("—");
    expect(valueSummary("2024-01-01")).toBe("2024-01-01");
  });
});
