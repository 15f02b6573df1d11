// What a search box string becomes: phrases to match (the query itself, plus the Chinese terms an
// English query stands for) and the words to highlight. Pure, so hostile input is easy to test.
import { chineseEquivalents } from "./glossary";
import { meaningfulLength, tokenize } from "./tokenize";

export interface SearchPlan {
  /** "ilike": one letter or character, matched literally; "none": nothing searchable. */
  mode: "fulltext" | "ilike" | "none";
  /** Token strings for phraseto_tsquery('simple', …), one per alternative phrase. */
  phrases: string[];
  /** The raw query for phraseto_tsquery('english', …) when it has Latin letters (stemming). */
  english: string | null;
  /** The literal for ILIKE mode. */
  literal: string;
  /** What to mark in snippets, longest first. */
  highlight: string[];
}

export function planSearch(q: string): SearchPlan {
  const query = q.normalize("NFKC").trim();
  const letters = meaningfulLength(query);
  const literal = query.replace(/[^\p{L}\p{N}]/gu, "");
  const none: SearchPlan = { mode: "none", phrases: [], english: null, literal: "", highlight: [] };
  if (letters === 0) return none;
  if (letters === 1) return { ...none, mode: "ilike", literal, highlight: [literal] };

  const alternatives = [query, ...chineseEquivalents(query)];
  const phrases = [...new Set(alternatives.map((a) => tokenize(a).join(" ")).filter((p) => p !== ""))];
  const words = alternatives.flatMap((a) => a.match(/(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu) ?? []);
  // The query as typed comes first ("A/63/677" whole, before "63" alone).
  const highlight = [...new Set([query.toLowerCase(), ...words.map((w) => w.toLowerCase())])]
    .filter((w) => Array.from(w).length > 1 || /\p{Script=Han}/u.test(w))
    .sort((a, b) => b.length - a.length);
  const english = /[a-z]/i.test(query) ? query.slice(0, 200) : null;
  return { mode: "fulltext", phrases, english, literal, highlight };
}
