// Embeddable cards and oEmbed (issue 15): script-free HTML for a country's scorecard and a
// measure's map, in both languages; /api/oembed answers for our country and measure pages only.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as oembedRoute } from "~/app/api/oembed/route";
import { GET as countryEmbed } from "~/app/embed/[locale]/countries/[iso3]/route";
import { GET as measureEmbed } from "~/app/embed/[locale]/measures/[slug]/route";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { freshCountry } from "../../helpers/progress";
import { recordInput } from "../../helpers/records";

const ISO3 = "SEN";
const MEASURE = "ratify-rome-statute";

const country = (locale: string, iso3: string) => countryEmbed(new Request("http://app.test/embed"), { params: Promise.resolve({ locale, iso3 }) });
const measure = (locale: string, slug: string) => measureEmbed(new Request("http://app.test/embed"), { params: Promise.resolve({ locale, slug }) });
const oembed = (query: string) => oembedRoute(new Request(`http://app.test/api/oembed?${query}`));

beforeAll(async () => {
  await setupDatabase();
  await freshCountry(ISO3);
  const staff = callerFor(await makeViewer("secretariat"));
  await staff.records.create(await recordInput(null, { countryIso3: ISO3, type: "commitment", status: "fulfilled", measures: [MEASURE] }));
});

describe("embeds", () => {
  it("a country's scorecard: its score and key measures, no script, a link back", async () => {
    const res = await country("en", ISO3);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("Senegal");
    expect(html).toMatch(/data-testid="embed-score">\d+%</);
    expect(html).toContain('href="http://app.test/en/countries/SEN" target="_blank"');
    expect(html).toContain("Key measures");
    const zh = await (await country("zh", ISO3)).text();
    expect(zh).toContain('lang="zh-CN"');
    expect(zh).toContain("塞内加尔");
    expect(zh).toContain("关键措施");
    // Every interface language has cards; Arabic ones are right to left.
    const ar = await country("ar", ISO3);
    expect(ar.status).toBe(200);
    expect(await ar.text()).toContain('<html lang="ar" dir="rtl">');
  });

  it("a measure's map of countries by status, with a legend that counts", async () => {
    const res = await measure("en", MEASURE);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("<svg");
    expect(html).toContain("<title>Senegal: Implemented</title>");
    expect(html).toMatch(/Implemented <strong>\d+<\/strong>/);
  });

  it("404s what cannot be embedded, hostile parameters included", async () => {
    expect((await country("de", ISO3)).status).toBe(404);
    expect((await country("en", "XXX")).status).toBe(404);
    expect((await country("en", "<script>")).status).toBe(404);
    expect((await measure("en", "no-such-measure")).status).toBe(404);
    expect((await measure("en", "__proto__")).status).toBe(404);
  });
});

describe("oEmbed", () => {
  it("answers a rich embed for a country page, within the size asked for", async () => {
    const res = await oembed(`url=${encodeURIComponent("http://app.test/en/countries/SEN")}&maxwidth=300`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ version: "1.0", type: "rich", provider_url: "http://app.test", width: 300, title: "Senegal: Responsibility to Protect scorecard" });
    expect(body.html).toContain('<iframe src="http://app.test/embed/en/countries/SEN"');
    expect(body.html).toContain('width="300"');
  });

  it("answers for a measure page in Chinese", async () => {
    const body = (await (await oembed(`url=${encodeURIComponent(`http://app.test/zh/measures/${MEASURE}`)}`)).json()) as { html: string; title: string };
    expect(body.html).toContain(`/embed/zh/measures/${MEASURE}`);
    expect(body.title).toContain("各国状态");
  });

  it("refuses other sites, other pages, unknown subjects, XML and a missing url", async () => {
    expect((await oembed(`url=${encodeURIComponent("https://evil.example/en/countries/SEN")}`)).status).toBe(404);
    expect((await oembed(`url=${encodeURIComponent("http://app.test/en/records")}`)).status).toBe(404);
    expect((await oembed(`url=${encodeURIComponent("http://app.test/en/countries/XXX")}`)).status).toBe(404);
    expect((await oembed(`url=not%20a%20url`)).status).toBe(404);
    expect((await oembed(`url=${encodeURIComponent("http://app.test/en/countries/SEN")}&format=xml`)).status).toBe(501);
    const missing = await oembed("");
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.url).toBeDefined();
  });
});
