// Atom feeds (RFC 4287, issue 15): site-wide, per country and per measure. Each parses as Atom with
// the required elements, lists only what is published or public, and keeps its ids across rebuilds.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as countryFeed } from "~/app/[locale]/countries/[iso3]/feed.xml/route";
import { GET as siteFeed } from "~/app/[locale]/feed.xml/route";
import { GET as measureFeed } from "~/app/[locale]/measures/[slug]/feed.xml/route";
import { makeAction } from "../../helpers/actions";
import { callerFor, makeViewer, setupDatabase, unique } from "../../helpers/factories";
import { freshCountry } from "../../helpers/progress";
import { makeRecord, recordInput } from "../../helpers/records";

const ISO3 = "FIN";
const MEASURE = "ratify-rome-statute";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "category"].includes(name) });

interface Text {
  "#text"?: string;
  "@type": string;
}
interface Entry {
  id: string;
  title: Text;
  updated: string;
  published: string;
  link: { "@rel": string; "@href": string }[];
  summary: Text;
}
interface Feed {
  id: string;
  title: Text;
  updated: string;
  author: { name: string };
  link: { "@rel": string; "@href": string }[];
  entry?: Entry[];
  "@xmlns": string;
  "@xml:lang": string;
}

async function read(res: Response): Promise<Feed> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const xml = await res.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as { feed: Feed }).feed;
}

const site = (locale: string, headers?: HeadersInit) => siteFeed(new Request(`http://app.test/${locale}/feed.xml`, { headers }), { params: Promise.resolve({ locale }) });
const country = (locale: string, iso3: string) =>
  countryFeed(new Request(`http://app.test/${locale}/countries/${iso3}/feed.xml`), { params: Promise.resolve({ locale, iso3 }) });
const measure = (locale: string, slug: string) =>
  measureFeed(new Request(`http://app.test/${locale}/measures/${slug}/feed.xml`), { params: Promise.resolve({ locale, slug }) });

/** RFC 4287 §4.1.1–4.1.2: what a feed and each entry must carry. */
function expectAtom(feed: Feed) {
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(feed.id).toMatch(/^http:\/\/app\.test\//);
  expect(feed.title["#text"]).toBeTruthy();
  expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  expect(feed.author.name).toBeTruthy();
  expect(feed.link.find((l) => l["@rel"] === "self")!["@href"]).toBe(feed.id);
  expect(feed.link.some((l) => l["@rel"] === "alternate")).toBe(true);
  for (const e of feed.entry ?? []) {
    expect(e.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(e.title["#text"]).toBeTruthy();
    expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
    expect(e.link[0]!["@rel"]).toBe("alternate");
    expect(e.summary["#text"]).toBeTruthy();
  }
}

let publishedTitle: string;
let draftTitle: string;
let coalitionTitle: string;
let publicTitle: string;

beforeAll(async () => {
  await setupDatabase();
  await freshCountry(ISO3);
  const staff = callerFor(await makeViewer("secretariat"));
  publishedTitle = unique("Finland <ratifies> & commits");
  await staff.records.create(await recordInput(null, { countryIso3: ISO3, type: "commitment", status: "announced", measures: [MEASURE], titleEn: publishedTitle, titleZh: "芬兰承诺" }));
  draftTitle = unique("Draft");
  await makeRecord({ overrides: { countryIso3: ISO3, titleEn: draftTitle, measures: [MEASURE] } });
  const member = await makeViewer("member");
  publicTitle = unique("Public briefing");
  coalitionTitle = unique("Coalition meeting");
  await makeAction({ author: member, overrides: { visibility: "public", title: publicTitle, countries: [ISO3] } });
  await makeAction({ author: member, overrides: { visibility: "coalition", title: coalitionTitle, countries: [ISO3] } });
});

describe("Atom feeds", () => {
  it("site-wide: valid Atom with the newest publications, nothing private", async () => {
    const feed = await read(await site("en"));
    expectAtom(feed);
    expect(feed.id).toBe("http://app.test/en/feed.xml");
    const titles = (feed.entry ?? []).map((e) => e.title["#text"]);
    expect(titles).toContain(publishedTitle);
    expect(titles).toContain(publicTitle);
    expect(titles).not.toContain(draftTitle);
    expect(titles).not.toContain(coalitionTitle);
  });

  it("per country, in the reader's language, linking to the record", async () => {
    const en = await read(await country("en", ISO3));
    expectAtom(en);
    expect(en.title["#text"]).toBe("Finland: newly published on R2P Tracker");
    const entry = en.entry!.find((e) => e.title["#text"] === publishedTitle)!;
    expect(entry.link[0]!["@href"]).toMatch(/^http:\/\/app\.test\/en\/records\/[0-9a-f-]{36}$/);
    expect(entry.summary["#text"]).toContain("Government commitment · Finland");
    const zh = await read(await country("zh", ISO3));
    expect(zh["@xml:lang"]).toBe("zh-Hans");
    expect(zh.title["#text"]).toContain("芬兰");
    expect(zh.entry!.map((e) => e.title["#text"])).toContain("芬兰承诺");
    expect(zh.entry!.map((e) => e.id).sort()).toEqual(en.entry!.map((e) => e.id).sort());
    const other = await read(await country("en", "ISL"));
    expect((other.entry ?? []).map((e) => e.title["#text"])).not.toContain(publishedTitle);
  });

  it("per measure", async () => {
    const feed = await read(await measure("en", MEASURE));
    expectAtom(feed);
    expect(feed.entry!.map((e) => e.title["#text"])).toContain(publishedTitle);
    expect(feed.entry!.map((e) => e.title["#text"])).not.toContain(draftTitle);
  });

  it("keeps its ids across rebuilds and answers 304 while unchanged", async () => {
    const first = await site("en");
    const etag = first.headers.get("etag")!;
    const before = await read(first);
    expect((await site("en", { "if-none-match": etag })).status).toBe(304);
    const staff = callerFor(await makeViewer("secretariat"));
    const later = unique("Later");
    await staff.records.create(await recordInput(null, { countryIso3: ISO3, type: "parliamentary_action", titleEn: later, measures: [] }));
    const after = await read(await site("en", { "if-none-match": etag }));
    expect(after.id).toBe(before.id);
    expect(after.entry!.map((e) => e.title["#text"])).toContain(later);
    const ids = new Map(after.entry!.map((e) => [e.title["#text"], e.id]));
    for (const e of before.entry!.slice(0, 10)) expect(ids.get(e.title["#text"]), e.title["#text"]).toBe(e.id);
  });

  it("answers 404 for what cannot be: an unknown locale, country or measure, hostile parameters", async () => {
    expect((await site("de")).status).toBe(404);
    expect((await site("fr")).status).toBe(200);
    expect((await country("en", "XXX")).status).toBe(404);
    expect((await country("en", "fin")).status).toBe(404);
    expect((await measure("en", "no-such-measure")).status).toBe(404);
    expect((await measure("en", "__proto__")).status).toBe(404);
    expect((await measure("en", "a\u0000b")).status).toBe(404);
  });
});
