// The pure parts of the record and action forms' pickers: measure search, the phrases suggestions
// look for, the upload checks made before sending, and the reader's cite parameter.
import { describe, expect, it } from "vitest";
import { parseCiteParam } from "~/components/forms/cite-param";
import { type MeasureChoice, searchMeasures } from "~/components/forms/measure-search";
import { glossaryPhrasesIn } from "~/server/search/glossary";
import { MAX_EVIDENCE_BYTES, uploadRefusal } from "~/server/uploads/limits";

const choice = (slug: string, zh: string, en: string, words = ""): MeasureChoice => ({
  slug,
  title: { zh, en },
  actorLabel: "Governments",
  pillarLabel: "Pillar 1",
  words,
});

const catalogue = [
  choice("appoint-focal-point", "任命国家保护责任协调人", "Appoint a national R2P focal point"),
  choice("early-warning", "建立早期预警机制", "Establish early-warning mechanisms", "国家预警能力"),
  choice("ratify-rome-statute", "批准《罗马规约》", "Ratify the Rome Statute", "international criminal court"),
];

describe("searchMeasures", () => {
  it("finds a measure by either title, case- and width-insensitively", () => {
    expect(searchMeasures(catalogue, "FOCAL point").map((m) => m.slug)).toEqual(["appoint-focal-point"]);
    expect(searchMeasures(catalogue, "协调人").map((m) => m.slug)).toEqual(["appoint-focal-point"]);
    expect(searchMeasures(catalogue, "ｒｏｍｅ").map((m) => m.slug)).toEqual(["ratify-rome-statute"]);
  });

  it("finds a measure by its words, after those matching in a title", () => {
    expect(searchMeasures(catalogue, "criminal").map((m) => m.slug)).toEqual(["ratify-rome-statute"]);
    const both = [choice("words-only", "甲", "A", "预警"), ...catalogue];
    expect(searchMeasures(both, "预警").map((m) => m.slug)).toEqual(["early-warning", "words-only"]);
  });

  it("needs every word, and answers nothing for an empty query or hostile keys", () => {
    expect(searchMeasures(catalogue, "focal rome")).toEqual([]);
    expect(searchMeasures(catalogue, "   ")).toEqual([]);
    expect(searchMeasures(catalogue, "__proto__ constructor")).toEqual([]);
  });

  it("returns at most the limit", () => {
    const many = Array.from({ length: 30 }, (_, i) => choice(`m-${i}`, `措施 ${i}`, `Measure ${i}`));
    expect(searchMeasures(many, "measure")).toHaveLength(8);
    expect(searchMeasures(many, "measure", 3).map((m) => m.slug)).toEqual(["m-0", "m-1", "m-2"]);
  });
});

describe("glossaryPhrasesIn", () => {
  it("finds the glossary terms a text mentions, in either language, one per concept, longest first", () => {
    expect(glossaryPhrasesIn("We met the ministry about early warning and appointing a focal point.")).toEqual([
      "early warning",
      "focal point",
    ]);
    expect(glossaryPhrasesIn("与外交部讨论了协调人和预警。")).toEqual(["协调人", "预警"]);
    // "focal point" and 协调人 are one concept: searched once.
    expect(glossaryPhrasesIn("focal point 协调人")).toEqual(["focal point"]);
  });

  it("ignores what every text here mentions, and keeps to the limit", () => {
    expect(glossaryPhrasesIn("The responsibility to protect (R2P) 保护责任")).toEqual([]);
    expect(glossaryPhrasesIn("genocide war crimes ethnic cleansing crimes against humanity", 2)).toHaveLength(2);
    expect(glossaryPhrasesIn("constructor __proto__ toString")).toEqual([]);
  });
});

describe("uploadRefusal", () => {
  it("checks the type by extension and the size before sending", () => {
    expect(uploadRefusal({ name: "letter.PDF", size: 10 })).toBeNull();
    expect(uploadRefusal({ name: "minutes.docx", size: MAX_EVIDENCE_BYTES })).toBeNull();
    expect(uploadRefusal({ name: "big.pdf", size: MAX_EVIDENCE_BYTES + 1 })).toBe("fileTooLarge");
    expect(uploadRefusal({ name: "empty.pdf", size: 0 })).toBe("fileEmpty");
    expect(uploadRefusal({ name: "page.html", size: 10 })).toBe("fileTypeRefused");
    expect(uploadRefusal({ name: "pdf", size: 10 })).toBe("fileTypeRefused");
    expect(uploadRefusal({ name: "x.constructor", size: 10 })).toBe("fileTypeRefused");
  });
});

describe("parseCiteParam", () => {
  it("accepts document#locator and nothing else", () => {
    expect(parseCiteParam("a-72-884#45(a)")).toBe("a-72-884#45(a)");
    expect(parseCiteParam("icrtop-toolkit#s7-3")).toBe("icrtop-toolkit#s7-3");
    expect(parseCiteParam(["a-72-884#45", "a-63-677#1"])).toBeUndefined();
    expect(parseCiteParam("a-72-884")).toBeUndefined();
    expect(parseCiteParam("../x#1")).toBeUndefined();
    expect(parseCiteParam("a#1\u0000")).toBeUndefined();
    expect(parseCiteParam(undefined)).toBeUndefined();
  });
});
