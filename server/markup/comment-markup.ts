// The small, safe markup of comments, parsed into plain segments that React renders as elements:
// **bold**, _italic_, http(s) links, line breaks and @mentions stored as `@[Name](user-id)`.
// Nothing here ever becomes HTML, so there is nothing to escape. Pure: the server reads mentions
// with it, the comment component renders with it.

export type Segment =
  | { type: "text"; text: string }
  | { type: "bold"; text: string }
  | { type: "italic"; text: string }
  | { type: "link"; text: string; href: string }
  | { type: "mention"; text: string; userId: string };

export const COMMENT_MAX_LENGTH = 5000;
/** The mention picker answers an empty query or one of at least this many characters (list-comments.ts). */
export const MENTIONABLE_MIN_QUERY = 2;

const MENTION = /@\[([^\]\n]{1,100})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;
const TOKEN =
  /@\[([^\]\n]{1,100})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)|\*\*([^*\n]+)\*\*|(?<![\p{L}\p{N}_])_([^_\n]+)_(?![\p{L}\p{N}_])|(https?:\/\/[^\s<>"]+)/giu;

/** The mention token the picker inserts. Brackets in names would end the token early: dropped. */
export function mentionToken(name: string, userId: string) {
  return `@[${name.replace(/[[\]\n]/g, "").slice(0, 100)}](${userId})`;
}

/** The people a body mentions, each once, in order. */
export function mentionedUserIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((m) => m[2]!.toLowerCase()))];
}

/** Trailing punctuation belongs to the sentence, not to the link. */
function splitLink(raw: string): [string, string] {
  const m = raw.match(/[.,;:!?)\]}'’”]+$/);
  return m ? [raw.slice(0, -m[0].length), m[0]] : [raw, ""];
}

function parseLine(line: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  const push = (s: Segment) => {
    const prev = out[out.length - 1];
    if (s.type === "text" && prev?.type === "text") prev.text += s.text;
    else if (s.type !== "text" || s.text) out.push(s);
  };
  for (const m of line.matchAll(TOKEN)) {
    push({ type: "text", text: line.slice(last, m.index) });
    last = m.index + m[0].length;
    if (m[2]) push({ type: "mention", text: m[1]!, userId: m[2].toLowerCase() });
    else if (m[3]) push({ type: "bold", text: m[3] });
    else if (m[4]) push({ type: "italic", text: m[4] });
    else if (m[5]) {
      const [href, rest] = splitLink(m[5]);
      if (href.length > "https://".length) push({ type: "link", text: href, href });
      else push({ type: "text", text: href });
      push({ type: "text", text: rest });
    }
  }
  push({ type: "text", text: line.slice(last) });
  return out;
}

/** One array of segments per line. */
export function parseCommentBody(body: string): Segment[][] {
  return body.replace(/\r\n?/g, "\n").split("\n").map(parseLine);
}
