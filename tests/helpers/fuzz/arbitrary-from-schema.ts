// Valid-looking inputs for a procedure, derived from its zod input schema (through z.toJSONSchema),
// so the fuzzer gets past validation and into the services. Identifiers are drawn from a pool of real
// ids (mostly other people's private objects) so authorisation in the `where` clauses is exercised.
import fc from "fast-check";
import { z } from "zod";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
};

export interface SchemaArbitraryOptions {
  /** Real ids to use for uuid fields most of the time. */
  ids: string[];
}

const isoDay = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function stringArbitrary(s: JsonSchema, opts: SchemaArbitraryOptions): fc.Arbitrary<string> {
  if (s.format === "uuid") {
    return opts.ids.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...opts.ids) }, { weight: 1, arbitrary: fc.uuid() }) : fc.uuid();
  }
  if (s.format === "date") return isoDay;
  if (s.format === "date-time") return isoDay.map((d) => `${d}T12:00:00Z`);
  if (s.format === "email") return fc.emailAddress();
  if (s.format === "uri") return fc.webUrl().filter((u) => u.length <= (s.maxLength ?? 2000));
  const minLength = s.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(s.maxLength ?? 40, 40));
  if (s.pattern) {
    try {
      // Length bounds are enforced by zod anyway: a pattern-made string outside them is a fine probe.
      return fc.stringMatching(new RegExp(s.pattern));
    } catch {
      // A pattern fast-check cannot invert: plain text then.
    }
  }
  // Words the data really holds, when they fit (a filter that can never pass would loop forever).
  const words = ["协调人", "protection", "a-72-884", "45(a)", "KEN"].filter((v) => v.length >= minLength && v.length <= maxLength);
  const text = fc.string({ minLength, maxLength });
  return words.length > 0 ? fc.oneof(text, fc.constantFrom(...words)) : text;
}

function numberArbitrary(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const low = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : Number.EPSILON) : (s.minimum ?? -1_000_000);
  const high = s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : Number.EPSILON) : (s.maximum ?? 1_000_000);
  if (integer) {
    const min = Math.max(Math.ceil(low), Number.MIN_SAFE_INTEGER);
    const max = Math.min(Math.floor(high), Number.MAX_SAFE_INTEGER);
    // Extremes of the declared range are where overflow hides.
    return fc.oneof(fc.integer({ min, max: Math.min(max, min + 1_000) }), fc.constantFrom(min, max), fc.integer({ min, max }));
  }
  return fc.double({ min: low, max: high, noNaN: true });
}

export function arbitraryFromJsonSchema(s: JsonSchema, opts: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const choices = s.anyOf ?? s.oneOf;
  if (choices) return fc.oneof(...choices.map((c) => arbitraryFromJsonSchema(c, opts)));
  if (s.allOf?.length) return arbitraryFromJsonSchema(Object.assign({}, ...s.allOf) as JsonSchema, opts);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case "string":
      return stringArbitrary(s, opts);
    case "integer":
      return numberArbitrary(s, true);
    case "number":
      return numberArbitrary(s, false);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = s.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(s.maxItems ?? 4, 4));
      return fc.array(s.items ? arbitraryFromJsonSchema(s.items, opts) : fc.jsonValue({ maxDepth: 1 }), { minLength, maxLength });
    }
    case "object": {
      const properties = s.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, arbitraryFromJsonSchema(v, opts)]));
      const requiredKeys = (s.required ?? []).filter((k) => Object.hasOwn(properties, k));
      return fc.record(model, { requiredKeys });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Inputs shaped by a procedure's zod input schema; undefined when it has none. */
export function arbitraryForInput(schema: unknown, opts: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  if (!(schema instanceof z.ZodType)) return fc.constant(undefined);
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return arbitraryFromJsonSchema(json, opts);
}
