// An Atom 1.0 document (RFC 4287) from a feed's parts. Ids are URNs of the records' own UUIDs
// (entries) and the feed's canonical address (the feed), so they never change between rebuilds.
import { XMLBuilder } from "fast-xml-parser";

export interface AtomEntry {
  id: string;
  title: string;
  summary: string;
  link: string;
  published: Date;
  updated: Date;
  categories: string[];
}

export interface AtomFeed {
  /** The feed's own address: its id and rel="self". */
  self: string;
  /** The page the feed belongs to: rel="alternate". */
  alternate: string;
  title: string;
  subtitle: string;
  author: string;
  lang: string;
  updated: Date;
  entries: AtomEntry[];
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@", format: true, suppressEmptyNode: true });

/** XML 1.0 cannot carry most control characters at all, escaped or not. */
const xmlSafe = (value: string) => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");

export function atomXml(feed: AtomFeed): string {
  const text = (value: string) => ({ "@type": "text", "#text": xmlSafe(value) });
  const body = {
    "?xml": { "@version": "1.0", "@encoding": "utf-8" },
    feed: {
      "@xmlns": "http://www.w3.org/2005/Atom",
      "@xml:lang": feed.lang,
      id: feed.self,
      title: text(feed.title),
      subtitle: text(feed.subtitle),
      updated: feed.updated.toISOString(),
      link: [
        { "@rel": "self", "@type": "application/atom+xml", "@href": feed.self },
        { "@rel": "alternate", "@type": "text/html", "@href": feed.alternate },
      ],
      author: { name: feed.author },
      generator: "R2P Tracker",
      entry: feed.entries.map((e) => ({
        id: e.id,
        title: text(e.title),
        link: { "@rel": "alternate", "@type": "text/html", "@href": e.link },
        published: e.published.toISOString(),
        updated: e.updated.toISOString(),
        category: e.categories.map((term) => ({ "@term": term })),
        summary: text(e.summary),
      })),
    },
  };
  return builder.build(body) as string;
}
