// Migration 0012 (decision 030) on old-shape data: inside a transaction that is rolled back, the
// reference tables are put back into their zh/en column shape with old (CLDR) names, the migration is
// replayed, and every word must be found in the new jsonb maps. Runs on PostgreSQL and PGlite.
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { setupDatabase } from "../../helpers/factories";

beforeAll(async () => {
  await setupDatabase();
});

const MIGRATION = readFileSync(path.join(process.cwd(), "db/migrations/0012_un_names.sql"), "utf8")
  .split("--> statement-breakpoint")
  .map((s) => s.trim())
  .filter(Boolean);

/** Back to the shape before 0012, with the names the old seed wrote. */
const OLD_SHAPE = [
  `ALTER TABLE country ADD COLUMN name_en text, ADD COLUMN name_zh text, ADD COLUMN region_en text, ADD COLUMN region_zh text, ADD COLUMN subregion_en text, ADD COLUMN subregion_zh text`,
  `UPDATE country SET name_en = name->>'en', name_zh = name->>'zh', region_en = region_name->>'en', region_zh = region_name->>'zh', subregion_en = subregion_name->>'en', subregion_zh = subregion_name->>'zh'`,
  `UPDATE country SET name_zh = '韩国', name_en = 'South Korea', subregion_zh = '东亚（旧）' WHERE iso3 = 'KOR'`,
  `ALTER TABLE country DROP COLUMN name, DROP COLUMN region_name, DROP COLUMN subregion_name`,
  `ALTER TABLE country ALTER COLUMN name_en SET NOT NULL, ALTER COLUMN name_zh SET NOT NULL`,
  `ALTER TABLE regional_organization ADD COLUMN acronym_en text, ADD COLUMN acronym_zh text, ADD COLUMN name_en text, ADD COLUMN name_zh text`,
  `UPDATE regional_organization SET acronym_en = acronym->>'en', acronym_zh = acronym->>'zh', name_en = name->>'en', name_zh = name->>'zh'`,
  `ALTER TABLE regional_organization DROP COLUMN acronym, DROP COLUMN name`,
];

const rowsOf = <T,>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

describe("migration 0012 (names as jsonb maps)", () => {
  it("moves every zh/en name into the maps without losing a word", async () => {
    const rolledBack = new Error("rolled back");
    await expect(
      db.transaction(async (tx) => {
        for (const statement of OLD_SHAPE) await tx.execute(sql.raw(statement));
        const before = rowsOf<{ iso3: string; name_en: string; name_zh: string; region_zh: string; subregion_zh: string }>(
          await tx.execute(sql.raw(`select iso3, name_en, name_zh, region_zh, subregion_zh from country order by iso3`)),
        );
        const orgsBefore = rowsOf<{ slug: string; acronym_en: string; acronym_zh: string | null; name_zh: string }>(
          await tx.execute(sql.raw(`select slug, acronym_en, acronym_zh, name_zh from regional_organization order by slug`)),
        );
        expect(before.length).toBe(195);

        for (const statement of MIGRATION) await tx.execute(sql.raw(statement));

        const after = rowsOf<{ iso3: string; name: Record<string, string>; region_name: Record<string, string>; subregion_name: Record<string, string> }>(
          await tx.execute(sql.raw(`select iso3, name, region_name, subregion_name from country order by iso3`)),
        );
        expect(after.map((r) => r.iso3)).toEqual(before.map((r) => r.iso3));
        after.forEach((row, i) => {
          expect(row.name).toEqual({ en: before[i]!.name_en, zh: before[i]!.name_zh });
          expect(row.region_name.zh).toBe(before[i]!.region_zh);
          expect(row.subregion_name.zh).toBe(before[i]!.subregion_zh);
        });
        expect(after.find((r) => r.iso3 === "KOR")?.name).toEqual({ en: "South Korea", zh: "韩国" });

        const orgsAfter = rowsOf<{ slug: string; acronym: Record<string, string>; name: Record<string, string> }>(
          await tx.execute(sql.raw(`select slug, acronym, name from regional_organization order by slug`)),
        );
        orgsAfter.forEach((row, i) => {
          const old = orgsBefore[i]!;
          expect(row.acronym).toEqual(old.acronym_zh ? { en: old.acronym_en, zh: old.acronym_zh } : { en: old.acronym_en });
          expect(row.name.zh).toBe(old.name_zh);
        });
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
  });
});
