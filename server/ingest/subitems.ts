// Splits a numbered paragraph into its lettered sub-items: "(a)" at the start of a block, or inline after
// "：" / "；" as in "援助可采取四种形式之一：(a) …；(b) …". Text after the series returns to the paragraph.

export interface Block {
  text: string;
  /** A heading inside a paragraph, such as "第一支柱 国家的保护责任" before sub-item (a). */
  minorHeading?: boolean;
}

export interface SplitPart {
  kind: "parent" | "item" | "minor-heading";
  /** Letter for items, running index for minor headings. */
  label: string;
  text: string;
}

const letterAt = (i: number) => String.fromCharCode(97 + i);

export function splitSubitems(blocks: Block[]): SplitPart[] {
  const intro: string[] = [];
  const trailer: string[] = [];
  const rest: SplitPart[] = [];
  let next = 0; // index of the next expected letter
  let inline = false;
  let minor = 0;
  let current: SplitPart | null = null;

  const startItem = (text: string) => {
    current = { kind: "item", label: letterAt(next), text: "" };
    rest.push(current);
    next++;
    splitInline(text);
  };
  // Within one block, peel off "…；(b) …" continuations.
  const splitInline = (text: string) => {
    const item = rest.at(-1);
    if (!item) return;
    const re = new RegExp(`(?<=[：；:;]\\s*)\\(${letterAt(next)}\\)\\s*`);
    const m = re.exec(text);
    if (!m) {
      item.text = item.text ? `${item.text}\n${text}` : text;
      return;
    }
    item.text = item.text ? `${item.text}\n${text.slice(0, m.index).trimEnd()}` : text.slice(0, m.index).trimEnd();
    inline = true;
    startItem(text.slice(m.index + m[0].length));
  };

  for (const block of blocks) {
    if (block.minorHeading) {
      minor++;
      rest.push({ kind: "minor-heading", label: String(minor), text: block.text });
      current = null;
      continue;
    }
    const lead = new RegExp(`^\\(${letterAt(next)}\\)\\s*`).exec(block.text);
    if (lead) {
      startItem(block.text.slice(lead[0].length));
      continue;
    }
    if (next === 0) {
      // "(a)" after a colon, with "(b)" later in this block or starting the next one.
      const m = /(?<=[：:]\s*)\(a\)\s*/.exec(block.text);
      if (m && m.index + m[0].length < block.text.length) {
        intro.push(block.text.slice(0, m.index).trimEnd());
        inline = true;
        startItem(block.text.slice(m.index + m[0].length));
        continue;
      }
      intro.push(block.text);
      continue;
    }
    // A block after the series that does not continue it belongs to the paragraph again.
    if (current === null && rest.every((p) => p.kind !== "item")) intro.push(block.text);
    else trailer.push(block.text);
  }

  // An inline series ends with its sentence: what follows the first "。" of the last item is the paragraph's.
  const lastItem = [...rest].reverse().find((p) => p.kind === "item");
  if (inline && lastItem) {
    const stop = lastItem.text.indexOf("。");
    if (stop !== -1 && stop < lastItem.text.length - 1) {
      trailer.unshift(lastItem.text.slice(stop + 1).trim());
      lastItem.text = lastItem.text.slice(0, stop + 1);
    }
  }
  const parentText = [...intro, ...trailer].filter((t) => t.trim() !== "").join("\n");
  return [{ kind: "parent", label: "", text: parentText }, ...rest];
}
