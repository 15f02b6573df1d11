// Text PostgreSQL refuses to store or compare: a NUL character (invalid in its UTF-8 text) and a lone
// UTF-16 surrogate (not a character at all). Such input can only come from a crafted request, so it
// is refused once, at the boundary, with a 400 naming the field — before any service or query sees it.
import { z, type ZodError } from "zod";

/** A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isUnsafeText = (s: string) => UNSAFE.test(s);

export type InputPath = (string | number)[];

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

/** A visit's path, rebuilt only when something is found (copying paths on the way costs O(depth²)). */
function pathOf(visit: Visit): InputPath {
  const path: InputPath = [];
  for (let v: Visit | null = visit; v && v.key !== null; v = v.parent) path.push(v.key);
  return path.reverse();
}

/**
 * The path to the first string (value or object key) PostgreSQL would refuse, or null. Walks without
 * recursion and remembers what it saw, so deep nesting or a cyclic structure (superjson can build
 * one) cannot exhaust the stack.
 */
export function findUnsafeText(input: unknown): InputPath | null {
  const seen = new Set<object>();
  const stack: Visit[] = [{ value: input, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === "string") {
      if (isUnsafeText(value)) return pathOf(visit);
      continue;
    }
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, key: i, parent: visit }));
    } else if (value instanceof Map) {
      for (const [k, v] of value) {
        if (typeof k === "string" && isUnsafeText(k)) return pathOf(visit);
        stack.push({ value: v, key: String(k), parent: visit });
      }
    } else if (value instanceof Set) {
      let i = 0;
      for (const v of value) stack.push({ value: v, key: i++, parent: visit });
    } else {
      for (const key of Object.keys(value)) {
        if (isUnsafeText(key)) return pathOf(visit);
        stack.push({ value: (value as Record<string, unknown>)[key], key, parent: visit });
      }
    }
  }
  return null;
}

/** The refusal as a zod error, so it reaches the client field by field like any validation issue. */
export function unsafeTextError(path: InputPath): ZodError {
  // The offending key or value may itself be unprintable: name the field by its printable parts only.
  const printable = path.map((p) => (typeof p === "string" && isUnsafeText(p) ? "?" : p));
  // Made by zod itself (not `new ZodError`), so it is the same kind of error as any failed parse.
  const refusal = z.unknown().superRefine((_value, ctx) => {
    ctx.addIssue({ code: "custom", path: printable, message: "validation.unsafeText" });
  });
  return refusal.safeParse(undefined).error!;
}
