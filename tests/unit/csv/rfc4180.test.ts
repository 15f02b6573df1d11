import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv, toCsv } from "~/server/csv/rfc4180";

describe("RFC 4180 CSV", () => {
  it("reads quoted commas, doubled quotes, line breaks in fields, CRLF and a BOM", () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n,,\r\n';
    expect(parseCsv(text)).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "two\nlines"],
      ["", "", ""],
    ]);
  });

  it("reads a last line without a line break, and Chinese text", () => {
    expect(parseCsv("标题,日期\n协调人,2026-01-01")).toEqual([
      ["标题", "日期"],
      ["协调人", "2026-01-01"],
    ]);
  });

  it("refuses broken quoting with the line it is on", () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"x"y')).toThrow(/closing quote/);
    // toThrow with an object compares the thrown error's own fields, so a parse that stops throwing fails.
    expect(() => parseCsv('a\nb\nc"d')).toThrow(expect.objectContaining({ line: 3 }));
    expect(() => parseCsv('a\nb\nc"d')).toThrow(CsvSyntaxError);
  });

  it("writes what it reads, and defuses spreadsheet formulas", () => {
    const rows = [["a,b", 'q"q', "l\nl", "plain", null, 3]];
    expect(parseCsv(toCsv(rows))).toEqual([["a,b", 'q"q', "l\nl", "plain", "", "3"]]);
    expect(toCsv([["=SUM(A1)", "-1", "@x"]])).toBe("'=SUM(A1),'-1,'@x\r\n");
  });
});
