// Documents with language versions for the procedure matrix: each call gets its own synthetic original.
import { callerFor, makeViewer } from "./factories";
import { createInput, toBase64 } from "./documents";
import { versionFixture } from "../fixtures/document-versions";

export async function makeOriginal(): Promise<string> {
  const input = createInput({ contentBase64: toBase64(versionFixture("zh")), fileName: "zh.txt" });
  await callerFor(await makeViewer("admin")).documents.create(input);
  return input.slug;
}

export function englishVersionInput(slug: string) {
  return { slug, locale: "en" as const, fileName: "en.txt", contentBase64: toBase64(versionFixture("en")), title: "Synthetic test report" };
}

/** A synthetic original with a live English version 1. */
export async function makeOriginalWithEnglish(): Promise<string> {
  const slug = await makeOriginal();
  await callerFor(await makeViewer("admin")).documentVersions.upload(englishVersionInput(slug));
  return slug;
}
