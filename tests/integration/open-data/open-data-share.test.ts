// Share cards (issue 15): each country's and measure's image is a real 1200×630 PNG in the page's
// language (Chinese drawn with the packaged Noto Sans SC, so no system font is needed).
import { beforeAll, describe, expect, it } from "vitest";
import CountryImage, { generateImageMetadata as countryImageMetadata } from "~/app/[locale]/countries/[iso3]/opengraph-image";
import MeasureImage from "~/app/[locale]/measures/[slug]/opengraph-image";
import { shareFontsFor } from "~/server/print/share-fonts";
import { setupDatabase } from "../../helpers/factories";

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Uint8Array) {
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

beforeAll(async () => {
  await setupDatabase();
});

describe("share images", () => {
  it("draws a country's card as a PNG, in English and in Chinese", async () => {
    for (const locale of ["en", "zh"]) {
      const res = await CountryImage({ params: Promise.resolve({ locale, iso3: "KEN" }) });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      const png = new Uint8Array(await res.arrayBuffer());
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.byteLength).toBeGreaterThan(10_000);
    }
    const [meta] = await countryImageMetadata({ params: Promise.resolve({ locale: "zh", iso3: "KEN" }) });
    expect(meta!.alt).toContain("肯尼亚");
  });

  it("draws a measure's card", async () => {
    const res = await MeasureImage({ params: Promise.resolve({ locale: "zh", slug: "ratify-rome-statute" }) });
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });

  it("answers 404 for what does not exist", async () => {
    expect((await CountryImage({ params: Promise.resolve({ locale: "en", iso3: "XXX" }) })).status).toBe(404);
    expect((await MeasureImage({ params: Promise.resolve({ locale: "en", slug: "__proto__" }) })).status).toBe(404);
  });

  it("loads only the font subsets a text needs, Chinese included", () => {
    const latin = shareFontsFor("Kenya 42%").fonts;
    const chinese = shareFontsFor("肯尼亚 总体得分").fonts;
    expect(latin.length).toBeGreaterThan(0);
    expect(chinese.length).toBeGreaterThan(latin.length);
    expect(chinese.length).toBeLessThan(40);
  });
});
