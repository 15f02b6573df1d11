// Makes a flagged redirect in the e2e database directly (run with tsx by history.spec, PostgreSQL
// only: PGlite is single-process): a synthetic document imported twice, its paragraph 4 rewritten
// so that the successor is uncertain (about 40 % alike). Prints the ids as one line of JSON.
import { and, eq, isNull } from "drizzle-orm";
import { dbHandle } from "~/db/client";
import { documentUnit, unitRedirect } from "~/db/schema";
import { parseDocument } from "~/server/ingest";
import { importDocument } from "~/server/services/documents/import-document";

const uid = process.argv[2] ?? Date.now().toString(36);
const slug = `redirect-fixture-${uid}`;
const PARAGRAPHS = [
  "本报告回顾了各国履行保护责任的情况，并提出今后的步骤。",
  "各国应当加强国家机构之间的合作，交流良好做法。",
  "区域组织在防止暴行罪方面发挥着重要作用，应当得到更多支持。",
];
const BEFORE = "民间社会和媒体可以帮助监测局势，并向决策者提供信息。";
const AFTER = "民间社会可以帮助各国监测风险局势，并及时提醒国际社会。";

const handle = dbHandle();
try {
  const load = (fourth: string) => {
    const raw = ["一. 导言", "", ...[...PARAGRAPHS, fourth].flatMap((p, i) => [`${i + 1}. ${p}`, ""])].join("\n");
    const meta = { slug, symbol: null, title: { zh: `重定向测试 ${uid}`, en: `Redirect fixture ${uid}` }, year: 2026, language: "zh", kind: "un-report" as const };
    return handle.db.transaction((tx) => importDocument(tx, { meta, raw, parsed: parseDocument(raw, { slug, kind: "un-report" }) }));
  };
  const first = await load(BEFORE);
  const [old] = await handle.db
    .select({ id: documentUnit.id })
    .from(documentUnit)
    .where(and(eq(documentUnit.documentId, first.documentId), eq(documentUnit.locator, "4"), isNull(documentUnit.retiredAt)));
  await load(AFTER);
  const [redirect] = await handle.db.select().from(unitRedirect).where(eq(unitRedirect.fromUnitId, old!.id));
  if (!redirect?.needsReview || !redirect.toUnitId) throw new Error("no flagged redirect with a proposal");
  process.stdout.write(`${JSON.stringify({ slug, title: `Redirect fixture ${uid}`, fromUnitId: redirect.fromUnitId, proposedUnitId: redirect.toUnitId })}\n`);
} finally {
  await handle.close();
}
