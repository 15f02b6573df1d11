// Language versions of a document: a synthetic Chinese report gets English and French versions through the
// parser; they align by locator, what does not line up is reported, only staff may upload or withdraw,
// every change is audited, search finds words in each language, and a withdrawn version disappears.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { auditEvent, documentLanguageVersion } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { createInput, toBase64 } from "../../helpers/documents";
import { callerFor, makeViewer, setupDatabase, unique } from "../../helpers/factories";
import { FIXTURE_LOCATORS, versionFixture } from "../../fixtures/document-versions";

import { refusal } from "../../helpers/refusal";

beforeAll(setupDatabase);


/** A fresh synthetic Chinese original, so each test owns its document on a shared database. */
async function original(staff: Viewer) {
  const input = createInput({ contentBase64: toBase64(versionFixture("zh")), fileName: "zh.txt", title: { zh: "合成测试报告", en: "Synthetic test report" } });
  await callerFor(staff).documents.create(input);
  return input.slug;
}

const versionInput = (slug: string, locale: "en" | "fr", text = versionFixture(locale)) => ({
  slug,
  locale,
  fileName: `${locale}.txt`,
  contentBase64: toBase64(text),
  title: locale === "en" ? "Synthetic test report" : "Rapport de test synthétique",
});

describe("document language versions", () => {
  it("uploads an English version aligned paragraph by paragraph, audited and readable", async () => {
    const staff = await makeViewer("secretariat");
    const slug = await original(staff);
    const requestId = unique("req-version");
    const saved = await callerFor(staff, requestId).documentVersions.upload(versionInput(slug, "en"));
    expect(saved).toMatchObject({ slug, locale: "en", version: 1, alignment: { matched: FIXTURE_LOCATORS.length, missingInVersion: [], extraInVersion: [] } });
    expect(saved.counts).toMatchObject({ paragraphs: 5, annex: 1, headings: 5 });
    const [event] = await db.select().from(auditEvent).where(eq(auditEvent.requestId, requestId));
    expect(event).toMatchObject({ action: "document_version.create", entityType: "document_language_version", entityId: saved.id, actorId: staff.id });

    const anonymous = callerFor(null);
    const en = await anonymous.documentVersions.get({ slug, locale: "en" });
    expect(en.units.map((u) => u.locator)).toEqual(FIXTURE_LOCATORS);
    expect(en.units.find((u) => u.locator === "3")?.text).toBe("Preventing atrocity crimes requires early action.");
    const zh = await anonymous.documentVersions.get({ slug, locale: "zh" });
    expect(zh).toMatchObject({ original: true, title: "合成测试报告" });
    expect(zh.units.find((u) => u.locator === "3")?.text).toBe("预防暴行罪需要及早采取行动。");
    const list = await anonymous.documentVersions.list({ slug });
    expect(list.versions.map((v) => [v.locale, v.original])).toEqual([
      ["zh", true],
      ["en", false],
    ]);
  });

  it("previews the alignment and reports unmatched units on both sides", async () => {
    const staff = await makeViewer("admin");
    const slug = await original(staff);
    // The annex lost (a truncated file), and a paragraph 6 the original does not have. (Paragraph numbers
    // must run in sequence, so a lost paragraph 5 would make "6." part of paragraph 4, not a unit.)
    const text = versionFixture("fr").replace(/Annexe[\s\S]*$/, "6. Un paragraphe de plus.\n");
    const preview = await callerFor(staff).documentVersions.preview({ ...versionInput(slug, "fr", text) });
    expect(preview.alignment.missingInVersion).toEqual(["h-annex", "annex-1"]);
    expect(preview.alignment.extraInVersion).toEqual(["6"]);
    expect(preview.alignment.matched).toBe(FIXTURE_LOCATORS.length - 2);
    // A preview saves nothing.
    expect((await callerFor(null).documentVersions.list({ slug })).versions.map((v) => v.locale)).toEqual(["zh"]);
    const saved = await callerFor(staff).documentVersions.upload(versionInput(slug, "fr", text));
    expect(saved.alignment).toEqual(preview.alignment);
  });

  it("refuses the original's language, a second live version, and a stale replacement", async () => {
    const staff = await makeViewer("secretariat");
    const slug = await original(staff);
    const api = callerFor(staff);
    expect(await refusal(api.documentVersions.upload({ ...versionInput(slug, "en"), locale: "zh" as "en" }))).toEqual({
      code: "BAD_REQUEST",
      messageKey: "sameLanguageAsOriginal",
    });
    await api.documentVersions.upload(versionInput(slug, "en"));
    expect(await refusal(api.documentVersions.upload(versionInput(slug, "en")))).toEqual({ code: "CONFLICT", messageKey: "languageVersionExists" });
    const replaced = await api.documentVersions.upload({ ...versionInput(slug, "en"), title: "Renamed", replacesVersion: 1 });
    expect(replaced.version).toBe(2);
    expect(await refusal(api.documentVersions.upload({ ...versionInput(slug, "en"), replacesVersion: 1 }))).toEqual({ code: "CONFLICT", messageKey: "staleVersion" });
    expect((await callerFor(null).documentVersions.get({ slug, locale: "en" })).title).toBe("Renamed");
    expect(await refusal(api.documentVersions.upload({ ...versionInput(slug, "fr"), contentBase64: toBase64("nothing numbered here") }))).toEqual({
      code: "BAD_REQUEST",
      messageKey: "fileNothingFound",
    });
  });

  it.each([
    ["anonymous", "UNAUTHORIZED"],
    ["member", "FORBIDDEN"],
    ["parliamentarian", "FORBIDDEN"],
  ] as const)("refuses uploads and withdrawals by %s", async (role, code) => {
    const staff = await makeViewer("secretariat");
    const slug = await original(staff);
    const viewer = role === "anonymous" ? null : await makeViewer(role);
    const api = callerFor(viewer);
    expect((await refusal(api.documentVersions.preview(versionInput(slug, "en")))).code).toBe(code);
    expect((await refusal(api.documentVersions.upload(versionInput(slug, "en")))).code).toBe(code);
    await callerFor(staff).documentVersions.upload(versionInput(slug, "en"));
    expect((await refusal(api.documentVersions.delete({ slug, locale: "en", version: 1 }))).code).toBe(code);
    // Reading is open to everyone.
    expect((await api.documentVersions.get({ slug, locale: "en" })).units.length).toBe(FIXTURE_LOCATORS.length);
  });

  it("finds a French word through French stemming, in that version only", async () => {
    const staff = await makeViewer("secretariat");
    const slug = await original(staff);
    await callerFor(staff).documentVersions.upload(versionInput(slug, "fr"));
    // "atrocité" (singular) finds "atrocités": the french configuration stems both alike.
    const r = await callerFor(null).documents.search({ q: "atrocité", document: slug });
    const hit = r.items.find((i) => i.lang === "fr");
    expect(hit).toMatchObject({ slug, locator: "3", lang: "fr" });
    expect(hit?.snippet).toContain("atrocités");
    // The Chinese original is found by its own words, alongside.
    const zh = await callerFor(null).documents.search({ q: "暴行罪", document: slug });
    expect(zh.items.map((i) => [i.locator, i.lang ?? null])).toContainEqual(["3", null]);
  });

  it("withdraws a version: gone from reading and search, audited, and the language is free again", async () => {
    const staff = await makeViewer("admin");
    const slug = await original(staff);
    const api = callerFor(staff);
    await api.documentVersions.upload(versionInput(slug, "fr"));
    expect(await refusal(api.documentVersions.delete({ slug, locale: "fr", version: 7 }))).toEqual({ code: "CONFLICT", messageKey: "staleVersion" });
    const requestId = unique("req-withdraw");
    const withdrawn = await callerFor(staff, requestId).documentVersions.delete({ slug, locale: "fr", version: 1 });
    const [event] = await db.select().from(auditEvent).where(and(eq(auditEvent.requestId, requestId)));
    expect(event).toMatchObject({ action: "document_version.delete", entityId: withdrawn.id });
    expect((await refusal(callerFor(null).documentVersions.get({ slug, locale: "fr" }))).code).toBe("NOT_FOUND");
    expect((await callerFor(null).documents.search({ q: "atrocités", document: slug })).items.filter((i) => i.lang === "fr")).toEqual([]);
    expect((await callerFor(null).documentVersions.list({ slug })).versions.map((v) => v.locale)).toEqual(["zh"]);
    // The row stays (soft delete), and a new upload in French may follow.
    const [row] = await db.select().from(documentLanguageVersion).where(eq(documentLanguageVersion.id, withdrawn.id));
    expect(row?.deletedAt).not.toBeNull();
    expect((await api.documentVersions.upload(versionInput(slug, "fr"))).version).toBe(1);
  });
});
