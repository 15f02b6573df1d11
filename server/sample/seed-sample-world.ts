// Writes the sample world (sample-world.ts) through the services, as the sample secretariat and member
// would have: the secretariat publishes, the member proposes (some waiting, some sent back, one
// rejected, a draft), focal points are appointed, handed over or left vacant; advocacy actions with
// follow-up tasks and comments; and the sample people follow a country and a measure. Every record
// and action is labelled as sample. Deterministic: fixed dates and texts, created in a fixed order.
import { inArray } from "drizzle-orm";
import type { Db } from "~/db/client";
import { measure } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { type TActionFieldsInput, ZCreateActionInputSchema } from "~/server/services/advocacy/action-schemas";
import { createAction } from "~/server/services/advocacy/save-action";
import { createComment } from "~/server/services/comments/save-comment";
import { setFollow } from "~/server/services/follows/set-follow";
import { ZCreateRecordInputSchema } from "~/server/services/records/record-schemas";
import { decideRecord } from "~/server/services/records/review-record";
import { createRecord } from "~/server/services/records/save-record";
import { createTask } from "~/server/services/tasks/save-task";
import { SAMPLE_MEASURES, SAMPLE_STATES, type SampleReview, type SampleState } from "./sample-world";

export interface SamplePeople {
  secretariat: Viewer;
  member: Viewer;
  parliamentarian: Viewer;
}

const sample = { isSample: true };
const evidence = [{ kind: "url", url: "https://www.globalr2p.org/", label: "Source (sample)" }];
const cite = [{ document: "a-72-884", locator: "45(a)" }];
const addYears = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;

/** One record, brought as far through review as `review` says. */
async function bring(people: SamplePeople, fields: Record<string, unknown>, review: SampleReview = "published") {
  const input = (submit: boolean) => ZCreateRecordInputSchema.parse({ units: cite, evidence, ...fields, submit });
  if (review === "published") return createRecord({ ctx: { viewer: people.secretariat, requestId: "seed" }, input: input(false), opts: sample });
  const proposed = await createRecord({ ctx: { viewer: people.member, requestId: "seed" }, input: input(review !== "draft"), opts: sample });
  if (review === "changes_requested" || review === "rejected") {
    const message = review === "rejected" ? "Duplicate of an earlier record (sample)." : "Please add the official source (sample).";
    return decideRecord({ ctx: { viewer: people.secretariat, requestId: "seed" }, input: { id: proposed.id, version: proposed.version, decision: review, message } });
  }
  return proposed;
}

async function focalPoints(people: SamplePeople, s: SampleState) {
  if (s.focal === "none") return;
  const appointment = (date: string, endedOn: string | null, position: string) =>
    bring(people, {
      type: "focal_point",
      countryIso3: s.iso3,
      measures: ["appoint-national-r2p-focal-point", "join-global-network-of-r2p-focal-points"],
      title: { en: `R2P focal point, ${s.office} (sample)`, zh: `保护责任协调人，${s.office}（示例）` },
      date,
      endedOn,
      office: s.office,
      positionTitle: position,
      network: true,
    });
  if (s.focal === "active") return void (await appointment(s.firstAppointed, null, "Director, Human Rights"));
  const handedOver = addYears(s.firstAppointed, 3);
  await appointment(s.firstAppointed, handedOver, "Director, Human Rights");
  // A handover: the successor starts the day the first one ends. A vacancy: nobody does.
  if (s.focal === "handover") await appointment(handedOver, null, "Deputy Director, Multilateral Affairs");
}

async function records(people: SamplePeople, s: SampleState) {
  for (const c of s.commitments) {
    await bring(
      people,
      { type: "commitment", countryIso3: s.iso3, title: { en: `${c.en} (sample)`, zh: `${c.zh}（示例）` }, date: c.date, kind: c.kind, venue: c.venue, status: c.status, measures: c.measures, treaty: c.treaty },
      c.review,
    );
  }
  for (const p of s.parliament) {
    await bring(
      people,
      { type: "parliamentary_action", countryIso3: s.iso3, title: { en: `${p.en} (sample)`, zh: `${p.zh}（示例）` }, date: p.date, kind: p.kind, status: p.status, chamber: p.chamber, measures: p.measures },
      p.review,
    );
  }
}

