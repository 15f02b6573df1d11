// Issue 17, finding 1 — one rule for files: a person may cite or attach only an upload they may already
// read, and a file is served only to people who may see something that legitimately cites it. Through
// the routers (createCaller) and through the /api/files/{id} route handler called with a Request.
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as fileRoute } from "~/app/api/files/[id]/route";
import { db } from "~/db/client";
import { advocacyActionAttachment, recordEvidence } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { readEvidenceFile } from "~/server/services/uploads/evidence-files";
import { actionInput } from "../../helpers/actions";
import { callerFor, makeViewer, makeOrganization, setupDatabase } from "../../helpers/factories";
import { recordInput } from "../../helpers/records";
import { browserGet } from "../../helpers/session-cookie";

beforeAll(setupDatabase);

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const fileEvidence = (uploadId: string) => [{ kind: "file" as const, uploadId, label: "Letter" }];

async function upload(viewer: Viewer, text = crypto.randomUUID()) {
  return callerFor(viewer).records.uploadEvidence({ fileName: "letter.pdf", contentBase64: pdf(text).toString("base64") });
}

/** What reading the file gives this person through the service: OK or the error code. */
const readAs = (viewer: Viewer | null, id: string) =>
  readEvidenceFile(viewer, id).then(
    () => "OK",
    (e: unknown) => (e as { code?: string }).code ?? String(e),
  );

/** What the route answers this person (anonymous when null). */
async function getFile(id: string, viewer: Viewer | null) {
  const res = await fileRoute(await browserGet(`/api/files/${id}`, viewer?.id), { params: Promise.resolve({ id }) });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

/** The error a refused citation gives: a field error on `field`, as for an id that does not exist. */
async function refusal(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e as TRPCError,
  );
  expect(err).toBeInstanceOf(TRPCError);
  return { code: err!.code, fields: (err!.cause as { fields?: Record<string, string> } | undefined)?.fields };
}

/** An organisation with two members, and a file the first attached to an organisation-only action. */
async function privateActionFile() {
  const org = await makeOrganization();
  const uploader = await makeViewer("member", { organizationId: org.id });
  const colleague = await makeViewer("member", { organizationId: org.id });
  const file = await upload(uploader);
  const action = await callerFor(uploader).actions.create(
    await actionInput({ visibility: "organization", attachments: [{ kind: "file", uploadId: file.id, label: "Minutes" }] }),
  );
  return { org, uploader, colleague, file, action };
}

