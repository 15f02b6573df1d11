// Structure of the ICRtoP toolkit, which has no numbered paragraphs. Each printed page opens with a title
// line (indented, straight after the previous page's last line); a title repeated on a continuation page
// is the same section. Within a section every bullet, list item or prose paragraph is one unit.
//
// Locators: `part-N` part dividers ("第二部分"), `sN` sections in order of first appearance,
// `sN-K` the K-th item of section N, `sN-hK` the K-th sub-heading inside section N ("经济", "治理"…).

import { PAGE_BREAK } from "./clean";
import { closesBlock, endsWithTerminal, joinFragments, type Layout } from "./join-lines";
import { chineseNumeral, type DraftUnit } from "./structure";
import type { Line } from "./types";

const SEP = " › ";
const LIST_START = /^(?:[•·\-–]\s*|\d{1,2}[.．、]\s*|[IVX]{1,4}[.．]\s+)/;
const PART = /^第([一二三四五六七八九十])部分[：:]?$/;
const CAPTION = /图片来源|^图片说明|^封面图片/;

interface Block {
  text: string;
  width: number;
}

export function parseToolkit(lines: Line[], layout: Layout, warnings: string[]): DraftUnit[] {
  const out: DraftUnit[] = [];
  let part = "";
  let section = { n: 0, title: "", items: 0, subheads: 0, sub: "" };
  let block: Block | null = null;
  let open = false;

  const heading = () => [part, section.title, section.sub].filter(Boolean).join(SEP);
  const flushBlock = () => {
    if (!block) return;
    const b: Block = block;
    block = null;
    if (CAPTION.test(b.text)) return;
    if (section.n === 0) {
      warnings.push(`toolkit text before the first section: "${b.text.slice(0, 20)}…"`);
      return;
    }
    const isList = LIST_START.test(b.text);
    // Short lines without a full stop are sub-headings ("经济", "议员如何增强政府对保护责任的参与和履行？").
    if (!isList && b.width <= 50 && (!endsWithTerminal(b.text) || /[？?]$/.test(b.text))) {
      section.subheads++;
      section.sub = b.text;
      out.push({ locator: `s${section.n}-h${section.subheads}`, kind: "heading", heading: [part, section.title].filter(Boolean).join(SEP), text: b.text });
      return;
    }
    section.items++;
    out.push({ locator: `s${section.n}-${section.items}`, kind: "item", heading: heading(), text: b.text.replace(/^[•·]\s*/, "") });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.text === PAGE_BREAK) continue;
    const pageStart = i === 0 || (line.indent && !line.afterBlank);
    if (pageStart && isTitle(line)) {
      flushBlock();
      open = false;
      // Titles wrap onto a second short line ("…到2005年" / "世界首脑会议").
      let title = line.text;
      const next = lines[i + 1];
      if (next && line.width >= 20 && next.width <= 20 && !next.indent && !LIST_START.test(next.text) && !next.text.includes("。")) {
        title = joinFragments(title, next.text, layout.spacedDigits);
        i++;
      }
      const partMatch = PART.exec(title);
      if (partMatch?.[1]) {
        // A divider page: the part number, then its subtitle lines.
        const subtitle: string[] = [];
        while (lines[i + 1] && !(lines[i + 1]?.indent && !lines[i + 1]?.afterBlank)) {
          i++;
          subtitle.push(lines[i]?.text ?? "");
        }
        part = `${title}${subtitle.join("")}`;
        out.push({ locator: `part-${chineseNumeral(partMatch[1])}`, kind: "heading", heading: "", text: part });
        continue;
      }
      if (title !== section.title) {
        section = { n: section.n + 1, title, items: 0, subheads: 0, sub: "" };
        out.push({ locator: `s${section.n}`, kind: "section", heading: part, text: title });
      }
      continue;
    }
    // A caption's source line belongs with the caption text above it.
    const startsCaption = /^图片来源/.test(line.text) && block !== null && (block as Block).width <= 40;
    const startsNew = !open || LIST_START.test(line.text);
    if (block && !startsNew) {
      const b: Block = block;
      b.text = joinFragments(b.text, line.text, layout.spacedDigits);
      b.width += line.width;
    } else if (block && startsCaption) {
      const b: Block = block;
      b.text = `${b.text}${line.text}`;
    } else {
      flushBlock();
      block = { text: line.text, width: line.width };
    }
    open = !closesBlock(line, layout);
  }
  flushBlock();
  return out;
}

function isTitle(line: Line): boolean {
  const t = line.text;
  if (LIST_START.test(t) || CAPTION.test(t) || t.includes("。")) return false;
  return line.width <= 40 && !/[。；;！!]$/.test(t);
}
