// Structure of the four UN reports: counts, locators, exact text at known places.
import { describe, expect, it } from "vitest";
import { parseDocument } from "~/server/ingest";
import { footnote, locators, parsed, range, unit } from "./load";

describe("A/63/677", () => {
  it("has paragraphs 1–72, annex paragraphs 1–7 and 13 footnotes", () => {
    expect(locators("a-63-677", "paragraph")).toEqual(range(1, 72));
    expect(locators("a-63-677", "annex")).toEqual(range(1, 7).map((n) => `annex-${n}`));
    expect(parsed("a-63-677").footnotes).toHaveLength(13);
    expect(parsed("a-63-677").warnings).toEqual([]);
  });
  it("has exactly these units by kind", () => {
    const counts: Record<string, number> = {};
    for (const u of parsed("a-63-677").units) counts[u.kind] = (counts[u.kind] ?? 0) + 1;
    expect(counts).toEqual({ summary: 1, heading: 9, paragraph: 72, subitem: 23, annex: 7, "annex-subitem": 4 });
  });
  it("reads the unnumbered summary as one unit", () => {
    const s = unit("a-63-677", "summary");
    expect(s.kind).toBe("summary");
    expect(s.text).toMatch(/^2005 年世界首脑会议成果第 138 和 139 段提出了我们时代的一个基本挑战：落实保护责任。/);
    expect(s.text).toMatch(/但秘书长并没有请大会在此阶段就这些建议采取具体行动。$/);
    expect(s.text.split("\n")).toContain("本报告第一节阐述这一任务及其历史、法律和政治背景。");
  });
  it("reads headings with their subtitles on the next line", () => {
    expect(unit("a-63-677", "h-1").text).toBe("一. 任务和背景");
    expect(unit("a-63-677", "h-2").text).toBe("二. 第一支柱 国家的保护责任");
    expect(unit("a-63-677", "h-3").text).toBe("三. 第二支柱 国际援助和能力建设");
    expect(unit("a-63-677", "h-5").text).toBe("五. 取得进展的途径");
    expect(unit("a-63-677", "28").heading).toBe("三. 第二支柱 国际援助和能力建设");
  });
  it("does not take the quoted paragraphs “138.” “139.” “140.” for paragraphs", () => {
    const p1 = unit("a-63-677", "1");
    expect(p1.text).toMatch(/^《2005 年世界首脑会议成果》的以下三段对本报告的任务作了规定：/);
    expect(p1.text).toContain("\n“138. 每一个国家均有责任保护其人民免遭灭绝种族");
    expect(p1.text).toContain("\n“140. 我们全力支持秘书长防止种族灭绝问题特别顾问的任务。”\n");
    expect(p1.text).toMatch(/回顾其此前重申的上述规定。$/);
    expect(unit("a-63-677", "2").text).toMatch(/^《首脑会议成果》第 138 和 139 段的规定以现行国际法为依据/);
  });
  it("gives exact start and end of paragraphs across page breaks", () => {
    expect(unit("a-63-677", "22").text).toMatch(/^作为自省过程的一部分，各国可以寻求联合国、邻国/);
    expect(unit("a-63-677", "22").text).toMatch(/应考虑将保护责任标准纳入同行审查机制。$/);
    expect(unit("a-63-677", "39").text).toContain("为了应对与保护责任有关的局势，警察和文职部门有时可能特别重要");
    expect(unit("a-63-677", "72").text).toMatch(/我期待着与会员国一起开展这一共同努力。$/);
  });
  it("splits sub-items at line start", () => {
    expect(unit("a-63-677", "10(a)").text).toMatch(/^与会各国国家元首和政府首脑已极为清楚地表明/);
    expect(unit("a-63-677", "10(c)").text).toMatch(/^虽然范围应保持狭窄，反应却需深入/);
    expect(locators("a-63-677", "subitem").filter((l) => l.startsWith("45("))).toEqual(["45(a)", "45(b)", "45(c)", "45(d)", "45(e)"]);
    expect(unit("a-63-677", "45(e)").text).toMatch(/让青年人今后以不同的方式处理分歧。$/);
  });
  it("returns text after a sub-item series to its paragraph", () => {
    expect(unit("a-63-677", "45").text).toBe(
      "在这方面，根据发展援助实践以及各会员国本身的要求，至少有五种能力为关键能力：\n在联合国系统内，若干创新系统已经到位，以更好地满足会员国提出的上述五种能力建设的援助请求。相关举措包括开发计划署和政治事务部关于建立国家预防冲突能力的联合方案以及机构间预防行动协调框架。协调框架是一个非正式论坛，使联合国各实体能统一答复会员国的这种请求。",
    );
    expect(unit("a-63-677", "71").text).toMatch(/\n关于后一点，大会监督商定战略的执行工作可以采用不同方式/);
  });
  it("splits inline sub-items", () => {
    expect(unit("a-63-677", "28(a)").text).toBe("鼓励各国履行第一支柱的责任(第 138 段)；");
    expect(unit("a-63-677", "28(b)").text).toBe("帮助各国行使这种责任(第 138段)；");
    expect(unit("a-63-677", "28(c)").text).toBe("帮助各国建设保护能力(第 139段)；");
    expect(unit("a-63-677", "28(d)").text).toBe("协助“在危机和冲突爆发前处于紧张状态的国家”(第 139 段)。");
    expect(unit("a-63-677", "28").text).toMatch(/援助可采取四种形式之一：\n第一种形式的援助是说服各国做应该做的事/);
    expect(unit("a-63-677", "49(a)").text).toBe("“如果和平手段不足……”；");
    expect(unit("a-63-677", "49(b)").text).toBe("“有关国家当局显然无法保护其人民”，使其免遭四种特定犯罪和侵害行为。");
    expect(unit("a-63-677", "49").text).toMatch(/\n在这两种情况下，第 139 段指出/);
  });
  it("treats 第一支柱/第二支柱/第三支柱 inside paragraph 11 as headings for its sub-items", () => {
    expect(unit("a-63-677", "h-11-1").text).toBe("第一支柱 国家的保护责任");
    expect(unit("a-63-677", "11(b)").heading).toBe("一. 任务和背景 › 第二支柱 国际援助和能力建设");
    expect(unit("a-63-677", "11(c)").text).toMatch(/^第三支柱是，在一国显然未能提供这种保护时/);
  });
  it("restarts numbering in the annex", () => {
    expect(unit("a-63-677", "h-annex").text).toBe("附件 预警和评估");
    expect(unit("a-63-677", "annex-1").heading).toBe("附件 预警和评估");
    expect(unit("a-63-677", "annex-1").text).toMatch(/^鉴于与保护责任有关的犯罪和侵害行为所涉范围广泛/);
    expect(locators("a-63-677", "annex-subitem")).toEqual(["annex-6(a)", "annex-6(b)", "annex-6(c)", "annex-6(d)"]);
    expect(unit("a-63-677", "annex-6(b)").text).toBe("作为预警机制，向秘书长并通过秘书长向安全理事会发出警报，请其注意可能导致种族灭绝的局势；");
    expect(unit("a-63-677", "annex-7").text).toMatch(/关于设立由防止灭绝种族罪行问题特别顾问领导的小型联合办公室的建议也将提交大会审议。$/);
  });
  it("does not keep the cover page (masthead, agenda items, distribution)", () => {
    const all = parsed("a-63-677").units.map((u) => u.text).join("\n");
    expect(all).not.toContain("Distr.");
    expect(all).not.toContain("议程项目 44 和 107");
  });
});

