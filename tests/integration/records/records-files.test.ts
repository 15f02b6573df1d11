// Evidence files: type-checked by their bytes, size-limited, and readable only by the uploader and
// people who may see a record citing them (the full rule: file-access.test.ts, decision 015).
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { readEvidenceFile } from "~/server/services/uploads/evidence-files";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { recordInput } from "../../helpers/records";

beforeAll(setupDatabase);

const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
const b64 = (b: Buffer) => b.toString("base64");
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : (e as { code?: string }).code ?? String(e)),
  );

describe("evidence files", () => {
  it("accepts a PDF and refuses what only claims to be one", async () => {
    const member = callerFor(await makeViewer("member"));
    const ok = await member.records.uploadEvidence({ fileName: "../../letter.pdf", contentBase64: b64(pdf) });
    expect(ok).toMatchObject({ filename: "letter.pdf", mime: "application/pdf", size: pdf.length });
    const html = await member.records
      .uploadEvidence({ fileName: "letter.pdf", contentBase64: b64(Buffer.from("<html><script>alert(1)</script>")) })
      .catch((e: unknown) => e as TRPCError);
    expect((html as TRPCError).code).toBe("BAD_REQUEST");
    expect(((html as TRPCError).cause as { messageKey?: string }).messageKey).toBe("fileTypeRefused");
    const huge = Buffer.alloc(20 * 1024 * 1024 + 1);
    pdf.copy(huge);
    expect(await codeOf(member.records.uploadEvidence({ fileName: "big.pdf", contentBase64: b64(huge) }))).toBe("BAD_REQUEST");
  });

  it("serves a file only to those who may see a record citing it", async () => {
    const owner = await makeViewer("member");
    const outsider = await makeViewer("member");
    const staff = await makeViewer("secretariat");
    const file = await callerFor(owner).records.uploadEvidence({ fileName: "appointment.pdf", contentBase64: b64(pdf) });
    const draft = await callerFor(owner).records.create(
      await recordInput(owner, { evidence: [{ kind: "file", uploadId: file.id, label: "Appointment letter" }], submit: true }),
    );
    expect((await callerFor(owner).records.get({ id: draft.id })).evidence).toEqual([
      { kind: "file", uploadId: file.id, label: "Appointment letter", filename: "appointment.pdf" },
    ]);
    expect(await codeOf(readEvidenceFile(null, file.id))).toBe("NOT_FOUND");
    expect(await codeOf(readEvidenceFile(outsider, file.id))).toBe("NOT_FOUND");
    expect((await readEvidenceFile(owner, file.id)).bytes.equals(pdf)).toBe(true);
    expect(await codeOf(readEvidenceFile(staff, file.id))).toBe("OK");

    await callerFor(staff).records.decide({ id: draft.id, version: draft.version, decision: "published" });
    expect((await readEvidenceFile(null, file.id)).file.mime).toBe("application/pdf");
    expect(await codeOf(readEvidenceFile(null, "not-a-uuid"))).toBe("NOT_FOUND");
  });
});