describe("finding 1: someone else's private file never becomes public", () => {
  it("refuses the secretariat's citation of a member's private-action file, and the file stays private", async () => {
    const { uploader, colleague, file } = await privateActionFile();
    const staff = await makeViewer("secretariat");
    const outsider = await makeViewer("member");

    // The reproduction: cite the id on one's own record (staff saves publish at once).
    expect(await refusal(callerFor(staff).records.create(await recordInput(staff, { evidence: fileEvidence(file.id) })))).toEqual({
      code: "BAD_REQUEST",
      fields: { evidence: "validation.unknownUpload" },
    });
    expect(await refusal(callerFor(outsider).records.create(await recordInput(outsider, { evidence: fileEvidence(file.id) })))).toEqual({
      code: "BAD_REQUEST",
      fields: { evidence: "validation.unknownUpload" },
    });
    // Nor by editing a record they already have.
    const own = await callerFor(staff).records.create(await recordInput(staff));
    const edit = await recordInput(staff, { evidence: fileEvidence(file.id) });
    expect((await refusal(callerFor(staff).records.update({ ...edit, id: own.id, version: own.version }))).fields).toEqual({
      evidence: "validation.unknownUpload",
    });

    expect((await getFile(file.id, null)).status).toBe(404);
    expect((await getFile(file.id, staff)).status).toBe(404);
    expect((await getFile(file.id, outsider)).status).toBe(404);
    expect(await getFile(file.id, colleague)).toMatchObject({ status: 200 });
    expect((await getFile(file.id, uploader)).status).toBe(200);
  });

  it("a citation made in breach of the rule (e.g. before this fix) never counts", async () => {
    const { colleague, file } = await privateActionFile();
    const staff = await makeViewer("secretariat");
    const published = await callerFor(staff).records.create(await recordInput(staff));
    expect(published.reviewStatus).toBe("published");
    // As the database held it before the fix: the secretariat's published record cites the private file.
    await db.insert(recordEvidence).values({ recordId: published.id, kind: "file", uploadId: file.id, label: "Leaked", position: 1 });

    expect((await getFile(file.id, null)).status).toBe(404);
    expect(await readAs(null, file.id)).toBe("NOT_FOUND");
    expect(await readAs(staff, file.id)).toBe("NOT_FOUND");
    expect(await readAs(await makeViewer("member"), file.id)).toBe("NOT_FOUND");
    // ...nor opens the way to cite it again elsewhere.
    expect((await refusal(callerFor(staff).records.create(await recordInput(staff, { evidence: fileEvidence(file.id) })))).fields).toEqual({
      evidence: "validation.unknownUpload",
    });
    // Those who may see the private action still read it.
    expect(await readAs(colleague, file.id)).toBe("OK");
  });

  it("the same for a breaching attachment on another organisation's public action", async () => {
    const { file } = await privateActionFile();
    const outsider = await makeViewer("member");
    const action = await callerFor(outsider).actions.create(await actionInput({ visibility: "public" }));
    await db.insert(advocacyActionAttachment).values({ actionId: action.id, kind: "file", uploadId: file.id, label: "Leaked", position: 1 });
    expect((await getFile(file.id, null)).status).toBe(404);
    expect(await readAs(outsider, file.id)).toBe("NOT_FOUND");
    // Editing the action cannot launder it either: the file is refused, not kept.
    const input = await actionInput({ visibility: "public", attachments: [{ kind: "file", uploadId: file.id, label: "Leaked" }] });
    expect((await refusal(callerFor(outsider).actions.update({ ...input, id: action.id, version: action.version }))).fields).toEqual({
      attachments: "validation.unknownUpload",
    });
  });

  it("lets the organisation itself publish its file: a colleague cites it, the secretariat publishes", async () => {
    const { colleague, file } = await privateActionFile();
    const staff = await makeViewer("secretariat");
    const draft = await callerFor(colleague).records.create(await recordInput(colleague, { evidence: fileEvidence(file.id), submit: true }));
    expect((await getFile(file.id, null)).status).toBe(404);
    expect(await readAs(staff, file.id)).toBe("OK"); // the reviewer sees the submitted record
    await callerFor(staff).records.decide({ id: draft.id, version: draft.version, decision: "published" });
    const anonymous = await getFile(file.id, null);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.subarray(0, 5).toString()).toBe("%PDF-");
    // Now public, anyone may cite it in turn.
    const outsider = await makeViewer("member");
    await expect(callerFor(outsider).records.create(await recordInput(outsider, { evidence: fileEvidence(file.id) }))).resolves.toBeTruthy();
  });

  it("answers unknown and forbidden ids alike", async () => {
    const { file } = await privateActionFile();
    const unknown = await getFile(crypto.randomUUID(), null);
    const forbidden = await getFile(file.id, null);
    const garbage = await getFile("../../etc/passwd", null);
    expect(forbidden).toEqual(unknown);
    expect(garbage).toEqual(unknown);
    expect(unknown.status).toBe(404);
  });
});

