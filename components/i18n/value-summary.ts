// A stored value as one line of text for a history or diff view. A localized text (decision 027) shows
// each language it has, marked with its code, so a reviewer sees every language that changed.
export function valueSummary(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "object") {
    const parts = Object.entries(value as Record<string, unknown>).filter(([, text]) => typeof text === "string" && text !== "");
    return parts.length ? parts.map(([lang, text]) => `${lang}: ${String(text)}`).join(" · ") : "—";
  }
  return String(value);
}
