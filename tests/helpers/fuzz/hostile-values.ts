// Values an attacker sends instead of what a form would: prototype keys, text PostgreSQL refuses,
// huge strings and arrays, wrong types, extreme numbers, and the exotic types superjson can carry.
import fc from "fast-check";

/** Built once: 1 MB of text and 100,000 array items cost little to keep and much to rebuild per run. */
export const HUGE_STRING = "a".repeat(1 << 20);
export const HUGE_HAN_STRING = "协".repeat(1 << 19);
export const HUGE_ARRAY: string[] = Array.from({ length: 100_000 }, (_, i) => `item-${i}`);

export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"] as const;

const nastyStrings = [
  ...PROTOTYPE_KEYS,
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udc00y",
  "\udfff\ud800",
  "😀",
  "𠀀𠀁",
  "\u202eevil",
  "' OR 1=1 --",
  "%",
  "_",
  "\\",
  "a & b | !c <-> d:*",
  "!!!",
  "(",
  "<script>alert(1)</script>",
  "../../../etc/passwd",
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "0000-01-01",
  "9999-12-31",
  "2026-02-30",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "true",
  "null",
  "A/63/677",
  "协调人",
  "保护责任 constructor __proto__",
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(HUGE_STRING, HUGE_HAN_STRING, "x".repeat(2_001), "y".repeat(10_001)) },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    -1,
    0,
    -0,
    0.5,
    2 ** 31,
    2 ** 31 - 1,
    -(2 ** 31) - 1,
    2 ** 53,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e21,
  ),
  fc.integer(),
  fc.double(),
);

/** An object whose own keys are the prototype's names, as JSON.parse would build it. */
function prototypeKeyed(key: string, value: unknown): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
}

const exotic = fc.constantFrom<unknown>(
  null,
  undefined,
  true,
  false,
  [],
  {},
  new Date(Number.NaN),
  new Date(8.64e15),
  new Map([["__proto__", "x"]]),
  new Set(["a"]),
  /re/g,
  10n ** 30n,
  HUGE_ARRAY,
  Array.from({ length: 1_000 }, () => ({})),
);

/** Anything a hostile client can put where a value is expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: exotic },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.oneof(hostileString, fc.constant({ polluted: true })))
      .map(([k, v]) => prototypeKeyed(k, v)),
  },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
);

export { prototypeKeyed };
