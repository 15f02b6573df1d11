// French typography for interface messages: the spaces and apostrophe a French reader expects, applied
// to the text of an ICU message without touching its syntax. Used by `npm run i18n:fr-typography` and
// by the test that keeps the fr catalogues clean. Idempotent: running it twice changes nothing more.

/** U+202F, the narrow no-break space: before ; ! ? and inside « » (Imprimerie nationale usage). */
export const NARROW_NBSP = "\u202F";
/** U+00A0, the no-break space: before the colon. */
export const NBSP = "\u00A0";

const anySpaces = "[ \\u00A0\\u202F]*";

/**
 * What may follow a high punctuation mark for it to be prose punctuation rather than part of a URL
 * (http://), a time (10:15) or a query string (?q=): a space, the end, a closing quote or an ICU brace.
 */
const proseFollower = "(?=$|[\\s»”)}<])";

export function fixFrenchTypography(text: string): string {
  return (
    text
      // l'organisation → l’organisation. ICU treats an apostrophe between letters as literal, so this
      // changes no syntax; a straight apostrophe before a brace (an ICU escape) is left alone.
      .replace(/(?<=\p{L})'(?=\p{L})/gu, "’")
      // « mot » with narrow no-break spaces inside the guillemets.
      .replace(new RegExp(`«${anySpaces}`, "g"), `«${NARROW_NBSP}`)
      .replace(new RegExp(`${anySpaces}»`, "g"), `${NARROW_NBSP}»`)
      // A space (or none) before ; ! ? becomes a narrow no-break space, before : a no-break space.
      .replace(new RegExp(`(?<=\\S)${anySpaces}([;!?])${proseFollower}`, "g"), `${NARROW_NBSP}$1`)
      .replace(new RegExp(`(?<=[^\\s\\d])${anySpaces}:${proseFollower}`, "g"), `${NBSP}:`)
      .replace(new RegExp(`(?<=\\d)${anySpaces}:(?=\\s)`, "g"), `${NBSP}:`)
      // Thousands: 5 000 → 5 000 with a narrow no-break space, so the number never breaks across lines.
      .replace(/(?<=\d)[ \u00A0](?=\d{3}(?!\d))/g, NARROW_NBSP)
  );
}

/** Every string value of a catalogue, fixed; keys and nesting unchanged. */
export function fixCatalogue(value: unknown): unknown {
  if (typeof value === "string") return fixFrenchTypography(value);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fixCatalogue(inner)]));
  }
  return value;
}
