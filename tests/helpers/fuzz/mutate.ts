// One hostile change to a valid input: a value replaced, a key added (prototype names included) or a
// key removed. Keeping the rest valid carries the hostile part past validation into the service.
import fc from "fast-check";
import { hostileValue, PROTOTYPE_KEYS, prototypeKeyed } from "./hostile-values";

type Path = (string | number)[];

/** Every place in a plain JSON-like value: the root, each object key and each array item. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: copy(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

function edit(root: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const holder = { root: copy(root) } as Record<string | number, unknown>;
  let parent = holder;
  let key: string | number = "root";
  for (const step of path) {
    parent = parent[key] as Record<string | number, unknown>;
    key = step;
  }
  change(parent, key);
  return holder.root;
}

export type Mutation =
  | { kind: "replace"; at: number; value: unknown }
  | { kind: "addKey"; at: number; key: string; value: unknown }
  | { kind: "remove"; at: number };

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: hostileValue }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("addKey" as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ unit: "binary", maxLength: 8 })),
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }) },
);

const define = (o: object, key: string | number, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype;

function replaceAt(valid: unknown, path: Path, value: unknown): unknown {
  return path.length === 0 ? value : edit(valid, path, (parent, key) => define(parent, key, value));
}

/** The valid input with one mutation applied at one of its places (chosen modulo their number). */
export function applyMutation(valid: unknown, m: Mutation): unknown {
  const paths = pathsOf(valid);
  const path = paths[m.at % paths.length]!;
  if (m.kind === "replace") return replaceAt(valid, path, m.value);
  if (m.kind === "addKey") {
    const target = path.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], valid);
    if (!isPlainObject(target)) return replaceAt(valid, path, prototypeKeyed(m.key, m.value));
    if (path.length === 0) return define(copy(valid) as object, m.key, m.value);
    return edit(valid, path, (parent, key) => define(parent[key] as object, m.key, m.value));
  }
  if (path.length === 0) return undefined;
  return edit(valid, path, (parent, key) => {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  });
}
