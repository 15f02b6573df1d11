// One resource of the data package: its name (the CSV file), what it holds, its table schema and
// how to read its rows from published data. New resources (status events, regional organisations…)
// are one more file under resources/ and one line in resources/index.ts.
import type { Cell, TableField, TableSchema } from "./table-schema";

export interface DatasetResource {
  /** Lower-case, `[a-z0-9_]`: the Frictionless resource name and the CSV's base name. */
  name: string;
  title: string;
  description: string;
  schema: TableSchema;
  /** Every row, in a stable order (the primary key's), published data only. */
  rows: () => Promise<Record<string, Cell>[]>;
}

/** A table schema from its fields, with the spec's default missing value. */
export function tableSchema(fields: TableField[], primaryKey: string | string[], foreignKeys?: TableSchema["foreignKeys"]): TableSchema {
  return { fields, primaryKey, ...(foreignKeys ? { foreignKeys } : {}), missingValues: [""] };
}

/** Every page of a paginated public list (pages of 500, the API's largest). */
export async function allPages<T>(page: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>) {
  const items: T[] = [];
  for (let n = 1; ; n++) {
    const result = await page(n, 500);
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= result.total) return items;
  }
}

/** A foreign key to another resource's single-field key. */
export const references = (field: string, resource: string, target = "id") => ({ fields: field, reference: { resource, fields: target } });
