// Footnotes: lifted out of the body, numbered 1..N, markers recorded on the units that carry them.
import { describe, expect, it } from "vitest";
import { cleanLines } from "~/server/ingest/clean";
import { splitFootnotes } from "~/server/ingest/footnotes";
import { extractMarkers, markFootnoteRefs } from "~/server/ingest/markers";
import { SLUGS, footnote, parsed, unit } from "./load";

const EXPECTED = { "a-63-677": 13, "sg-2025": 140, "a-72-884": 3, "a-65-877": 1, "icrtop-toolkit": 0 } as const;

describe("footnotes in the documents", () => {
  it.each(SLUGS)("%s: footnotes are numbered 1..N with the expected N", (slug) => {
    const nums = parsed(slug).footnotes.map((f) => f.number);
    expect(nums).toEqual(Array.from({ length: EXPECTED[slug] }, (_, i) => i + 1));
    expect(parsed(slug).footnotes.map((f) => f.locator)).toEqual(nums.map((n) => `fn-${n}`));
  });
  it.each(SLUGS)("%s: every footnote marker is found once, in order", (slug) => {
    const refs = parsed(slug).units.flatMap((u) => u.footnoteRefs);
    expect(refs).toEqual(parsed(slug).footnotes.map((f) => f.number));
    expect(parsed(slug).warnings.filter((w) => w.includes("marker"))).toEqual([]);
  });
  it.each(SLUGS)("%s: no footnote text leaks into a unit", (slug) => {
    const texts = parsed(slug).units.map((u) => u.text).join("\n");
    for (const f of parsed(slug).footnotes) {
      if (f.text.length < 12) continue; // "同上。", "见 A/63/677。" also occur in the body
      expect(texts, `${slug} fn-${f.number}`).not.toContain(f.text.slice(0, 40));
    }
  });
  it("A/63/677: footnote 1 and the sentence it interrupts", () => {
    expect(footnote("a-63-677", 1).text).toBe(
      "Francis M.Deng，et al Sovereignty as Responsibility:Conflict Management in Africa (Washington，D.C.:The Brookings Institution Press，1996)。",
    );
    expect(unit("a-63-677", "7").footnoteRefs).toEqual([1]);
    expect(unit("a-63-677", "7").text).toContain("订立概念上不同的办法。他们强调，一国在行使主权的同时");
  });
  it("A/63/677: markers glued between words are removed", () => {
    expect(unit("a-63-677", "8").footnoteRefs).toEqual([2, 3]);
    expect(unit("a-63-677", "8").text).toContain("《防止及惩治灭绝种族罪公约》早就规定了“行动的责任”。");
    expect(unit("a-63-677", "54").footnoteRefs).toEqual([10, 11, 12]);
    expect(unit("a-63-677", "49(a)").footnoteRefs).toEqual([9]);
  });
  it("A/63/677: a footnote that continues over blank lines is joined", () => {
    expect(footnote("a-63-677", 9).text).toMatch(/^这句话似乎与《宪章》第四十二条起首的措辞相呼应/);
    expect(footnote("a-63-677", 9).text).toMatch(/再考虑更有力的集体措施。$/);
    expect(footnote("a-63-677", 12).text).toContain("(E/CN.4/1994/7/Add.1)");
  });
  it("sg-2025: inline markers are recorded and removed", () => {
    expect(unit("sg-2025", "1").footnoteRefs).toEqual([1]);
    expect(unit("sg-2025", "1").text).toContain("在《2005 年世界首脑会议成果》第 138 和 139 段中");
    expect(unit("sg-2025", "2").text).toContain("秘书长随后告知安全理事会，他打算指定一位保护责任问题特别顾问");
    expect(unit("sg-2025", "19").footnoteRefs).toEqual([18, 19, 20]);
    expect(unit("sg-2025", "19").text).toBe(
      "反恐怖主义行动以及雇佣军和私营军事承包商的使用加剧了某些冲突局势中的侵犯人权行为。这种情况可能使行为体得以逃避国际人道法和人权法规定的责任，从而强化其行经，加重了有罪不罚文化。",
    );
  });
  it("sg-2025: footnote texts, URL dumps dropped, wrapped URLs kept whole", () => {
    expect(footnote("sg-2025", 6).text).toBe(
      "安全理事会第 1674(2006)和 1894(2009)号决议；大会第 63/308 和 75/277 号决议；人权理事会第 44/14(2020)、7/25(2008)、22/22(2013)、28/34(2015)、37/26(2018)、43/29(2020)、49/9(2022)和 55/13(2024)号决议。",
    );
    expect(footnote("sg-2025", 13).text).toBe("《以色列在包括东耶路撒冷在内的巴勒斯坦被占领土的政策和做法的法律后果，2024 年 7 月 19 日的咨询意见，2024年国际法院案例汇编》。");
    expect(footnote("sg-2025", 21).text).toBe("见 www.worldbank.org/en/news/press-release/2024/04/02/joint-world-bank-un-report-assesses-damage-to-gaza-s-infrastructure。");
    expect(footnote("sg-2025", 94).text).toContain("https://r2pasiapacific.org/APPAP#:~:text=The%20Asia%20Pacific%20Partnership%20for,to%20Protect%20(R2P)%20principle和 www.facebook.com/r2pwestafrica/。");
    expect(footnote("sg-2025", 140).text).toBe("见 www.un.org/en/genocide-prevention/responsibility-protect/20anniversary。");
    for (const f of parsed("sg-2025").footnotes) expect(f.text).not.toMatch(/docs\.un\.org|file:\/\//);
  });
  it("A/72/884: superscript footnotes, markdown italics stripped", () => {
    expect(footnote("a-72-884", 2).text).toContain("“Organized violence, 1989-2016”, Journal of Peace Research, vol. 54");
    expect(unit("a-72-884", "summary").footnoteRefs).toEqual([1]);
    expect(unit("a-72-884", "summary").text).toContain("族裔清洗和危害人类罪以及保护弱势群体");
  });
});

describe("synthetic footnote blocks", () => {
  const run = (raw: string) => {
    const split = splitFootnotes(cleanLines(raw), true);
    const marked = markFootnoteRefs(split.body, split.footnotes.length);
    return { ...split, body: marked.body.map((l) => extractMarkers(l.text)) };
  };

  it("number-on-its-own-line layout; the page resumes with an indented line", () => {
    const r = run("干预——\n\n__________________ \n\n \n1\n 第一条注释，\n第二行。 \n\n \n2\n 第二条注释。 \n 如在卢旺达”。\n");
    expect(r.footnotes).toEqual([
      { number: 1, text: "第一条注释，第二行。" },
      { number: 2, text: "第二条注释。" },
    ]);
    expect(r.body.map((b) => b.text)).toEqual(["干预——", "如在卢旺达”。"]);
  });
  it("number-and-text layout with a URL dump", () => {
    const r = run("正文格局迅速\n\n__________________ \n\n 1 大会第 60/1 号决议。 \n\n 2 见 S/2007/721。 \n\nhttps://docs.un.org/zh/A/RES/60/1\nfile:///C:/x.pdf\n 转变。\n");
    expect(r.footnotes.map((f) => f.text)).toEqual(["大会第 60/1 号决议。", "见 S/2007/721。"]);
    expect(r.body.map((b) => b.text)).toEqual(["正文格局迅速", "转变。"]);
  });
  it("a footnote number out of sequence is not a footnote", () => {
    const r = run("正文。\n\n__________________ \n\n 1 第一条。 \n\n 3 不是注释 \n");
    expect(r.footnotes.map((f) => f.number)).toEqual([1]);
  });
  it("superscript layout", () => {
    const r = run("这实属高瞻远瞩。¹《宪章》第八章专门论\n\n¹ 见 SG/SM/13385。\n\n法之一。\n");
    expect(r.footnotes).toEqual([{ number: 1, text: "见 SG/SM/13385。" }]);
    expect(r.body[0]).toEqual({ text: "这实属高瞻远瞩。《宪章》第八章专门论", refs: [1] });
  });
  it("inline markers: only the next number in sequence, never a counted number", () => {
    const lines = cleanLines("增加了 72%，2 起发生。1 2024 年\n有 16 个国家，1 637 起袭击。2 完");
    const marked = markFootnoteRefs(lines, 2);
    expect(marked.body.map((l) => extractMarkers(l.text))).toEqual([
      { text: "增加了 72%，2 起发生。2024 年", refs: [1] },
      { text: "有 16 个国家，1 637 起袭击。完", refs: [2] },
    ]);
  });
  it("a marker never follows 第", () => {
    const marked = markFootnoteRefs(cleanLines("见第1 段。1 下文"), 1);
    expect(extractMarkers(marked.body[0]?.text ?? "")).toEqual({ text: "见第1 段。下文", refs: [1] });
  });
});
