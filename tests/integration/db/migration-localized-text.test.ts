// Migration 0014 (decision 027; written as two stages, 0012 and 0013, on the content branch): rows written in the old shape (…_zh/…_en column pairs, revision
// snapshots with titleZh/titleEn keys) come out as localized-text maps with every word kept, on both
// engines. Each engine gets a database of its own: migrated to 0011, filled, then migrated to the end.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");
const BEFORE = "0011_six_locales";

/** A copy of the migrations folder that ends at `lastTag` (the journal cut there). */
function migrationsUpTo(lastTag: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "r2p-migrations-"));
  fs.mkdirSync(path.join(dir, "meta"));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, "meta", "_journal.json"), "utf8")) as {
    entries: { idx: number; tag: string }[];
  };
  const cut = journal.entries.findIndex((e) => e.tag === lastTag);
  const entries = journal.entries.slice(0, cut + 1);
  for (const e of entries) fs.copyFileSync(path.join(MIGRATIONS, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify({ ...journal, entries }));
  return dir;
}

type Run = (query: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const OLD_MEASURE = {
  slug: "old-shape-measure",
  titleZh: "建立国家预防暴行协调中心",
  titleEn: "Establish a national focal point for atrocity prevention",
  descriptionZh: "由政府指定一名协调人。",
  // An empty English description must become "no English", not an empty string.
  descriptionEn: "",
};

async function fillOldShape(run: Run) {
  await run(
    `insert into organization (slug, name, name_zh) values ('old-org', 'Old Shape Coalition Member', '旧形态联盟成员'), ('old-org-en', 'English Only Member', null)`,
  );
  await run(
    `insert into document (slug, symbol, title_zh, title_en, year, language, kind, source_hash, content_hash)
     values ('old-doc', 'A/00/001', '履行保护的责任（测试）', 'Implementing the responsibility to protect (test)', 2009, 'zh', 'un-report', 'x', 'y')`,
  );
  const [m] = await run(
    `insert into measure (slug, title_zh, title_en, description_zh, description_en, actor, category)
     values ($1, $2, $3, $4, $5, 'government', 'institutions') returning id`,
    [OLD_MEASURE.slug, OLD_MEASURE.titleZh, OLD_MEASURE.titleEn, OLD_MEASURE.descriptionZh, OLD_MEASURE.descriptionEn],
  );
  const snapshot = {
    slug: OLD_MEASURE.slug,
    titleZh: OLD_MEASURE.titleZh,
    titleEn: OLD_MEASURE.titleEn,
    descriptionZh: OLD_MEASURE.descriptionZh,
    descriptionEn: OLD_MEASURE.descriptionEn,
    actor: "government",
    pillar: null,
    category: "institutions",
    prevention: null,
    key: false,
    sources: [],
  };
  await run(`insert into measure_revision (measure_id, version, snapshot, action) values ($1, 1, $2::jsonb, 'seed')`, [
    m!.id,
    JSON.stringify(snapshot),
  ]);
  const [u] = await run(`insert into "user" (email, name) values ('old-shape@example.org', 'Old Shape') returning id`);
  // A record belongs to a state (or a regional organisation); this database has no reference data yet.
  await run(
    `insert into country (iso3, iso2, m49, name_en, name_zh, status, region_code, region_en, region_zh, subregion_code, subregion_en, subregion_zh)
     values ('GHA', 'GH', '288', 'Ghana', '加纳', 'member', '002', 'Africa', '非洲', '202', 'Sub-Saharan Africa', '撒哈拉以南非洲')`,
  );
  const [r] = await run(
    `insert into record (type, country_iso3, title_zh, title_en, description_zh, description_en, date, created_by_id)
     values ('commitment', 'GHA', '', $1, '议会听证会记录。', 'Record of a parliamentary hearing.', '2020-01-01', $2) returning id`,
    [OLD_RECORD_TITLE, u!.id],
  );
  const fields = { titleZh: "", titleEn: OLD_RECORD_TITLE, descriptionZh: "议会听证会记录。", descriptionEn: "Record of a parliamentary hearing.", status: "announced" };
  await run(`insert into record_revision (record_id, number, state, snapshot) values ($1, 1, 'applied', $2::jsonb)`, [
    r!.id,
    JSON.stringify({ fields, measures: [], units: [], evidence: [] }),
  ]);
}

const OLD_RECORD_TITLE = "Pledge at the General Assembly (old shape)";

async function checkMigrated(run: Run) {
  const [m] = await run(`select title, description, search_english::text as english from measure where slug = $1`, [OLD_MEASURE.slug]);
  expect(m!.title).toEqual({ zh: OLD_MEASURE.titleZh, en: OLD_MEASURE.titleEn });
  expect(m!.description).toEqual({ zh: OLD_MEASURE.descriptionZh });
  // The English search vector is rebuilt from the English entries.
  expect(String(m!.english)).toContain("atroc");
  const [r] = await run(`select snapshot from measure_revision r join measure m on m.id = r.measure_id where m.slug = $1`, [OLD_MEASURE.slug]);
  const snapshot = r!.snapshot as Record<string, unknown>;
  expect(snapshot.title).toEqual({ zh: OLD_MEASURE.titleZh, en: OLD_MEASURE.titleEn });
  expect(snapshot.description).toEqual({ zh: OLD_MEASURE.descriptionZh });
  expect(snapshot).not.toHaveProperty("titleZh");
  expect(snapshot).toMatchObject({ slug: OLD_MEASURE.slug, actor: "government", sources: [] });
  const [d] = await run(`select title from document where slug = 'old-doc'`);
  expect(d!.title).toEqual({ zh: "履行保护的责任（测试）", en: "Implementing the responsibility to protect (test)" });
  const orgs = await run(`select slug, name from organization where slug like 'old-org%' order by slug`);
  expect(orgs.map((o) => o.name)).toEqual([{ en: "Old Shape Coalition Member", zh: "旧形态联盟成员" }, { en: "English Only Member" }]);
  const [rec] = await run(`select title, description from record where title ->> 'en' = $1`, [OLD_RECORD_TITLE]);
  expect(rec).toEqual({ title: { en: OLD_RECORD_TITLE }, description: { zh: "议会听证会记录。", en: "Record of a parliamentary hearing." } });
  const [rev] = await run(`select snapshot from record_revision v join record r on r.id = v.record_id where r.title ->> 'en' = $1`, [OLD_RECORD_TITLE]);
  expect((rev!.snapshot as { fields: unknown }).fields).toEqual({
    title: { en: OLD_RECORD_TITLE },
    description: { zh: "议会听证会记录。", en: "Record of a parliamentary hearing." },
    status: "announced",
  });
  // The old columns are gone.
  const columns = await run(
    `select table_name, column_name from information_schema.columns
     where table_name in ('measure', 'document', 'organization', 'record') and column_name in ('title_zh', 'title_en', 'description_zh', 'description_en', 'name_zh')`,
  );
  expect(columns).toEqual([]);
}

describe("migration 0014: localized text", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("moves every word on PGlite", async () => {
    const client = new PGlite();
    cleanups.push(() => client.close());
    const db = drizzlePglite({ client });
    const run: Run = async (query, params) => (await client.query<Record<string, unknown>>(query, params)).rows;
    await migratePglite(db, { migrationsFolder: migrationsUpTo(BEFORE) });
    await fillOldShape(run);
    await migratePglite(db, { migrationsFolder: MIGRATIONS });
    await checkMigrated(run);
  }, 120_000);

  it.runIf(process.env.DATABASE_URL)("moves every word on PostgreSQL", async () => {
    const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    const name = `r2p_migration_${process.pid}_${Date.now()}`;
    await admin.unsafe(`create database ${name}`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
    cleanups.push(async () => {
      await client.end({ timeout: 5 });
      await admin.unsafe(`drop database if exists ${name}`);
      await admin.end({ timeout: 5 });
    });
    const db = drizzlePostgres({ client });
    const run: Run = async (query, params) => [...(await client.unsafe(query, (params ?? []) as never[]))] as Record<string, unknown>[];
    await migratePostgres(db, { migrationsFolder: migrationsUpTo(BEFORE) });
    await fillOldShape(run);
    await migratePostgres(db, { migrationsFolder: MIGRATIONS });
    await checkMigrated(run);
  }, 120_000);
});
