// Issue 17, finding 5 (uploads): a quota per person per day, counted from the upload table, and the
// jobs runner's removal of uploads nothing cites after the grace period — row, stored file, audit.
import fs from "node:fs";
import { TRPCError } from "@trpc/server";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { auditEvent, recordEvidence, upload } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { errorMapping } from "~/server/errors";
import { serverTranslator } from "~/server/i18n/translator";
import { storagePath } from "~/server/services/uploads/evidence-files";
import { removeOrphanUploads } from "~/server/services/uploads/remove-orphan-uploads";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { recordInput } from "../../helpers/records";

beforeAll(setupDatabase);

const HOUR = 60 * 60 * 1000;
const MB = 1024 * 1024;
const pdf = (text = crypto.randomUUID()) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`).toString("base64");
const uploadAs = (viewer: Viewer, content = pdf()) =>
  callerFor(viewer).records.uploadEvidence({ fileName: "letter.pdf", contentBase64: content });

/** Earlier uploads of `viewer`, as rows only (the quota counts rows, not files on disk). */
async function pastUploads(viewer: Viewer, rows: { size: number; hoursAgo?: number }[]) {
  await db.insert(upload).values(
    rows.map((r) => ({
      sha256: "0".repeat(64),
      mime: "application/pdf",
      size: r.size,
      filename: "old.pdf",
      uploadedById: viewer.id,
      createdAt: new Date(Date.now() - (r.hoursAgo ?? 1) * HOUR),
    })),
  );
}

async function quotaError(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e as TRPCError,
  );
  expect(err).toBeInstanceOf(TRPCError);
  return { code: err!.code, cause: err!.cause as { messageKey?: string; details?: Record<string, unknown> } };
}

describe("upload quota", () => {
  it("refuses the 101st file in 24 hours with a 429 naming the limits, in both languages", async () => {
    const member = await makeViewer("member");
    await pastUploads(member, Array.from({ length: 99 }, () => ({ size: 1000 })));
    await expect(uploadAs(member)).resolves.toMatchObject({ mime: "application/pdf" }); // the 100th
    const { code, cause } = await quotaError(uploadAs(member));
    expect(code).toBe("TOO_MANY_REQUESTS");
    expect(errorMapping.RATE_LIMITED.http).toBe(429);
    expect(cause.messageKey).toBe("uploadQuotaExceeded");
    expect(cause.details).toEqual({ maxFiles: 100, maxMegabytes: 200 });
    const en = serverTranslator("en")("errors.uploadQuotaExceeded", cause.details as Record<string, number>);
    expect(en).toContain("100 files");
    expect(en).toContain("200 MB");
    expect(serverTranslator("zh")("errors.uploadQuotaExceeded", cause.details as Record<string, number>)).toMatch(/100.*200 MB/);
    // Someone else is not held back by it.
    await expect(uploadAs(await makeViewer("member"))).resolves.toBeTruthy();
  });

  it("counts bytes too, and only the last 24 hours", async () => {
    const member = await makeViewer("member");
    await pastUploads(member, [{ size: 200 * MB - 10 }]);
    expect((await quotaError(uploadAs(member))).cause.messageKey).toBe("uploadQuotaExceeded");

    const yesterday = await makeViewer("member");
    await pastUploads(yesterday, [{ size: 200 * MB, hoursAgo: 25 }, ...Array.from({ length: 100 }, () => ({ size: 1, hoursAgo: 25 }))]);
    await expect(uploadAs(yesterday)).resolves.toBeTruthy();
  });

  it("holds under parallel uploads", async () => {
    const member = await makeViewer("member");
    await pastUploads(member, Array.from({ length: 97 }, () => ({ size: 1 })));
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => uploadAs(member)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(await db.select({ id: upload.id }).from(upload).where(eq(upload.uploadedById, member.id))).toHaveLength(100);
  });
});

describe("orphan uploads", () => {
  const age = (ids: string[], hours: number) =>
    db.update(upload).set({ createdAt: new Date(Date.now() - hours * HOUR) }).where(inArray(upload.id, ids));
  const exists = async (id: string) => (await db.select({ id: upload.id }).from(upload).where(eq(upload.id, id))).length > 0;
  const removalAudits = (id: string) =>
    db.select().from(auditEvent).where(and(eq(auditEvent.action, "upload.remove_orphan"), eq(auditEvent.entityId, id)));

  it("removes uploads nothing cites after the grace period, once, with an audit event", async () => {
    const member = await makeViewer("member");
    const cited = await uploadAs(member);
    const orphan = await uploadAs(member);
    const young = await uploadAs(member);
    const sharedContent = pdf();
    const sharedOrphan = await uploadAs(member, sharedContent);
    const sharedCited = await uploadAs(member, sharedContent);
    const inHistory = await uploadAs(member);
    const record = await callerFor(member).records.create(
      await recordInput(member, {
        evidence: [
          { kind: "file", uploadId: cited.id, label: "Cited" },
          { kind: "file", uploadId: sharedCited.id, label: "Same bytes" },
          { kind: "file", uploadId: inHistory.id, label: "Removed later" },
        ],
      }),
    );
    // Taken off the record again: its earlier revision still cites it, so a restore must find it.
    await db.delete(recordEvidence).where(and(eq(recordEvidence.recordId, record.id), eq(recordEvidence.uploadId, inHistory.id)));
    await age([cited.id, orphan.id, sharedOrphan.id, sharedCited.id, inHistory.id], 25);
    await age([young.id], 23);
    const [orphanRow] = await db.select().from(upload).where(eq(upload.id, orphan.id));
    const [sharedRow] = await db.select().from(upload).where(eq(upload.id, sharedOrphan.id));
    expect(fs.existsSync(storagePath(orphanRow!.sha256))).toBe(true);

    // Two runners at once (two instances, or the timer and `npm run jobs`): each orphan goes once.
    await Promise.all([removeOrphanUploads(), removeOrphanUploads()]);

    expect(await exists(orphan.id)).toBe(false);
    expect(await exists(sharedOrphan.id)).toBe(false);
    expect(fs.existsSync(storagePath(orphanRow!.sha256))).toBe(false);
    expect(fs.existsSync(storagePath(sharedRow!.sha256))).toBe(true); // another row keeps these bytes
    for (const kept of [cited, young, sharedCited, inHistory]) expect(await exists(kept.id)).toBe(true);

    const audits = await removalAudits(orphan.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, entityType: "upload", requestId: "jobs" });
    expect(audits[0]!.before).toMatchObject({ id: orphan.id, uploadedById: member.id, sha256: orphanRow!.sha256 });
    expect(await removalAudits(sharedOrphan.id)).toHaveLength(1);
    expect(await removalAudits(cited.id)).toHaveLength(0);

    // The cited file is still served to its owner.
    expect((await callerFor(member).records.get({ id: record.id })).evidence).toHaveLength(2);
  });
});
