// After sign-in we follow `next` only to a path on our own site (issue 17, finding 6).
import { describe, expect, it } from "vitest";
import { safeNext } from "~/server/auth/safe-next";

describe("safeNext", () => {
  it.each([
    "/en/admin/users",
    "/zh/records?country=KEN&page=2",
    "/en/actions/123#comments",
    "/en/search?q=%E4%BF%9D%E6%8A%A4",
  ])("keeps the same-site path %s", (next) => {
    expect(safeNext(next, "en")).toBe(next);
  });

  it.each([
    "//evil.example",
    "//evil.example/en",
    "/\\evil.example",
    "\\\\evil.example",
    "/%09/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "/%5Cevil.example",
    "%2F%2Fevil.example",
    "https://evil.example",
    "http:evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,hi",
    " /en",
    "evil.example",
    "",
    "/%E0%A4%A", // malformed escape
    "/".padEnd(3000, "a"),
  ])("refuses %j and goes home instead", (next) => {
    expect(safeNext(next, "en")).toBe("/en");
  });

  it("falls back to the visitor's language, any of the six, and to zh for an unknown one", () => {
    expect(safeNext(undefined, "zh")).toBe("/zh");
    expect(safeNext(["/en"], "en")).toBe("/en");
    expect(safeNext("//x", "fr")).toBe("/fr");
    expect(safeNext("//x", "ar")).toBe("/ar");
    expect(safeNext("//x", "xx")).toBe("/zh");
  });
});
