// Six catalogues with one set of keys, messages that parse as ICU and keep the English placeholders,
// plurals with every category each language needs, nothing left in English; and the navigation only
// offers what each role may open.
import { describe, expect, it } from "vitest";
import { navItemsFor } from "~/components/layout/nav-items";
import { LOCALES, type Locale } from "~/db/locales";
import type { Role } from "~/server/auth/policy";
import { messageFiles, messagesByLocale, serverTranslator } from "~/server/i18n/translator";
import { flatten, pluralCategoriesOf, shapeOf } from "./catalogue-shape";
import { SAME_AS_ENGLISH, SAME_BY_DESIGN_KEYS, SAME_IN_EVERY_LANGUAGE } from "./untranslated-allow-list";

const flat = (locale: Locale) => flatten(messagesByLocale[locale]);
const english = new Map(flat("en"));
const translations = LOCALES.filter((locale) => locale !== "en");
/** Languages translated from the English (zh is the original product language, en the reference). */
const translatedFromEnglish = ["fr", "es", "ru", "ar"] as const;

describe("message files", () => {
  it.each(LOCALES)("%s has exactly the keys of the Chinese catalogue", (locale) => {
    const keys = flat(locale).map(([key]) => key).sort();
    expect(keys).toEqual(flat("zh").map(([key]) => key).sort());
  });

  it("define each namespace in one file only", () => {
    for (const files of Object.values(messageFiles)) {
      const namespaces = files.flatMap((file) => Object.keys(file));
      expect(namespaces.length).toBe(new Set(namespaces).size);
    }
  });

  it.each(LOCALES)("%s has no empty message", (locale) => {
    const empty = flat(locale).filter(([, value]) => value.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)("%s: every message parses as ICU", (locale) => {
    const broken = flat(locale).flatMap(([key, value]) => {
      try {
        shapeOf(value);
        return [];
      } catch (error) {
        return [`${key}: ${(error as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it.each(translations)("%s keeps the English placeholders and tags", (locale) => {
    const differing = flat(locale).flatMap(([key, value]) => {
      const source = english.get(key);
      if (source === undefined) return [];
      const [ours, theirs] = [shapeOf(value), shapeOf(source)];
      const same = ours.arguments.join() === theirs.arguments.join() && ours.tags.join() === theirs.tags.join();
      return same ? [] : [`${key}: {${ours.arguments.join(", ")}} <${ours.tags.join(", ")}> instead of {${theirs.arguments.join(", ")}} <${theirs.tags.join(", ")}>`];
    });
    expect(differing).toEqual([]);
  });

  it.each(LOCALES)("%s: each plural has every category of the language", (locale) => {
    const missing = flat(locale).flatMap(([key, value]) =>
      shapeOf(value).plurals.flatMap(({ argument, ordinal, selectors }) => {
        const lacking = pluralCategoriesOf(locale, ordinal).filter((category) => !selectors.includes(category));
        return lacking.length ? [`${key} {${argument}}: ${lacking.join(", ")}`] : [];
      }),
    );
    expect(missing).toEqual([]);
  });

  it.each(translations)("%s keeps the English exact matches (=0, =1) in plurals", (locale) => {
    const missing = flat(locale).flatMap(([key, value]) => {
      const source = english.get(key);
      if (source === undefined) return [];
      const ours = shapeOf(value).plurals;
      return shapeOf(source).plurals.flatMap(({ argument, selectors }) => {
        const kept = ours.find((plural) => plural.argument === argument)?.selectors ?? [];
        const lacking = selectors.filter((selector) => selector.startsWith("=") && !kept.includes(selector));
        return lacking.length ? [`${key} {${argument}}: ${lacking.join(", ")}`] : [];
      });
    });
    expect(missing).toEqual([]);
  });

  it.each(translatedFromEnglish)("%s leaves nothing in English", (locale) => {
    const allowed = new Set(SAME_AS_ENGLISH[locale]);
    const leftovers = flat(locale)
      .filter(([key, value]) => english.get(key) === value)
      .filter(([key, value]) => !allowed.has(value) && !SAME_BY_DESIGN_KEYS.some((pattern) => pattern.test(key)))
      .filter(([, value]) => hasTranslatableWords(value))
      .map(([key, value]) => `${key}: ${value}`);
    expect(leftovers).toEqual([]);
  });

  it.each(LOCALES)("%s renders the emails with their links", (locale) => {
    const link = "http://app.test/invitations/abc";
    const invitation = serverTranslator(locale)("mail.invitation.body", { inviter: "Ada", role: "—", link });
    expect(invitation).toContain(link);
    expect(invitation).toContain("Ada");
    expect(serverTranslator(locale)("mail.passwordReset.body", { link })).toContain(link);
  });
});

/** False when what remains outside the placeholders is only names, acronyms, URLs, numbers or signs. */
function hasTranslatableWords(message: string): boolean {
  const tokens = [...SAME_IN_EVERY_LANGUAGE].sort((a, b) => b.length - a.length);
  let text = shapeOf(message).literalText.replace(/https?:\/\/\S+/g, " ");
  for (const token of tokens) text = text.split(token).join(" ");
  return /\p{L}/u.test(text);
}

describe("navigation", () => {
  it("offers Admin to staff only", () => {
    const has = (role: Role | null) =>
      navItemsFor(role && { id: "u", email: "u@example.test", name: "U", role, organizationId: null, countryIso3: null, locale: "en", mustEnrolTwoFactor: false })
        .some((i) => i.key === "admin");
    expect(has(null)).toBe(false);
    expect(has("member")).toBe(false);
    expect(has("parliamentarian")).toBe(false);
    expect(has("secretariat")).toBe(true);
    expect(has("admin")).toBe(true);
  });

  it("shows public sections to anonymous visitors", () => {
    expect(navItemsFor(null).map((i) => i.key)).toContain("countries");
  });
});
