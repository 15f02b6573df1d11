// Which units are section titles, and how deep: drives the table of contents and <h2>/<h3>.
const TOP = /^(h-[^-]+|h-annex|part-\d+|s\d+)$/;

export function headingLevel(kind: string, locator: string): 2 | 3 | null {
  if (kind !== "heading" && kind !== "section") return null;
  return TOP.test(locator) ? 2 : 3;
}