const ACTIONS: (TActionFieldsInput & { task: string; comment: string })[] = [
  {
    kind: "meeting", date: "2025-10-14", title: "Meeting with the Senate human rights committee (sample)",
    summary: "Discussed a hearing on early warning in the Middle Belt.", outcome: "The chair will table a motion.",
    outcomeKind: "commitment_obtained", visibility: "public", countries: ["NGA"],
    targets: [{ kind: "parliament", name: "Senate Committee on Human Rights" }], measures: ["parliamentary-oversight-of-atrocity-prevention"],
    task: "Send the committee our briefing note (sample)", comment: "The clerk asked for the note by the end of the month.",
  },
  {
    kind: "submission", date: "2026-01-22", title: "UPR submission on the focal-point vacancy (sample)",
    summary: "Joint submission asking the government to fill the focal-point post.", outcome: "",
    outcomeKind: "pending", visibility: "coalition", countries: ["SEN", "POL"],
    targets: [{ kind: "un_body", name: "Human Rights Council — UPR Working Group" }], measures: ["appoint-national-r2p-focal-point"],
    task: "Collect signatures from coalition members (sample)", comment: "Two more organisations have signed on.",
  },
  {
    kind: "briefing", date: "2026-03-03", title: "Briefing for new parliamentarians (sample)",
    summary: "Introductory briefing on R2P and the parliamentary toolkit.", outcome: "Twelve members attended.",
    outcomeKind: "acknowledged", visibility: "organization", countries: ["BRA"],
    targets: [{ kind: "parliament", name: "Chamber of Deputies" }], measures: ["parliamentary-group-on-atrocity-prevention"],
    task: "Share the slides with the attendees (sample)", comment: "Slides are in the shared folder.",
  },
];

async function actions(people: SamplePeople) {
  const ctx = { viewer: people.member, requestId: "seed" };
  for (const [i, { task, comment, ...fields }] of ACTIONS.entries()) {
    const row = await createAction({ ctx, input: ZCreateActionInputSchema.parse({ ...fields, units: cite }), opts: sample });
    await createTask({ ctx, input: { subjectType: "action", subjectId: row.id, title: task, notes: "", assigneeId: people.member.id, dueOn: `2026-0${4 + i}-15` } });
    await createComment({ ctx, input: { subjectType: "action", subjectId: row.id, body: comment, parentId: null } });
    // The secretariat joins the discussion where it may see the action (never an organisation's own).
    if (fields.visibility !== "organization") {
      await createComment({
        ctx: { viewer: people.secretariat, requestId: "seed" },
        input: { subjectType: "action", subjectId: row.id, body: "Thanks — we will add this to the regional brief (sample).", parentId: null },
      });
    }
  }
}

export async function seedSampleWorld(db: Db, people: SamplePeople) {
  // The catalogue is seeded first; a slug missing from it (a renamed measure) would fail the seed, so say which.
  const known = new Set((await db.select({ slug: measure.slug }).from(measure).where(inArray(measure.slug, SAMPLE_MEASURES))).map((m) => m.slug));
  const missing = SAMPLE_MEASURES.filter((slug) => !known.has(slug));
  if (missing.length > 0) throw new Error(`Sample data links measures the catalogue lacks: ${missing.join(", ")}`);
  for (const s of SAMPLE_STATES) {
    await focalPoints(people, s);
    await records(people, s);
  }
  await actions(people);
  const [focal] = await db.select({ id: measure.id }).from(measure).where(inArray(measure.slug, ["appoint-national-r2p-focal-point"]));
  await setFollow({ ctx: { viewer: people.member, requestId: "seed" }, input: { subjectType: "country", subjectKey: "KEN", following: true } });
  if (focal) await setFollow({ ctx: { viewer: people.member, requestId: "seed" }, input: { subjectType: "measure", subjectKey: focal.id, following: true } });
  await setFollow({ ctx: { viewer: people.parliamentarian, requestId: "seed" }, input: { subjectType: "country", subjectKey: people.parliamentarian.countryIso3 ?? "KEN", following: true } });
}
