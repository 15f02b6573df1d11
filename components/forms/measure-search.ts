// Finding measures as someone types: every word of the query must occur in the measure's titles (both
// languages), its identifier or its words (the quoted source passages). Pure, so it is unit-tested.
// Chinese has no spaces, so a Chinese query is matched as a substring, which is what people expect.
import type { LocalizedText } from "~/db/localized-text";
import { allText } from "~/db/localized-text-ops";

export interface MeasureChoice {
  slug: string;
  title: LocalizedText;
  /** Already in the reader's language: "Governments · Pillar 1". */
  actorLabel: string;
  pillarLabel: string;
  /** The measure's words in the source documents, searched but not shown. */
  words: string;
}

const fold = (s: string) => s.normalize("NFKC").toLowerCase();

/** At most `limit` measures matching `query`, those matching in a title first. */
export function searchMeasures(choices: MeasureChoice[], query: string, limit = 8): MeasureChoice[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const scored: { choice: MeasureChoice; score: number }[] = [];
  for (const choice of choices) {
    const titles = fold(`${allText(choice.title)} ${choice.slug}`);
    const words = fold(choice.words);
    let score = 0;
    for (const term of terms) {
      if (titles.includes(term)) score += 2;
      else if (words.includes(term)) score += 1;
      else {
        score = -1;
        break;
      }
    }
    if (score > 0) scored.push({ choice, score });
  }
  // Stable: equal scores keep catalogue order.
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.choice);
}
