// The secretariat's upload: a preview of what the parser found, then a save with metadata. A file
// that cannot be read gets a clear error and leaves nothing behind.
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { auditEvent, document } from "~/db/schema";
import { ZodError } from "zod";
import { localizeZodError } from "~/server/validation/localize-zod-error";
import { createInput, toBase64, uploadInput } from "../../helpers/documents";
import { minimalPdf } from "../../fixtures/minimal-pdf";
import { callerFor, makeViewer, setupDatabase, unique } from "../../helpers/factories";

import { refusal } from "../../helpers/refusal";

beforeAll(setupDatabase);


describe("document upload", () => {
  it("previews counts, headings and warnings without saving", async () => {
    const api = callerFor(await makeViewer("secretariat"));
    const preview = await api.documents.preview(uploadInput());
    expect(preview.counts).toMatchObject({ paragraphs: 3, headings: 1, footnotes: 0 });
    expect(preview.headings.map((h) => h.text)).toEqual(["一. 导言"]);
    expect(preview.sample[0]).toMatchObject({ locator: "h-1", kind: "heading" });
    // A well-formed report: nothing to warn about.
    expect(preview.warnings).toEqual([]);
  });

  it("saves a document, audited, readable and linked to the documents it cites", async () => {
    const admin = await makeViewer("admin");
    const input = createInput({ symbol: "a/99/1" });
    const requestId = unique("req-upload");
    const saved = await callerFor(admin, requestId).documents.create(input);
    expect(saved.counts.paragraphs).toBe(3);
    const doc = await callerFor(null).documents.get({ slug: input.slug });
    expect(doc.symbol).toBe("A/99/1");
    expect(doc.units.find((u) => u.locator === "3")!.citations[0]!.target).toEqual({ slug: "a-63-677", locators: ["17", "27"] });
    const [event] = await db.select().from(auditEvent).where(eq(auditEvent.requestId, requestId));
    expect(event).toMatchObject({ action: "document.create", entityType: "document", actorId: admin.id });
    const again = await refusal(callerFor(admin).documents.create({ ...createInput(), slug: input.slug }));
    expect(again).toEqual({ code: "CONFLICT", messageKey: "slugTaken" });
  });

  it.each([
    ["invalid UTF-8", "bad.txt", Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0xc3]).toString("base64"), "fileUnreadable"],
    ["binary", "bin.txt", Buffer.from("abc\u0000def").toString("base64"), "fileUnreadable"],
    ["empty", "empty.txt", toBase64("  \n \n"), "fileEmpty"],
    ["no paragraphs", "notes.txt", toBase64("只是一些没有编号的文字"), "fileNothingFound"],
    ["a broken PDF", "report.pdf", toBase64("%PDF-1.7\n…"), "fileUnreadable"],
    ["a PDF without a text layer", "scan.pdf", minimalPdf([[]]).toString("base64"), "pdfNoText"],
    ["a .pdf that is not a PDF", "fake.pdf", toBase64("hello"), "fileUnreadable"],
    ["not base64", "x.txt", "@@@@", "fileUnreadable"],
  ])("refuses %s with a clear error and saves nothing", async (_what, fileName, contentBase64, messageKey) => {
    const api = callerFor(await makeViewer("secretariat"));
    const input = createInput({ fileName, contentBase64 });
    expect(await refusal(api.documents.preview({ fileName, contentBase64, kind: "un-report" }))).toEqual({ code: "BAD_REQUEST", messageKey });
    expect(await refusal(api.documents.create(input))).toEqual({ code: "BAD_REQUEST", messageKey });
    expect(await db.select().from(document).where(eq(document.slug, input.slug))).toEqual([]);
  });

  it("reads the text layer of a PDF", async () => {
    const api = callerFor(await makeViewer("secretariat"));
    const pdf = minimalPdf([
      ["1. States should appoint a national focal point", "for the responsibility to protect."],
      ["2. Parliaments should hold regular hearings on atrocity prevention."],
    ]);
    const preview = await api.documents.preview({ fileName: "report.pdf", contentBase64: pdf.toString("base64"), kind: "un-report" });
    expect(preview.characters).toBeGreaterThan(80);
    expect(preview.counts.units).toBeGreaterThan(0);
    expect(JSON.stringify(preview.sample)).toContain("focal point");
  });

  it("refuses other file types and bad metadata field by field", async () => {
    const api = callerFor(await makeViewer("admin"));
    const bad = await api.documents
      .create({ ...createInput(), fileName: "x.docx", slug: "No Way", year: 1200, title: { zh: "" } })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(TRPCError);
    expect((bad as TRPCError).code).toBe("BAD_REQUEST");
    // Each bad field is named on its own (the form shows the message beside it); the good ones are not.
    const cause = (bad as TRPCError).cause;
    expect(cause).toBeInstanceOf(ZodError);
    const fields = localizeZodError(cause as ZodError, "en");
    expect(Object.keys(fields).sort()).toEqual(["fileName", "slug", "title", "year"]);
    for (const messages of Object.values(fields)) expect(messages[0]).toMatch(/\S/);
  });

  it("parses a toolkit-style upload into sections", async () => {
    const api = callerFor(await makeViewer("secretariat"));
    const text = ["什么是保护责任？", "", "保护责任是一项国际规范。", "", "它包括三个支柱。"].join("\n");
    const preview = await api.documents.preview({ fileName: "t.txt", contentBase64: toBase64(text), kind: "toolkit" });
    // The question becomes a section heading, and the paragraphs under it its numbered items.
    expect(preview.headings).toEqual([{ locator: "s1", text: "什么是保护责任？" }]);
    expect(preview.sample).toEqual([
      { locator: "s1", kind: "section", text: "什么是保护责任？" },
      { locator: "s1-1", kind: "item", text: "保护责任是一项国际规范。" },
      { locator: "s1-2", kind: "item", text: "它包括三个支柱。" },
    ]);
    expect(preview.counts).toMatchObject({ units: 3, headings: 0, footnotes: 0 });
  });
});
