// Synthetic documents for upload and re-import tests: small, in the shape of a UN report.
import type { z } from "zod";
import type { ZCreateDocumentInputSchema } from "~/server/services/documents/document-schemas";
import { unique } from "./factories";

export function reportText(paragraphs: string[], heading = "一. 导言"): string {
  return [heading, "", ...paragraphs.flatMap((p, i) => [`${i + 1}. ${p}`, ""])].join("\n");
}

// Deliberately free of the terms the search tests rank (协调人, 预警, 罗马规约): on a shared server
// database, documents uploaded by other test files must not change those rankings.
export const SAMPLE_PARAGRAPHS = [
  "本报告回顾了各国履行保护责任的情况，并提出今后的步骤。",
  "各国应当加强国家机构之间的合作，交流良好做法。",
  "见 A/63/677，第 17 和 27 段。评估工作仍然是防止暴行罪的关键。",
];

export const toBase64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

export function uploadInput(text = reportText(SAMPLE_PARAGRAPHS), fileName = "report.txt") {
  return { fileName, contentBase64: toBase64(text), kind: "un-report" as const };
}

/** Typed overrides: a field the input no longer has (such as the old titleZh) fails to compile instead of being dropped by zod. */
export function createInput(overrides: Partial<z.input<typeof ZCreateDocumentInputSchema>> = {}) {
  return {
    ...uploadInput(),
    slug: unique("doc"),
    symbol: "",
    title: { zh: "测试报告", en: "Test report" },
    year: 2026,
    language: "zh" as const,
    ...overrides,
  };
}
