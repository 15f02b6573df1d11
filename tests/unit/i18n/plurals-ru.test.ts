// Russian has four plural categories (one: 1, 21; few: 2–4, 22; many: 5, 11, 25; other: fractions).
// English has two, so a plural copied from English silently picks "other" for 5 and 1.5 is wrong:
// every plural of the Russian catalogues must carry all four, and render for each kind of number.
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { messagesByLocale } from "~/server/i18n/translator";

const RUSSIAN_CATEGORIES = ["one", "few", "many", "other"] as const;
/** One number per category, plus 21 (a "one" that English would call plural). */
const SAMPLES = [1, 2, 5, 21, 1.5];

type Plural = { argument: string; selectors: string[] };

const flatten = (o: object, prefix = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]): [string, string][] =>
    typeof v === "object" && v ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
  );

/** The index just past the brace that closes the one opened at `open`. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i + 1;
  }
  throw new Error(`Unbalanced braces in: ${text}`);
}

/** Every `{name, plural, …}` of a message, nested ones included, with its branch selectors. */
function pluralsOf(text: string): Plural[] {
  const found: Plural[] = [];
  const head = /\{\s*(\w+)\s*,\s*plural\s*,/g;
  for (let match = head.exec(text); match; match = head.exec(text)) {
    const end = closingBrace(text, match.index);
    let rest = text.slice(match.index + match[0].length, end - 1);
    const selectors: string[] = [];
    for (;;) {
      const selector = /^\s*(offset:\d+\s+)?(=?[\w.]+)\s*\{/.exec(rest);
      if (!selector) break;
      selectors.push(selector[2]!);
      const bodyStart = selector[0].length - 1;
      const bodyEnd = closingBrace(rest, bodyStart);
      found.push(...pluralsOf(rest.slice(bodyStart + 1, bodyEnd - 1)));
      rest = rest.slice(bodyEnd);
    }
    found.push({ argument: match[1]!, selectors });
    head.lastIndex = end;
  }
  return found;
}

/** The names of every argument a message uses ({name}, {name, number}, {name, plural, …}). */
const argumentsOf = (text: string) => new Set([...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!));

const russian = flatten(messagesByLocale.ru);
const plurals = russian.filter(([, text]) => /,\s*plural\s*,/.test(text));

describe("Russian plural messages", () => {
  it("exist (the check below is not vacuous)", () => {
    expect(plurals.length).toBeGreaterThanOrEqual(20);
  });

  it.each(plurals)("%s has the branches one, few, many and other", (_key, text) => {
    expect(pluralsOf(text).length).toBeGreaterThan(0);
    for (const plural of pluralsOf(text)) {
      expect(plural.selectors, plural.argument).toEqual(expect.arrayContaining([...RUSSIAN_CATEGORIES]));
      const rules = new Intl.PluralRules("ru");
      for (const n of SAMPLES) expect(plural.selectors, `${plural.argument}=${n}`).toContain(rules.select(n));
    }
  });

  it.each(plurals)("%s renders with 1, 2, 5, 21 and 1.5", (key, text) => {
    const errors: string[] = [];
    const t = createTranslator({
      locale: "ru",
      messages: messagesByLocale.ru as Record<string, unknown>,
      onError: (error) => errors.push(error.message),
    });
    const numeric = new Set([...pluralsOf(text).map((p) => p.argument), ...[...text.matchAll(/\{\s*(\w+)\s*,\s*number/g)].map((m) => m[1]!)]);
    for (const n of SAMPLES) {
      const values = Object.fromEntries(
        [...argumentsOf(text)].map((name) => [name, numeric.has(name) ? n : "«X»"]),
      );
      const rendered = t(key as never, values as never);
      expect(errors, `${key} with ${n}`).toEqual([]);
      expect(rendered, `${key} with ${n}`).not.toMatch(/[{}]/);
      // Where the branch shows the number, it is written the Russian way (1,5 with a comma).
      if (rendered.includes("1.5")) throw new Error(`${key}: 1.5 is not formatted for Russian: ${rendered}`);
    }
  });

  it("pick the right form of the noun for each number", () => {
    const t = createTranslator({ locale: "ru", messages: messagesByLocale.ru });
    expect(t("common.results", { total: 0 })).toBe("Ничего не найдено");
    expect(t("common.results", { total: 1 })).toBe("1 результат");
    expect(t("common.results", { total: 2 })).toBe("2 результата");
    expect(t("common.results", { total: 5 })).toBe("5 результатов");
    expect(t("common.results", { total: 21 })).toBe("21 результат");
    expect(t("common.results", { total: 1.5 })).toBe("1,5 результата");
  });
});