describe("sg-2025", () => {
  it("has 80 paragraphs and 140 footnotes", () => {
    expect(locators("sg-2025", "paragraph")).toEqual(range(1, 80));
    expect(parsed("sg-2025").footnotes.map((f) => f.number)).toEqual(range(1, 140).map(Number));
  });
  it("has five sections with lettered subsections", () => {
    expect(locators("sg-2025", "heading")).toEqual([
      "h-1", "h-2", "h-2-A", "h-2-B", "h-2-C", "h-2-D", "h-2-E", "h-3", "h-3-A", "h-3-B", "h-3-C", "h-3-D", "h-4", "h-5",
    ]);
    expect(unit("sg-2025", "h-3").text).toBe("三. 实现保护责任各项目标：2005-2025 年期间的良好做法和经验教训");
    expect(unit("sg-2025", "13").heading).toBe("二. 暴行罪的全球背景与新模式 › A. 以暴行罪为特点的全球冲突历史数字");
  });
  it("reads the summary without the starred cover note", () => {
    const s = unit("sg-2025", "summary").text;
    expect(s).toMatch(/^今年是 2005 年世界首脑会议二十周年/);
    expect(s).toMatch(/并提出了具体的执行任务步骤。$/);
    expect(s).not.toContain("技术原因");
    expect(parsed("sg-2025").warnings.some((w) => w.includes("unnumbered note"))).toBe(true);
  });
  it("joins paragraphs split by footnote blocks and URL dumps", () => {
    expect(unit("sg-2025", "6").text).toBe(
      "秘书长在《新和平纲领》政策简报中强调，新出现的暴力模式，叠加气候变化、新技术武器化、错误信息和虚假信息、日益加剧的不平等、公民空间缩小以及世界许多地区人权和法治的恶化等日益加剧的威胁正使全球和平与安全格局迅速转变。这些深刻的变化正在勾勒当今暴行罪的特征和动态。保护责任是应对这些新挑战所需的努力中的一个层面。",
    );
    expect(unit("sg-2025", "22").text).toMatch(/^近年来，全球冲突加剧/);
  });
  it("keeps numbers that look like markers but are not", () => {
    expect(unit("sg-2025", "21").text).toContain("从 2005 年的 3 700 万人增至 2024 年 10 月创纪录的 1.23 亿人");
    expect(unit("sg-2025", "24").text).toContain("记录了 16 个国家和地区的 1 637 起针对医疗设施的袭击事件。");
    expect(unit("sg-2025", "18").text).toContain("增加了 72%，其中每 10 起死亡事件中就有 7 起发生在以色列和巴勒斯坦被占领土。2024 年，大湖区");
  });
  it("ends with paragraph 80", () => {
    expect(unit("sg-2025", "80").text).toMatch(/^过去 20 年，履行这一承诺的意愿和能力/);
    expect(unit("sg-2025", "80").text).toMatch(/预防暴行罪和保护境内民众的努力。$/);
  });
});

