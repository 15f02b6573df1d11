import { describe, expect, it } from "vitest";
import { PAGE_BREAK, cleanLines, isPageFurniture, isUrlLine, normaliseText, stripMarkdown } from "~/server/ingest/clean";

describe("normaliseText", () => {
  it("removes private-use glyphs", () => {
    expect(normaliseText("\uF0B7 在防止\uF06C灭绝")).toBe(" 在防止灭绝");
  });
  it("keeps the symbol text of a markdown link", () => {
    expect(normaliseText("(见 [A/63/677](#)，第 17 段)")).toBe("(见 A/63/677，第 17 段)");
  });
  it("drops markdown emphasis and note stars", () => {
    expect(stripMarkdown("“Organized violence”, *Journal of Peace Research*, vol. 54")).toBe(
      "“Organized violence”, Journal of Peace Research, vol. 54",
    );
    expect(stripMarkdown("** 注：灭绝种族可能发生")).toBe("注：灭绝种族可能发生");
  });
  it("normalises line endings", () => {
    expect(normaliseText("a\r\nb\rc")).toBe("a\nb\nc");
  });
});

describe("page furniture", () => {
  it.each([
    "09-20609 (C)    280109    290109",
    "09-20609 (C)16",
    "*0920609*",
    "A/63/677",
    "A/72/884-S/2018/525",
  ])("recognises %s", (line) => expect(isPageFurniture(line)).toBe(true));

  it.each(["A/54/549，第 506 段)。这些令人醒悟", "1. 《2005 年世界首脑会议成果》", "12", "2005"])(
    "keeps %s",
    (line) => expect(isPageFurniture(line)).toBe(false),
  );

  it("turns a run of header lines into one page break", () => {
    const lines = cleanLines("势，警察\n\nA/63/677  \n \n\n09-20609 (C)16 \n \n\n的社会恢复治安");
    expect(lines.map((l) => l.text)).toEqual(["势，警察", PAGE_BREAK, "的社会恢复治安"]);
  });
});

describe("URL dumps", () => {
  it.each([
    "https://docs.un.org/zh/A/RES/60/1",
    "file:///C:/Users/u2582310/Downloads/A_77_CRP.1_Add.8-EN.pdf",
    "http://见www.unhcr.org/news/press-releases/unhcr-condemns-forced-returns-thailand",
    "www.responsibilitytoprotect.org",
  ])("%s is a URL line", (l) => expect(isUrlLine(l)).toBe(true));

  it("a sentence that starts with an address is not a dump", () => {
    expect(isUrlLine("www.responsibilitytoprotect.org/donate或拨打电话+1.646.465.8527或发送邮件至")).toBe(false);
  });
});

describe("cleanLines", () => {
  it("drops space-only lines and records layout hints", () => {
    const [a, b] = cleanLines(" 摘要 \n \n\t\n工具和做法。 ");
    expect(a).toMatchObject({ text: "摘要", indent: true, trailing: true, afterBlank: true });
    expect(b).toMatchObject({ text: "工具和做法。", indent: false, trailing: true, afterBlank: true });
  });
  it("turns a leading private-use glyph into a bullet, but not before a lettered sub-item", () => {
    expect(cleanLines("\uF0B7 在防止灭绝种族")[0]?.text).toBe("• 在防止灭绝种族");
    expect(cleanLines("\uF06C (c) 虽然范围应保持狭窄")[0]?.text).toBe("(c) 虽然范围应保持狭窄");
  });
});
