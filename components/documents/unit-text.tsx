// A unit's text with its citations turned into links to the cited paragraphs, block by block.
import { Link } from "~/components/ui/page-link";

export interface TextCitation {
  raw: string;
  symbol: string;
  target: { slug: string; locators: string[] } | null;
}

type Piece = string | { text: string; href: string; title: string };

/** The link to a cited paragraph (`locator` undefined: to the document); the reader's own parts resolve it. */
export type ParagraphHref = (slug: string, locator: string | undefined) => string;

const canonicalHref: ParagraphHref = (slug, locator) => `/documents/${slug}${locator ? `#p-${locator}` : ""}`;

function linkify(block: string, citations: TextCitation[], paragraphHref: ParagraphHref): Piece[] {
  let pieces: Piece[] = [block];
  for (const c of citations) {
    if (!c.target) continue;
    const href = paragraphHref(c.target.slug, c.target.locators[0]);
    pieces = pieces.flatMap((p) => {
      if (typeof p !== "string") return [p];
      const at = p.indexOf(c.raw);
      if (at < 0) return [p];
      return [p.slice(0, at), { text: c.raw, href, title: c.symbol }, p.slice(at + c.raw.length)];
    });
  }
  return pieces.filter((p) => p !== "");
}

export function UnitText({
  text,
  citations,
  className,
  href = canonicalHref,
}: {
  text: string;
  citations: TextCitation[];
  className?: string;
  href?: ParagraphHref;
}) {
  return (
    <>
      {text.split("\n").map((block, i) => (
        <p key={i} className={className}>
          {linkify(block, citations, href).map((p, j) =>
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
