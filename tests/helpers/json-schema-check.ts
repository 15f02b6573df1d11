// A small JSON Schema (2020-12 subset) checker for the contract tests: the keywords zod's generator
// emits. Strict where it matters here: an object refuses any property its schema does not name
// (zod writes `additionalProperties: false` for output objects), and an unknown keyword fails loudly
// rather than passing silently.
type Schema = Record<string, unknown> | boolean;

const KNOWN = new Set([
  "$ref",
  "$schema",
  "$defs",
  "$id",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "enum",
  "const",
  "anyOf",
  "oneOf",
  "allOf",
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "default",
  "description",
  "examples",
  "components",
  "example",
  "title",
  "id",
]);

const typeOf = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;

/** Every problem found, each with its JSON path; empty when the value conforms. */
export function checkJsonSchema(
  value: unknown,
  schema: Schema,
  root: Record<string, unknown>,
  path = "$",
): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) return [`${path}: the checker does not know the keyword ${key}`];
  }
  if (typeof schema.$ref === "string") {
    const target = schema.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], root);
    if (!target) return [`${path}: unresolved ${schema.$ref}`];
    return checkJsonSchema(value, target as Schema, root, path);
  }
  const problems: string[] = [];
  const t = typeOf(value);
  if (schema.type !== undefined) {
    const types = ([] as unknown[]).concat(schema.type);
    const ok = types.includes(t) || (t === "integer" && types.includes("number"));
    if (!ok) return [`${path}: ${t} is not ${types.join("|")}`];
  }
  if (schema.const !== undefined && value !== schema.const)
    problems.push(`${path}: not ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    problems.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === "string") {
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern).test(value))
      problems.push(`${path}: pattern`);
    if (typeof schema.minLength === "number" && value.length < schema.minLength)
      problems.push(`${path}: too short`);
    if (typeof schema.maxLength === "number" && value.length > schema.maxLength)
      problems.push(`${path}: too long`);
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) problems.push(`${path}: below minimum`);
    if (typeof schema.maximum === "number" && value > schema.maximum) problems.push(`${path}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems)
      problems.push(`${path}: too few items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems)
      problems.push(`${path}: too many items`);
    const prefix = (schema.prefixItems as Schema[] | undefined) ?? [];
    value.forEach((item, i) => {
      const itemSchema = i < prefix.length ? prefix[i] : (schema.items as Schema | undefined);
      if (itemSchema !== undefined)
        problems.push(...checkJsonSchema(item, itemSchema, root, `${path}[${i}]`));
    });
  }
  if (t === "object") {
    const obj = value as Record<string, unknown>;
    const count = Object.keys(obj).length;
    if (typeof schema.minProperties === "number" && count < schema.minProperties) problems.push(`${path}: too few fields`);
    if (typeof schema.maxProperties === "number" && count > schema.maxProperties) problems.push(`${path}: too many fields`);
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const key of (schema.required as string[] | undefined) ?? []) {
      if (!(key in obj)) problems.push(`${path}: missing ${key}`);
    }
    for (const [key, v] of Object.entries(obj)) {
      if (key in properties) problems.push(...checkJsonSchema(v, properties[key]!, root, `${path}.${key}`));
      else if (schema.additionalProperties !== undefined) {
        problems.push(
          ...checkJsonSchema(v, schema.additionalProperties as Schema, root, `${path}.${key}`).map((p) =>
            schema.additionalProperties === false ? `${path}: undeclared field ${key}` : p,
          ),
        );
      }
      if (schema.propertyNames)
        problems.push(...checkJsonSchema(key, schema.propertyNames as Schema, root, `${path}{${key}}`));
    }
  }
  if (Array.isArray(schema.allOf))
    for (const s of schema.allOf as Schema[]) problems.push(...checkJsonSchema(value, s, root, path));
  for (const k of ["anyOf", "oneOf"] as const) {
    const options = schema[k] as Schema[] | undefined;
    if (!options) continue;
    const passing = options.filter((s) => checkJsonSchema(value, s, root, path).length === 0).length;
    if (passing === 0 || (k === "oneOf" && passing > 1))
      problems.push(`${path}: ${passing} of the ${k} options match`);
  }
  return problems;
}