describe("A/72/884", () => {
  it("has 49 paragraphs and 3 footnotes", () => {
    expect(locators("a-72-884", "paragraph")).toEqual(range(1, 49));
    expect(parsed("a-72-884").footnotes).toHaveLength(3);
  });
  it("has the recommendations of paragraphs 45–49 as sub-items", () => {
    const subs = locators("a-72-884", "subitem");
    expect(subs.filter((l) => l.startsWith("45("))).toEqual(["a", "b", "c", "d", "e", "f", "g"].map((x) => `45(${x})`));
    expect(subs.filter((l) => l.startsWith("46("))).toEqual(["46(a)", "46(b)", "46(c)", "46(d)"]);
    expect(subs.filter((l) => l.startsWith("47("))).toEqual(["47(a)", "47(b)", "47(c)"]);
    expect(subs.filter((l) => l.startsWith("48("))).toEqual([]);
    expect(subs.filter((l) => l.startsWith("49("))).toEqual(["a", "b", "c", "d", "e", "f", "g"].map((x) => `49(${x})`));
    expect(subs).toHaveLength(31); // with 16(a)–(c) and 20(a)–(g)
    expect(unit("a-72-884", "45(a)").text).toBe("任命一名高级官员担任国家保护责任协调人，负责协调国家活动、交流良好做法和带头开展合作；");
    expect(unit("a-72-884", "45").text).toBe("各国负有首要保护责任，并完全有能力尽早采取行动防止暴行罪。我鼓励会员国考虑以下措施：");
  });
  it("reads headings and the summary", () => {
    expect(unit("a-72-884", "h-3-C").text).toBe("C. 通过民事行动开展预防创新");
    expect(unit("a-72-884", "41").heading).toBe("三. 早行动 › C. 通过民事行动开展预防创新");
    expect(unit("a-72-884", "summary").text.split("\n")).toHaveLength(3);
  });
  it("joins paragraph 5 across footnote 2", () => {
    expect(unit("a-72-884", "5").text).toMatch(/只有在预警之后注重早行动，才能取得最佳效果。$/);
    expect(unit("a-72-884", "5").text).not.toContain("Allansson");
  });
});

