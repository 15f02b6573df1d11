// Sample advocacy actions for the embedded dev default: the sample member's organisation logs a few
// actions at each visibility, linked to measures, paragraphs and a sample record, labelled as sample.
// Made through the service, so they carry audit events and feed lines like real ones.
import { and, eq } from "drizzle-orm";
import type { Db } from "~/db/client";
import { record, user } from "~/db/schema";
import { getViewer } from "~/server/services/accounts/get-viewer";
import { type TActionFieldsInput, ZCreateActionInputSchema } from "~/server/services/advocacy/action-schemas";
import { createAction } from "~/server/services/advocacy/save-action";

export async function seedSampleActions(db: Db, emails: { member: string }) {
  const [person] = await db.select({ id: user.id }).from(user).where(eq(user.email, emails.member));
  const member = person ? await getViewer(person.id) : null;
  if (!member?.organizationId) return;
  const ctx = { viewer: member, requestId: "seed" };
  const [commitment] = await db
    .select({ id: record.id })
    .from(record)
    .where(
      and(
        eq(record.organizationId, member.organizationId),
        eq(record.countryIso3, "KEN"),
        eq(record.isSample, true),
      ),
    )
    .limit(1);
  const log = (v: TActionFieldsInput) =>
    createAction({ ctx, input: ZCreateActionInputSchema.parse(v), opts: { isSample: true } });

  await log({
    kind: "meeting",
    date: "2026-02-10",
    title: "与外交部讨论任命保护责任协调人（示例）",
    summary: "Met the Director of Human Rights to discuss appointing a national R2P focal point (sample).",
    outcome: "The ministry agreed to propose a focal point to the cabinet.",
    outcomeKind: "commitment_obtained",
    visibility: "public",
    countries: ["KEN"],
    targets: [{ kind: "ministry", name: "Ministry of Foreign and Diaspora Affairs" }],
    measures: ["appoint-national-r2p-focal-point"],
    units: [{ document: "a-72-884", locator: "45(a)" }],
    recordIds: commitment ? [commitment.id] : [],
    attachments: [{ kind: "url", url: "https://www.globalr2p.org/", label: "Background" }],
  });
  await log({
    kind: "letter",
    date: "2026-03-05",
    title: "Letter to the parliamentary human rights committee (sample)",
    summary: "Asked the committee to hold a hearing on atrocity prevention.",
    outcome: "",
    outcomeKind: "no_response",
    visibility: "coalition",
    countries: ["KEN", "GHA"],
    targets: [{ kind: "parliament", name: "Committee on Justice and Human Rights" }],
    measures: ["parliamentary-oversight-of-atrocity-prevention"],
  });
  await log({
    kind: "briefing",
    date: "2026-04-18",
    title: "Internal briefing before the UPR submission (sample)",
    summary: "Preparing our submission for the Universal Periodic Review: notes for our organisation only.",
    outcome: "Draft assigned to the research team.",
    outcomeKind: "pending",
    visibility: "organization",
    countries: ["PHL"],
    targets: [{ kind: "un_body", name: "Human Rights Council — UPR Working Group" }],
    measures: ["national-early-warning-procedures"],
  });
}
