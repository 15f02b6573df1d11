// English search terms for the Chinese corpus: an English query also looks for the Chinese terms the
// documents use (the glossary in shared/DESIGN.md). Keys are lower-case; matching is by whole phrase.
// A Map, not an object literal: the keys are looked up with the user's words, and a plain object
// answers "constructor" or "__proto__" with what it inherits (issue 17, finding 4).

const GLOSSARY = new Map<string, string[]>(Object.entries({
  "responsibility to protect": ["保护责任"],
  r2p: ["保护责任"],
  rtop: ["保护责任"],
  genocide: ["灭绝种族"],
  "war crimes": ["战争罪"],
  "ethnic cleansing": ["族裔清洗"],
  "crimes against humanity": ["危害人类罪", "反人类罪"],
  "atrocity crimes": ["暴行罪"],
  "pillar one": ["第一支柱"],
  "pillar two": ["第二支柱"],
  "pillar three": ["第三支柱"],
  "focal point": ["协调人", "协调中心"],
  "focal points": ["协调人", "协调中心"],
  "global network": ["全球网络"],
  "group of friends": ["之友小组"],
  "upstream prevention": ["上游预防"],
  "downstream prevention": ["下游预防"],
  prevention: ["预防"],
  "early warning": ["预警", "早报警"],
  "early action": ["早行动", "早期行动"],
  "framework of analysis": ["分析框架"],
  "universal periodic review": ["普遍定期审议"],
  upr: ["普遍定期审议"],
  "national human rights institution": ["国家人权机构"],
  "national human rights institutions": ["国家人权机构"],
  "regional and sub-regional arrangements": ["区域和次区域安排"],
  "regional and subregional arrangements": ["区域和次区域安排"],
  "inter-parliamentary union": ["议会联盟"],
  ipu: ["议会联盟"],
  "rome statute": ["罗马规约"],
  "international criminal court": ["国际刑事法院"],
  icc: ["国际刑事法院"],
  "genocide convention": ["灭绝种族罪公约"],
  "report of the secretary-general": ["秘书长的报告"],
  "secretary-general": ["秘书长"],
  "security council": ["安全理事会", "安理会"],
  "general assembly": ["大会"],
  "human rights council": ["人权理事会"],
  "civil society": ["民间社会"],
  parliament: ["议会"],
  parliaments: ["议会"],
  parliamentarians: ["议员"],
}));

/** Chinese terms for the English phrases found in the query (whole phrase first, then word runs). */
export function chineseEquivalents(query: string): string[] {
  const q = query.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  const whole = GLOSSARY.get(q);
  if (whole) return whole;
  const words = q.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const out = new Set<string>();
  // Longest phrase first, so "early warning" wins over a hypothetical "warning".
  for (let i = 0; i < words.length; i++) {
    for (let j = words.length; j > i; j--) {
      const terms = GLOSSARY.get(words.slice(i, j).join(" "));
      if (terms) {
        terms.forEach((t) => out.add(t));
        i = j - 1;
        break;
      }
    }
  }
  return [...out];
}

/** Terms every text in this field uses: searching for them suggests nothing in particular. */
const TOO_GENERAL = new Set(["responsibility to protect", "r2p", "rtop", "保护责任"]);

/**
 * The glossary's phrases a text mentions (English as whole words, Chinese as written), one per
 * concept, most specific (longest) first: what the record and action forms search for to suggest
 * links while someone writes a summary.
 */
export function glossaryPhrasesIn(text: string, limit = 3): string[] {
  const folded = text.normalize("NFKC").toLowerCase();
  const words = folded.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const found = new Map<string, string>(); // first Chinese term → the phrase to search
  const add = (phrase: string, concept: string) => {
    if (!TOO_GENERAL.has(phrase) && !found.has(concept)) found.set(concept, phrase);
  };
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + 6); j > i; j--) {
      const phrase = words.slice(i, j).join(" ");
      const terms = GLOSSARY.get(phrase);
      if (terms) {
        add(phrase, terms[0]!);
        i = j - 1;
        break;
      }
    }
  }
  for (const terms of GLOSSARY.values()) {
    for (const term of terms) if (folded.includes(term)) add(term, terms[0]!);
  }
  return [...found.values()].sort((a, b) => b.length - a.length).slice(0, limit);
}
