// The two forms of the subject rule agree: canSeeSubject (the person acting) and subjectAudience
// (who among many may see it: notifications, the mention picker), on every kind of subject and person.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { canSeeSubject, filterAudience, type SubjectType } from "~/server/services/collaboration/subject-access";
import { createRecord } from "~/server/services/records/save-record";
import { ZCreateRecordInputSchema } from "~/server/services/records/record-schemas";
import { insertAction } from "../../helpers/actions";
import { makeViewer, setupDatabase } from "../../helpers/factories";
import { makeRecord, recordInput } from "../../helpers/records";

beforeAll(setupDatabase);

describe("subject access", () => {
  it("canSeeSubject and subjectAudience agree", async () => {
    const alice = await makeViewer("member");
    const colleague = await makeViewer("member", { organizationId: alice.organizationId! });
    const outsider = await makeViewer("member");
    const staff = await makeViewer("secretariat");
    const mp = await makeViewer("parliamentarian", { countryIso3: "KEN" });
    const otherMp = await makeViewer("parliamentarian", { countryIso3: "KEN" });
    const people = { alice, colleague, outsider, staff, mp, otherMp };

    const mpDraft = await createRecord({ ctx: { viewer: mp, requestId: "test" }, input: ZCreateRecordInputSchema.parse(await recordInput(mp)) });
    const [m] = await db.query.measure.findMany({ limit: 1 });
    const subjects: Record<string, [SubjectType, string]> = {
      orgAction: ["action", (await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "organization" })).id],
      coalitionAction: ["action", (await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "coalition" })).id],
      publicAction: ["action", (await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "public" })).id],
      draftRecord: ["record", (await makeRecord({ owner: alice, reviewStatus: "draft" })).row.id],
      publishedRecord: ["record", (await makeRecord({ owner: alice, reviewStatus: "published" })).row.id],
      mpDraft: ["record", mpDraft.id],
      measure: ["measure", m!.id],
    };
    const seen: Record<string, string[]> = {};
    for (const [name, [type, id]] of Object.entries(subjects)) {
      const audience = await filterAudience(db, type, id, Object.values(people).map((p) => p.id));
      seen[name] = [];
      for (const [who, viewer] of Object.entries(people)) {
        const can = await canSeeSubject(viewer, type, id);
        expect(audience.includes(viewer.id), `${who} on ${name}`).toBe(can);
        if (can) seen[name].push(who);
      }
    }
    expect(seen).toEqual({
      orgAction: ["alice", "colleague"],
      coalitionAction: ["alice", "colleague", "outsider", "staff"],
      publicAction: ["alice", "colleague", "outsider", "staff", "mp", "otherMp"],
      draftRecord: ["alice", "colleague", "staff"],
      publishedRecord: ["alice", "colleague", "outsider", "staff", "mp", "otherMp"],
      mpDraft: ["staff", "mp"],
      measure: ["alice", "colleague", "outsider", "staff"],
    });
  });
});
