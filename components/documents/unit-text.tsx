// A unit's text with its citations turned into links to the cited paragraphs, block by block.
import { Link } from "~/components/ui/page-link";

export interface TextCitation {
  raw: string;
  symbol: string;
  target: { slug: string; locators: string[] } | null;
}

type Piece = string | { text: string; href: string; title: string };

function linkify(block: string, citations: TextCitation[]): Piece[] {
  let pieces: Piece[] = [block];
  for (const c of citations) {
    if (!c.target) continue;
    const first = c.target.locators[0];
    const href = `/documents/${c.target.slug}${first ? `#p-${first}` : ""}`;
    pieces = pieces.flatMap((p) => {
      if (typeof p !== "string") return [p];
      const at = p.indexOf(c.raw);
      if (at < 0) return [p];
      return [p.slice(0, at), { text: c.raw, href, title: c.symbol }, p.slice(at + c.raw.length)];
    });
  }
  return pieces.filter((p) => p !== "");
}

export function UnitText({ text, citations, className }: { text: string; citations: TextCitation[]; className?: string }) {
  return (
    <>
      {text.split("\n").map((block, i) => (
        <p key={i} className={className}>
          {linkify(block, citations).map((p, j) =>
            typeof p === "string" ? (
              p
            ) : (
              <Link key={j} href={p.href} title={p.title} className="underline decoration-dotted">
                {p.text}
              </Link>
            ),
          )}
        </p>
      ))}
    </>
  );
}
