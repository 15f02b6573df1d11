// A fuzz input, printable in a failure message: long strings and arrays shortened, exotic types named.
export function describeInput(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "string" && v.length > 120) return `${v.slice(0, 60)}…(${v.length} chars)`;
    if (Array.isArray(v) && v.length > 20) return [...v.slice(0, 5), `…(${v.length} items)`];
    if (typeof v === "bigint") return `${v}n`;
    if (v instanceof Map) return { Map: [...v.entries()] };
    if (v instanceof Set) return { Set: [...v.values()] };
    if (v instanceof RegExp) return `RegExp(${v.source})`;
    if (v === undefined) return "undefined";
    if (typeof v === "number" && !Number.isFinite(v)) return String(v);
    return v;
  });
  return text ?? "undefined";
}
