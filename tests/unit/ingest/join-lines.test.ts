import { describe, expect, it } from "vitest";
import { endsWithTerminal, joinFragments, usesSpacedDigits } from "~/server/ingest/join-lines";
import { parsed, raw, unit } from "./load";

describe("joinFragments", () => {
  it("joins Chinese without a space", () => {
    expect(joinFragments("依照《联合国宪", "章》“及时、果断地”", true)).toBe("依照《联合国宪章》“及时、果断地”");
  });
  it("keeps one space between Latin words", () => {
    expect(joinFragments("in Joachim", "W. Müller and Karl P. Sauvant", false)).toBe("in Joachim W. Müller and Karl P. Sauvant");
  });
  it("does not split a symbol or URL broken at a slash or hyphen", () => {
    expect(joinFragments("(见 S/1999/", "1257 和 A/54/549)", true)).toBe("(见 S/1999/1257 和 A/54/549)");
    expect(joinFragments("20241106-", "Gaza-Update-Report-OPT.pdf", true)).toBe("20241106-Gaza-Update-Report-OPT.pdf");
    expect(joinFragments("www.x.org/a%20to%20Protect%", "20(R2P)%20principle", true)).toBe("www.x.org/a%20to%20Protect%20(R2P)%20principle");
  });
  it("follows the document's house style between digits and Chinese", () => {
    expect(joinFragments("联合国在 1994", "年灭绝种族事件中", true)).toBe("联合国在 1994 年灭绝种族事件中");
    expect(joinFragments("联合国在1994", "年灭绝种族事件中", false)).toBe("联合国在1994年灭绝种族事件中");
    expect(joinFragments("第三节，第 18", "段)", true)).toBe("第三节，第 18 段)");
  });
  it("joins Chinese punctuation to Latin without a space", () => {
    expect(joinFragments("(Washington，", "D.C.:The Brookings", false)).toBe("(Washington，D.C.:The Brookings");
  });
});

describe("endsWithTerminal", () => {
  it.each(["工具和做法。", "关键能力：", "作出反应；", "“140. 任务。”"])("%s ends a block", (t) =>
    expect(endsWithTerminal(t)).toBe(true),
  );
  it.each(["依赖每一支柱都具", "如在索马里、波斯尼亚和科索沃，还是未能进行干预——"])("%s does not", (t) =>
    expect(endsWithTerminal(t)).toBe(false),
  );
});

describe("house style detection", () => {
  it("UN reports space digits, the toolkit does not", () => {
    expect(usesSpacedDigits("在 2005 年世界首脑会议上，第 138 段")).toBe(true);
    expect(usesSpacedDigits("2000年，非洲国家组成非洲联盟")).toBe(false);
  });
});

describe("line joins in the documents", () => {
  it("joins a sentence broken across lines mid-word (A/63/677 summary)", () => {
    expect(unit("a-63-677", "summary").text).toContain("依照《联合国宪章》“及时、果断地”采取集体行动");
  });
  it("joins across a page break and footnote block (A/63/677 paragraph 9)", () => {
    expect(unit("a-63-677", "9").text).toContain("还是未能进行干预——如在卢旺达”。但这个成员来自各区域的委员会");
  });
  it("joins a symbol split over two lines (A/63/677 paragraph 10(d))", () => {
    expect(unit("a-63-677", "10(d)").text).toContain("(见 S/1999/1257 和 A/54/549)");
  });
  it("keeps the digit spacing across a line break (A/63/677 paragraph 6)", () => {
    expect(unit("a-63-677", "6").text).toContain("“联合国在 1994 年灭绝种族事件中使卢旺达人民失望”(见 S/1999/1257，附录，第三节，第 18 段)");
  });
  it("joins a page-split paragraph in a one-line-per-paragraph report (A/65/877 paragraph 2)", () => {
    expect(unit("a-65-877", "2").text).toContain("这实属高瞻远瞩。《宪章》第八章专门论");
    expect(unit("a-65-877", "2").text).toMatch(/^联合国的缔造者在构想这一新的世界机构时/);
  });
  it("joins the page-split summary of A/72/884 across its footnote", () => {
    expect(unit("a-72-884", "summary").text).toContain("并概述了加强早行动的三重战略：第一，审查并在必要时加强现有的预防能力");
  });
  it("joins a sub-item continued on the next page (A/72/884 45(d))", () => {
    expect(unit("a-72-884", "45(d)").text).toContain("会员国应采取必要步骤，支持国家预防努力，加强国家应对能力");
  });
  it("keeps Latin words spaced inside Chinese text", () => {
    expect(footnote2()).toContain("Erik Melander and Lotta Themnér");
  });
  it("no unit text has a doubled space, nor a space between Chinese characters the source did not have", () => {
    for (const slug of ["a-63-677", "sg-2025", "a-72-884", "a-65-877", "icrtop-toolkit"] as const) {
      for (const u of parsed(slug).units) {
        expect(u.text, `${slug} ${u.locator}`).not.toMatch(/ {2}/);
        if (u.kind === "heading" || u.kind === "section") continue; // "第一支柱 国家的保护责任": title and subtitle
        for (const m of u.text.matchAll(/[\u4e00-\u9fff] [\u4e00-\u9fff]/g)) {
          expect(raw(slug), `${slug} ${u.locator}`).toContain(m[0]);
        }
      }
    }
  });
});

function footnote2() {
  return parsed("a-72-884").footnotes[1]?.text ?? "";
}
