// POST /api/uploads: evidence files streamed as multipart/form-data. The same rule as the base64
// procedure (type by bytes, 20 MB, quota, audit), plus what only HTTP has: sign-in, cross-site posts,
// a declared length over the limit, bodies that are not one file.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { auditEvent, upload } from "~/db/schema";
import { handleUploadRequest } from "~/server/api/upload-http";
import type { Viewer } from "~/server/auth/policy";
import { readEvidenceFile } from "~/server/services/uploads/evidence-files";
import { MAX_EVIDENCE_BYTES } from "~/server/uploads/limits";
import { makeViewer, setupDatabase } from "../../helpers/factories";

beforeAll(setupDatabase);

const pdf = (text = "minutes") => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\n%%EOF\n`);

function post(viewer: Viewer | null, body: BodyInit | null, headers: Record<string, string> = {}) {
  return handleUploadRequest(
    new Request("http://app.test/api/uploads", { method: "POST", body, headers, duplex: "half" } as RequestInit),
    async () => viewer,
  );
}

function multipart(fileName: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append("file", new Blob([bytes as Uint8Array<ArrayBuffer>]), fileName);
  return form;
}

describe("POST /api/uploads", () => {
  it("stores a streamed PDF under a clean name, audits it, and serves it to its uploader", async () => {
    const member = await makeViewer("member");
    const bytes = pdf("会议纪要");
    const res = await post(member, multipart("../会议纪要.pdf", bytes));
    expect(res.status).toBe(201);
    const row = (await res.json()) as { id: string; filename: string; mime: string; size: number };
    expect(row).toMatchObject({ filename: "会议纪要.pdf", mime: "application/pdf", size: bytes.length });
    expect((await readEvidenceFile(member, row.id)).bytes.equals(bytes)).toBe(true);
    const [audit] = await db.select().from(auditEvent).where(eq(auditEvent.entityId, row.id));
    expect(audit).toMatchObject({ action: "record.upload", entityType: "upload", actorId: member.id });
  });

  it("accepts a file of exactly 20 MB and refuses one byte more, storing nothing", async () => {
    const member = await makeViewer("member");
    const big = new Uint8Array(MAX_EVIDENCE_BYTES);
    big.set(pdf("big"));
    const ok = await post(member, multipart("report.pdf", big));
    expect(ok.status).toBe(201);
    const over = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    over.set(pdf("over"));
    const refused = await post(member, multipart("report.pdf", over));
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ messageKey: "fileTooLarge" });
    const rows = await db.select().from(upload).where(eq(upload.uploadedById, member.id));
    expect(rows).toHaveLength(1);
    // 40 MB through the parser, the hash and the disk: more than the default budget on a busy machine.
  }, 120_000);

  it("refuses what only claims to be a PDF, and empty files", async () => {
    const member = await makeViewer("member");
    const html = await post(member, multipart("letter.pdf", new TextEncoder().encode("<html><script>alert(1)</script>")));
    expect(html.status).toBe(400);
    expect(await html.json()).toMatchObject({ messageKey: "fileTypeRefused" });
    const empty = await post(member, multipart("letter.pdf", new Uint8Array(0)));
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ messageKey: "fileEmpty" });
  });

  it("needs a signed-in person who may propose records, and a same-site request", async () => {
    expect((await post(null, multipart("a.pdf", pdf()))).status).toBe(401);
    const member = await makeViewer("member");
    const forged = await post(member, multipart("a.pdf", pdf()), { origin: "https://evil.example", "sec-fetch-site": "cross-site" });
    expect(forged.status).toBe(403);
  });

  it("answers hostile bodies with 4xx: no file, a field, a broken boundary, a huge declared length", async () => {
    const member = await makeViewer("member");
    const fieldOnly = new FormData();
    fieldOnly.append("__proto__", "x");
    expect((await post(member, fieldOnly)).status).toBe(400);
    expect((await post(member, "not multipart", { "content-type": "text/plain" })).status).toBe(400);
    const cut = await post(member, "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4", {
      "content-type": "multipart/form-data; boundary=b",
    });
    expect(cut.status).toBe(400);
    expect((await post(member, "x", { "content-type": "multipart/form-data; boundary=b", "content-length": String(50 * 1024 * 1024) })).status).toBe(413);
    expect((await post(member, multipart("a\u0000.pdf", pdf()))).status).toBe(400);
  });
});
