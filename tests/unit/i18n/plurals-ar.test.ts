// Arabic has six plural categories (zero, one, two, few, many, other). A message copied from English
// carries only one/other, and ICU then silently falls back to "other" — "1 نتيجة" instead of
// "نتيجة واحدة". So every plural of the Arabic catalogue must have the branch Intl picks for each
// sample count, and must render without an error.
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { messagesByLocale } from "~/server/i18n/translator";

/** One count from each Arabic category: zero, one, two, few (3–10), many (11–99), other (100–102). */
const COUNTS = [0, 1, 2, 3, 11, 100];
const arabicPlural = new Intl.PluralRules("ar");

const flatten = (o: object, prefix = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === "object" && v ? flatten(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
  );

/** Text from an opening brace to its matching closing brace. */
function balanced(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(open, i + 1);
  }
  throw new Error(`Unbalanced braces from ${open} in: ${text}`);
}

/** Each `{arg, plural, …}` in the message (nested ones too) with the selectors it offers. */
function pluralArguments(message: string): { argument: string; selectors: string[] }[] {
  const found: { argument: string; selectors: string[] }[] = [];
  for (const match of message.matchAll(/\{\s*(\w+)\s*,\s*plural\s*,/g)) {
    const whole = balanced(message, match.index);
    const body = whole.slice(match[0].length, -1);
    const selectors: string[] = [];
    let i = 0;
    while (i < body.length) {
      const head = /^\s*(offset:\d+\s*)?(=?\w+)\s*\{/.exec(body.slice(i));
      if (!head) break;
      selectors.push(head[2]!);
      const option = balanced(body, i + head[0].length - 1);
      i += head[0].length - 1 + option.length;
    }
    found.push({ argument: match[1]!, selectors });
  }
  return found;
}

const messages = flatten(messagesByLocale.ar).filter(([, text]) => /,\s*plural\s*,/.test(text));
const argumentsOf = (text: string) => [...new Set([...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!))];

describe("Arabic plurals", () => {
  it("finds the plural messages", () => {
    expect(messages.length).toBeGreaterThan(20);
  });

  it.each(messages)("%s has a branch for every sample count", (_key, text) => {
    for (const { argument, selectors } of pluralArguments(text)) {
      for (const n of COUNTS) {
        const branch = selectors.includes(`=${n}`) ? `=${n}` : arabicPlural.select(n);
        expect(selectors, `${argument}=${n} needs “${branch}”`).toContain(branch);
      }
      expect(selectors, `${argument} needs “other”`).toContain("other");
    }
  });

  it.each(messages)("%s renders for every sample count", (key, text) => {
    const errors: unknown[] = [];
    const t = createTranslator({ locale: "ar", messages: messagesByLocale.ar, onError: (e) => errors.push(e) });
    for (const n of COUNTS) {
      const values = Object.fromEntries(argumentsOf(text).map((name) => [name, n]));
      const rendered = t(key as never, values as never) as string;
      expect(errors).toEqual([]);
      expect(rendered.trim()).not.toBe("");
      expect(rendered).not.toContain("{");
    }
  });
});
