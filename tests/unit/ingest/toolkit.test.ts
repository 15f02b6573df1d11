// The ICRtoP toolkit: page-title sections, one unit per bullet / list item / prose paragraph.
import { describe, expect, it } from "vitest";
import { parseDocument } from "~/server/ingest";
import { parsed, unit } from "./load";

const doc = () => parsed("icrtop-toolkit");

describe("icrtop-toolkit", () => {
  it("has exactly these units by kind, and no footnotes", () => {
    const counts: Record<string, number> = {};
    for (const u of doc().units) counts[u.kind] = (counts[u.kind] ?? 0) + 1;
    expect(counts).toEqual({ section: 35, item: 368, heading: 64 });
    expect(doc().footnotes).toEqual([]);
  });
  it("makes each page title a section, in order", () => {
    const titles = doc().units.filter((u) => u.kind === "section").map((u) => u.text);
    expect(titles.slice(0, 5)).toEqual(["工具包的宗旨", "保护责任的定义", "保护责任的必要性", "非洲联盟从“不干涉”走向“不漠视”", "干预和国家主权国际委员会报告首创保护责任这一术语"]);
    expect(titles).toContain("保护责任的发展过程：从干预和国家主权国际委员会到2005年世界首脑会议");
    expect(titles).toContain("公民社会组织的作用：公民社会组织已经为预防和终止大规模暴行做了哪些？");
  });
  it("a title repeated on continuation pages is one section", () => {
    const crisis = doc().units.filter((u) => u.kind === "section" && u.text === "危机情境下的保护责任");
    expect(crisis.map((u) => u.locator)).toEqual(["s20"]);
    expect(unit("icrtop-toolkit", "s20-14").text).toMatch(/^中非共和国 2013年3月，塞雷卡武装团体发动了一场军事政变/);
    expect(doc().units.filter((u) => u.kind === "section" && u.text.startsWith("干预和国家主权国际委员会报告首创"))).toHaveLength(1);
  });
  it("every unit carries its heading path", () => {
    for (const u of doc().units) {
      if (u.kind === "item") expect(u.heading, u.locator).not.toBe("");
    }
    expect(unit("icrtop-toolkit", "s2-1").heading).toBe("保护责任的定义");
    expect(unit("icrtop-toolkit", "s18-1").heading).toBe("保护责任框架下可行的预防性措施有哪些？ › 经济");
    expect(unit("icrtop-toolkit", "s31-1").heading).toBe("第二部分：发展保护责任：国家与区域行为主体的作用 › 议员如何支持保护责任？");
  });
  it("makes each bullet and list item its own unit, without the bullet", () => {
    expect(unit("icrtop-toolkit", "s18-1").text).toBe("减少剥削，缓解贫困");
    expect(unit("icrtop-toolkit", "s18-h2").text).toBe("经济");
    expect(unit("icrtop-toolkit", "s2-4").text).toBe("2. 国际社会有责任鼓励并帮助各国履行这一责任；");
    expect(unit("icrtop-toolkit", "s2-3").text).toBe(
      "1. 国家承担保护其人民免遭灭绝种族、战争罪、族裔清洗和危害人类罪之害的首要责任。这一责任意味着预防此类罪行的发生，包括预防煽动这类犯罪；",
    );
    expect(unit("icrtop-toolkit", "s4-3").text).toBe("第3(b)条表明，非盟的核心宗旨之一在于“维护成员国的主权、领土的完整与独立”。");
  });
  it("turns private-use bullets into list items", () => {
    const items = doc().units.filter((u) => u.locator.startsWith("s31-")).map((u) => u.text);
    expect(items).toContain("利用议员的国际关系网促使所有国家批准《罗马规约》；");
    expect(items).toContain("拨款保护受害者。");
  });
  it("joins prose paragraphs and keeps them apart", () => {
    expect(unit("icrtop-toolkit", "s2-1").text).toBe(
      "保护责任（简称RtoP或R2P）是旨在预防并终止灭绝种族、战争罪、族裔清洗与反人类罪的新规范。保护责任并非法律规范，而是用于指导国家与区域安排、次区域安排及国际组织保护人民免遭此类罪行之害的政治承诺。",
    );
  });
  it("has part dividers", () => {
    expect(unit("icrtop-toolkit", "part-2").text).toBe("第二部分：发展保护责任：国家与区域行为主体的作用");
    expect(unit("icrtop-toolkit", "part-3").text).toBe("第三部分：关于保护责任的其他资料");
  });
  it("drops photo captions and running footers", () => {
    const all = doc().units.map((u) => u.text).join("\n");
    expect(all).not.toContain("图片来源");
    expect(all).not.toContain("图片说明");
    expect(all).not.toContain("ICISS联合主席默罕默德");
    expect(all).not.toContain("| 49");
  });
  it("keeps a sentence that starts with a web address", () => {
    expect(doc().units.some((u) => u.text.includes("www.responsibilitytoprotect.org/donate或拨打电话"))).toBe(true);
  });
});

describe("synthetic toolkit", () => {
  it("sections by page title, items by bullet", () => {
    const raw = " 第一页 \n\n正文第一段。 \n\n• 要点一 \n\n• 要点二 \n 第一页 \n\n续页正文。 \n 第二页 \n\n另一段。 \n";
    const d = parseDocument(raw, { slug: "t", kind: "toolkit", library: [] });
    expect(d.units.map((u) => `${u.locator}:${u.text}`)).toEqual([
      "s1:第一页", "s1-1:正文第一段。", "s1-2:要点一", "s1-3:要点二", "s1-4:续页正文。", "s2:第二页", "s2-1:另一段。",
    ]);
  });
});