describe("A/65/877", () => {
  it("has 44 paragraphs, six sections, 1 footnote and no summary", () => {
    expect(locators("a-65-877", "paragraph")).toEqual(range(1, 44));
    expect(locators("a-65-877", "heading")).toEqual(["h-1", "h-2", "h-3", "h-4", "h-5", "h-6"]);
    expect(locators("a-65-877", "summary")).toEqual([]);
    expect(parsed("a-65-877").footnotes).toHaveLength(1);
  });
  it("rejoins paragraphs split across pages", () => {
    expect(unit("a-65-877", "6").text).toMatch(/在这种情况下，就政治合法性而言，这两级的决策可以相辅相成。$/);
    expect(unit("a-65-877", "44").text).toMatch(/^我们完全有理由期待，在今后的岁月里/);
  });
});

describe("every report", () => {
  it("has unique locators and non-empty text", () => {
    for (const slug of ["a-63-677", "sg-2025", "a-72-884", "a-65-877", "icrtop-toolkit"] as const) {
      const ls = parsed(slug).units.map((u) => u.locator);
      expect(new Set(ls).size, slug).toBe(ls.length);
      for (const u of parsed(slug).units) expect(u.text, `${slug} ${u.locator}`).not.toBe("");
      expect(parsed(slug).units.map((u) => u.order)).toEqual(ls.map((_, i) => i));
    }
  });
  it("footnote 1 of A/65/877 is what the superscript points to", () => {
    expect(footnote("a-65-877", 1).text).toBe("见 SG/SM/13385, 2011 年 2 月 2 日。");
    expect(unit("a-65-877", "2").footnoteRefs).toEqual([1]);
  });
});

describe("synthetic reports", () => {
  const parse = (raw: string) => parseDocument(raw, { slug: "t", kind: "un-report", library: [] });

  it("numbered paragraphs must run in sequence", () => {
    const doc = parse("一. 导言\n\n1. 第一段。\n\n3. 不是段落。\n\n2. 第二段。\n");
    expect(doc.units.map((u) => u.locator)).toEqual(["h-1", "1", "2"]);
    expect(doc.units[1]?.text).toBe("第一段。\n3. 不是段落。");
  });
  it("a quotation that looks like a paragraph stays inside its paragraph", () => {
    const doc = parse("一. 导言\n\n1. 规定如下：\n\n“2. 引文。”\n\n2. 真段落。\n");
    expect(doc.units.find((u) => u.locator === "1")?.text).toBe("规定如下：\n“2. 引文。”");
  });
  it("annex numbering restarts", () => {
    const doc = parse("一. 导言\n\n1. 正文。\n\n附件\n\n预警\n\n1. 附件第一段。\n\n(a) 甲；\n\n(b) 乙。\n");
    expect(doc.units.map((u) => `${u.locator}:${u.kind}`)).toEqual([
      "h-1:heading", "1:paragraph", "h-annex:heading", "annex-1:annex", "annex-1(a):annex-subitem", "annex-1(b):annex-subitem",
    ]);
    expect(doc.units[3]?.heading).toBe("附件 预警");
  });
  it("lettered headings need a section and run A, B, C", () => {
    const doc = parse("一. 导言\n\nA. 第一小节\n\n1. 正文。\n\nC. 不是标题\n\nB. 第二小节\n\n2. 正文。\n");
    expect(doc.units.map((u) => u.locator)).toEqual(["h-1", "h-1-A", "1", "h-1-B", "2"]);
  });
});
