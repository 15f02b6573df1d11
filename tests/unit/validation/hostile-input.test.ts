// Pure pieces of issue 17 finding 4: lookups keyed by user input, text PostgreSQL refuses, and the
// last-line mapping of database refusals.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { databaseInputError } from "~/server/errors";
import { chineseEquivalents } from "~/server/search/glossary";
import { planSearch } from "~/server/search/query";
import { sniffFileType } from "~/server/services/uploads/sniff-file-type";
import { localizeZodError } from "~/server/validation/localize-zod-error";
import { findUnsafeText, isUnsafeText } from "~/server/validation/safe-text";

const PROTOTYPE_NAMES = ["constructor", "__proto__", "prototype", "toString", "hasOwnProperty"];

describe("lookups keyed by user input", () => {
  it.each(PROTOTYPE_NAMES)("the glossary knows no %s", (word) => {
    expect(chineseEquivalents(word)).toEqual([]);
    expect(chineseEquivalents(`early warning ${word}`)).toEqual(["预警", "早报警"]);
    expect(planSearch(word).mode).toBe("fulltext");
  });

  it.each(PROTOTYPE_NAMES)("a zip named x.%s is no office document", (ext) => {
    expect(sniffFileType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), `x.${ext}`)).toBeNull();
    expect(sniffFileType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), "x.docx")?.ext).toBe("docx");
  });

  it.each(PROTOTYPE_NAMES)("field errors for a key named %s", (key) => {
    const twice = z.unknown().superRefine((_v, ctx) => {
      ctx.addIssue({ code: "custom", path: [key], message: "Bad" });
      ctx.addIssue({ code: "custom", path: [key], message: "Bad" });
    });
    const fields = localizeZodError(twice.safeParse(1).error!, "en");
    expect(Object.hasOwn(fields, key)).toBe(true);
    expect(fields[key]).toHaveLength(2);
  });
});

describe("text PostgreSQL refuses", () => {
  it("finds NUL bytes and lone surrogates, and only those", () => {
    expect(isUnsafeText("a\u0000b")).toBe(true);
    expect(isUnsafeText("\ud800")).toBe(true);
    expect(isUnsafeText("x\udc00")).toBe(true);
    expect(isUnsafeText("\udc00\ud800")).toBe(true);
    expect(isUnsafeText("😀 𠀀 保护责任 \u202e")).toBe(false);
  });

  it("names the path, in values and keys, through deep and cyclic structures", () => {
    expect(findUnsafeText({ a: [{ b: "ok" }, { c: "x\u0000" }] })).toEqual(["a", 1, "c"]);
    expect(findUnsafeText({ nested: { "bad\u0000key": 1 } })).toEqual(["nested"]);
    const cyclic: Record<string, unknown> = { ok: "fine" };
    cyclic.self = cyclic;
    expect(findUnsafeText(cyclic)).toBeNull();
    let deep: unknown = "\ud800";
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(findUnsafeText(deep)).toHaveLength(10_000);
  });
});

describe("database refusals, as a last line", () => {
  const pgError = (code: string) => Object.assign(new Error("Failed query"), { cause: Object.assign(new Error("pg"), { code }) });

  it.each(["22P02", "22003", "22001", "22008", "22021", "23503", "54000"])("%s is a 400", (code) => {
    expect(databaseInputError(pgError(code))).toMatchObject({ code: "BAD_REQUEST", details: { sqlState: code } });
  });

  it("a duplicate is a conflict; anything else stays unexpected", () => {
    expect(databaseInputError(pgError("23505"))?.code).toBe("CONFLICT");
    expect(databaseInputError(pgError("40001"))).toBeNull();
    expect(databaseInputError(new Error("boom"))).toBeNull();
  });
});
