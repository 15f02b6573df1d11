// What a message is made of, for comparing translations with the English: its ICU arguments, its
// rich-text tags, its plural/select branches and the words outside any argument.
import {
  isArgumentElement,
  isDateElement,
  isLiteralElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";

/** Every message of a catalogue as [dotted key, text], in file order. */
export const flatten = (messages: object, prefix = ""): [string, string][] =>
  Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === "object" ? flatten(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)] as [string, string]],
  );

export interface PluralUse {
  argument: string;
  ordinal: boolean;
  selectors: string[];
}

export interface MessageShape {
  arguments: string[];
  tags: string[];
  plurals: PluralUse[];
  /** The text a reader sees, without arguments; joined across branches. */
  literalText: string;
}

export function shapeOf(message: string): MessageShape {
  const args = new Set<string>();
  const tags = new Set<string>();
  const plurals: PluralUse[] = [];
  const literals: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (isLiteralElement(element)) literals.push(element.value);
      else if (isArgumentElement(element) || isNumberElement(element) || isDateElement(element) || isTimeElement(element)) args.add(element.value);
      else if (isTagElement(element)) {
        tags.add(element.value);
        walk(element.children);
      } else if (isSelectElement(element) || isPluralElement(element)) {
        args.add(element.value);
        if (isPluralElement(element)) {
          plurals.push({ argument: element.value, ordinal: element.pluralType === "ordinal", selectors: Object.keys(element.options) });
        }
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return { arguments: [...args].sort(), tags: [...tags].sort(), plurals, literalText: literals.join(" ") };
}

/** The plural categories a locale's grammar distinguishes (CLDR, as the runtime knows them), plus `other`. */
export function pluralCategoriesOf(locale: string, ordinal = false): string[] {
  const categories = new Intl.PluralRules(locale, { type: ordinal ? "ordinal" : "cardinal" }).resolvedOptions().pluralCategories;
  return [...new Set([...categories, "other"])].sort();
}