describe("attachments follow the same rule", () => {
  it("refuses attaching a file one may not read, accepts one seen through a coalition action", async () => {
    const { file: privateFile } = await privateActionFile();
    const otherOrg = await makeOrganization();
    const outsider = await makeViewer("member", { organizationId: otherOrg.id });
    const staffOrg = await makeOrganization();
    const staff = await makeViewer("secretariat", { organizationId: staffOrg.id });
    const attach = (uploadId: string) => actionInput({ attachments: [{ kind: "file", uploadId, label: "Minutes" }] });
    expect((await refusal(callerFor(outsider).actions.create(await attach(privateFile.id)))).fields).toEqual({
      attachments: "validation.unknownUpload",
    });
    // Staff log no actions at all (decision 016): refused before any file is looked at.
    expect((await refusal(callerFor(staff).actions.create(await attach(privateFile.id)))).code).toBe("FORBIDDEN");

    const sharer = await makeViewer("member");
    const shared = await upload(sharer);
    await callerFor(sharer).actions.create(
      await actionInput({ visibility: "coalition", attachments: [{ kind: "file", uploadId: shared.id, label: "Shared" }] }),
    );
    await expect(callerFor(outsider).actions.create(await attach(shared.id))).resolves.toBeTruthy();
    expect(await readAs(await makeViewer("parliamentarian"), shared.id)).toBe("NOT_FOUND");
    expect(await readAs(null, shared.id)).toBe("NOT_FOUND");
  });

  it("colleagues keep an action's files when editing it; a deleted action stops serving them", async () => {
    const { uploader, colleague, file, action } = await privateActionFile();
    const input = await actionInput({ visibility: "organization", attachments: [{ kind: "file", uploadId: file.id, label: "Minutes" }] });
    const updated = await callerFor(colleague).actions.update({ ...input, id: action.id, version: action.version });
    expect(updated.version).toBe(action.version + 1);
    await callerFor(colleague).actions.delete({ id: action.id });
    expect(await readAs(colleague, file.id)).toBe("NOT_FOUND");
    expect(await readAs(uploader, file.id)).toBe("OK"); // the uploader always
  });
});

describe("who is served a file", () => {
  it("follows each citing thing's own access rule", async () => {
    const owner = await makeViewer("member");
    const sameOrg = await makeViewer("member", { organizationId: owner.organizationId! });
    const outsider = await makeViewer("member");
    const staff = await makeViewer("secretariat");
    const parliamentarian = await makeViewer("parliamentarian");

    const onDraft = await upload(owner);
    await callerFor(owner).records.create(await recordInput(owner, { evidence: fileEvidence(onDraft.id) }));
    const onPublic = await upload(owner);
    await callerFor(owner).actions.create(
      await actionInput({ visibility: "public", attachments: [{ kind: "file", uploadId: onPublic.id, label: "Letter" }] }),
    );
    const uncited = await upload(owner);

    const table = async (id: string) =>
      Object.fromEntries(
        await Promise.all(
          Object.entries({ owner, sameOrg, outsider, staff, parliamentarian, anonymous: null }).map(
            async ([who, viewer]) => [who, (await getFile(id, viewer)).status] as const,
          ),
        ),
      );
    expect(await table(onDraft.id)).toEqual({ owner: 200, sameOrg: 200, outsider: 404, staff: 200, parliamentarian: 404, anonymous: 404 });
    expect(await table(onPublic.id)).toEqual({ owner: 200, sameOrg: 200, outsider: 200, staff: 200, parliamentarian: 200, anonymous: 200 });
    expect(await table(uncited.id)).toEqual({ owner: 200, sameOrg: 404, outsider: 404, staff: 404, parliamentarian: 404, anonymous: 404 });
  });

  it("a proposed edit's new file reaches its reviewers, and the public only once approved", async () => {
    const owner = await makeViewer("member");
    const staff = await makeViewer("secretariat");
    const created = await callerFor(owner).records.create(await recordInput(owner, { submit: true }));
    const published = await callerFor(staff).records.decide({ id: created.id, version: created.version, decision: "published" });
    const file = await upload(owner);
    const edit = await recordInput(owner, { evidence: fileEvidence(file.id) });
    const pending = await callerFor(owner).records.update({ ...edit, id: published.id, version: published.version });
    expect(pending.pendingRevisionId).toBeTruthy();

    expect(await readAs(staff, file.id)).toBe("OK");
    expect(await readAs(null, file.id)).toBe("NOT_FOUND");
    expect(await readAs(await makeViewer("member"), file.id)).toBe("NOT_FOUND");
  });
});
