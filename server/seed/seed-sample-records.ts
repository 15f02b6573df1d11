// Sample records for the embedded dev default: published, pending and draft records of each type
// for a handful of countries, all labelled as sample, so a newcomer sees the workflow at work.
// Made through the services, so they carry revisions, decisions and audit events like real ones.
import { eq } from "drizzle-orm";
import type { Db } from "~/db/client";
import { user } from "~/db/schema";
import { getViewer } from "~/server/services/accounts/get-viewer";
import { ZCreateRecordInputSchema, type TCreateRecordInput } from "~/server/services/records/record-schemas";
import { decideRecord } from "~/server/services/records/review-record";
import { createRecord, updateRecord } from "~/server/services/records/save-record";

const url = "https://www.globalr2p.org/";
// Each sample record links the measures it is about (slugs from db/seed/measures).
const cite = [{ document: "a-72-884", locator: "45(a)" }];

export async function seedSampleRecords(db: Db, emails: { secretariat: string; member: string }) {
  const idOf = async (email: string) => (await db.select({ id: user.id }).from(user).where(eq(user.email, email)))[0]?.id;
  const [staffId, memberId] = await Promise.all([idOf(emails.secretariat), idOf(emails.member)]);
  const staff = staffId ? await getViewer(staffId) : null;
  const member = memberId ? await getViewer(memberId) : null;
  if (!staff || !member) return;
  const sctx = { viewer: staff, requestId: "seed" };
  const mctx = { viewer: member, requestId: "seed" };
  const input = (v: Record<string, unknown>): TCreateRecordInput =>
    ZCreateRecordInputSchema.parse({ units: cite, evidence: [{ kind: "url", url, label: "" }], ...v });
  const sample = { isSample: true };

  // Published by the secretariat.
  await createRecord({ ctx: sctx, input: input({ measures: ["appoint-national-r2p-focal-point", "join-global-network-of-r2p-focal-points"], type: "focal_point", countryIso3: "GHA", title: { en: "Focal point, Ministry of Foreign Affairs (sample)", zh: "外交部协调人（示例）" }, date: "2016-03-01", endedOn: "2021-06-30", office: "Ministry of Foreign Affairs", positionTitle: "Director, Human Rights", network: true }), opts: sample });
  await createRecord({ ctx: sctx, input: input({ measures: ["appoint-national-r2p-focal-point", "join-global-network-of-r2p-focal-points"], type: "focal_point", countryIso3: "GHA", title: { en: "Focal point, Office of the President (sample)", zh: "总统办公室协调人（示例）" }, date: "2022-02-01", office: "Office of the President", positionTitle: "Senior adviser", network: true }), opts: sample });
  await createRecord({ ctx: sctx, input: input({ measures: ["national-atrocity-prevention-mechanism"], type: "commitment", countryIso3: "KEN", title: { en: "Pledge at the General Assembly debate (sample)", zh: "大会辩论中的承诺（示例）" }, date: "2025-07-10", kind: "pledge", venue: "general_assembly", status: "in_progress" }), opts: sample });
  await createRecord({ ctx: sctx, input: input({ measures: ["parliamentary-oversight-of-atrocity-prevention"], type: "parliamentary_action", countryIso3: "PHL", title: { en: "Committee hearing on atrocity prevention (sample)", zh: "关于暴行预防的委员会听证（示例）" }, date: "2025-11-04", chamber: "House of Representatives", kind: "hearing", status: "completed" }), opts: sample });

  // Proposed by the member and waiting for review.
  await createRecord({ ctx: mctx, input: input({ measures: ["ratify-rome-statute"], type: "commitment", countryIso3: "MEX", title: { en: "Ratification of the Rome Statute amendments (sample)", zh: "批准《罗马规约》修正案（示例）" }, date: "2026-01-15", kind: "treaty_action", treaty: "Rome Statute (Kampala amendments)", venue: "national", status: "announced", submit: true }), opts: sample });
  await createRecord({ ctx: mctx, input: input({ measures: ["appoint-national-r2p-focal-point", "parliamentary-oversight-of-atrocity-prevention"], type: "parliamentary_action", countryIso3: "KEN", title: { en: "Motion on an R2P focal point (sample)", zh: "关于保护责任协调人的动议（示例）" }, date: "2026-02-20", chamber: "National Assembly", kind: "motion", status: "ongoing", submit: true }), opts: sample });
  await createRecord({ ctx: mctx, input: input({ measures: ["appoint-national-r2p-focal-point", "join-global-network-of-r2p-focal-points"], type: "focal_point", countryIso3: "PHL", title: { en: "Focal point appointment (sample)", zh: "协调人任命（示例）" }, date: "2026-03-01", office: "Department of Foreign Affairs", submit: true }), opts: sample });

  // A published record the member has since edited: the edit waits, the published version shows.
  const proposed = await createRecord({ ctx: mctx, input: input({ measures: ["national-early-warning-procedures"], type: "commitment", countryIso3: "GHA", title: { en: "National early-warning strategy (sample)", zh: "国家早期预警战略（示例）" }, date: "2024-09-01", kind: "policy", venue: "national", status: "announced", submit: true }), opts: sample });
  const published = await decideRecord({ ctx: sctx, input: { id: proposed.id, version: proposed.version, decision: "published", message: "" } });
  await updateRecord({ ctx: mctx, input: { ...input({ measures: ["national-early-warning-procedures"], type: "commitment", countryIso3: "GHA", title: { en: "National early-warning strategy (sample)", zh: "国家早期预警战略（示例）" }, date: "2024-09-01", kind: "policy", venue: "national", status: "in_progress" }), id: published.id, version: published.version } });

  // Drafts.
  await createRecord({ ctx: mctx, input: input({ measures: ["independent-national-human-rights-institution"], type: "commitment", countryIso3: "DEU", title: { en: "Statement at the Human Rights Council (sample)", zh: "在人权理事会的发言（示例）" }, date: "2026-03-20", kind: "pledge", venue: "human_rights_council", status: "announced" }), opts: sample });
  await createRecord({ ctx: mctx, input: input({ measures: ["appoint-national-r2p-focal-point", "join-global-network-of-r2p-focal-points"], type: "focal_point", countryIso3: "MEX", title: { en: "Focal point to confirm (sample)", zh: "待确认的协调人（示例）" }, date: "2026-04-01", office: "Secretaría de Relaciones Exteriores" }), opts: sample });
  await createRecord({ ctx: mctx, input: input({ measures: ["parliamentary-oversight-of-atrocity-prevention"], type: "parliamentary_action", countryIso3: "DEU", title: { en: "Written question on early warning (sample)", zh: "关于早期预警的书面质询（示例）" }, date: "2026-04-12", chamber: "Bundestag", kind: "question", status: "planned" }), opts: sample });
}
