// Search tokens, made in the app so PGlite and PostgreSQL index Chinese identically (see
// STACK-NOTES "Chinese and English search"): Han runs become overlapping character bigrams, other
// letters and digits become lower-cased NFKC words. The same function tokenises text and queries.

// Han characters are letters too (\p{L}), so the word branch must exclude them explicitly.
const TOKEN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)/gu;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize("NFKC").toLowerCase().matchAll(TOKEN)) {
    const han = m[1];
    if (han !== undefined) {
      const chars = Array.from(han);
      if (chars.length === 1) out.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    } else if (m[2] !== undefined) {
      out.push(m[2]);
    }
  }
  return out;
}

/** The string stored in `search_tokens` and fed to `to_tsvector('simple', …)`. */
export function searchTokens(text: string): string {
  return tokenize(text).join(" ");
}

/** Letters and digits in a query, ignoring punctuation: one of them means the ILIKE fallback. */
export function meaningfulLength(query: string): number {
  return Array.from(query.normalize("NFKC").replace(/[^\p{L}\p{N}]/gu, "")).length;
}

/** Escapes LIKE wildcards so user input matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
