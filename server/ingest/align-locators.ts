// Pairs a language version's units with the original's by locator: UN reports keep the same paragraph
// numbering in all six languages, so "12" in French is "12" in Chinese. What does not pair up is reported
// on both sides, so the uploader sees a paragraph the parser missed (or one the original lacks).

export interface AlignableUnit {
  locator: string;
}

export interface Alignment<O extends AlignableUnit, V extends AlignableUnit> {
  /** In the original's reading order; `version` is null where the version has no such unit. */
  rows: { locator: string; original: O | null; version: V | null }[];
  /** Locators of the original the version lacks, in the original's order. */
  missingInVersion: string[];
  /** Locators of the version the original lacks, in the version's order. */
  extraInVersion: string[];
}

/**
 * Aligns two lists of units. Rows follow the original; a version-only unit is placed right after the
 * row of the version unit before it, so a parallel reader still reads each column in order.
 */
export function alignLocators<O extends AlignableUnit, V extends AlignableUnit>(original: O[], version: V[]): Alignment<O, V> {
  const byLocator = new Map(version.map((v) => [v.locator, v]));
  const inOriginal = new Set(original.map((o) => o.locator));
  const rows: Alignment<O, V>["rows"] = original.map((o) => ({ locator: o.locator, original: o, version: byLocator.get(o.locator) ?? null }));

  const extraInVersion: string[] = [];
  let after: string | null = null;
  for (const v of version) {
    if (inOriginal.has(v.locator)) {
      after = v.locator;
      continue;
    }
    extraInVersion.push(v.locator);
    const at = after === null ? -1 : rows.findIndex((r) => r.locator === after);
    rows.splice(at + 1, 0, { locator: v.locator, original: null, version: v });
    after = v.locator;
  }
  const missingInVersion = original.filter((o) => !byLocator.has(o.locator)).map((o) => o.locator);
  return { rows, missingInVersion, extraInVersion };
}
