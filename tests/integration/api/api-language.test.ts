// The public API answers in the request's language (issue 18 part 7, decision 030), and the seeded
// states carry the UN's names in the six languages (part 5).
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as countryRoute } from "~/app/api/v1/countries/[iso3]/route";
import { GET as countriesRoute } from "~/app/api/v1/countries/route";
import { GET as regionalOrganizationRoute } from "~/app/api/v1/regional-organizations/[id]/route";
import { GET as openapi } from "~/app/api/v1/openapi.json/route";
import { db } from "~/db/client";
import { country, regionalOrganization } from "~/db/schema";
import { setupDatabase } from "../../helpers/factories";

beforeAll(async () => {
  await setupDatabase();
});

const profile = (iso3: string, query = "", headers: HeadersInit = {}) =>
  countryRoute(new Request(`http://app.test/api/v1/countries/${iso3}${query}`, { headers }), { params: Promise.resolve({ iso3 }) });

describe("seeded reference names", () => {
  it("carry the UN's names in the six languages", async () => {
    const rows = await db.select().from(country).where(inArray(country.iso3, ["KOR", "USA"]));
    const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
    expect(byIso3.get("KOR")?.name).toEqual({
      ar: "جمهورية كوريا",
      zh: "大韩民国",
      en: "Republic of Korea",
      fr: "République de Corée",
      ru: "Республика Корея",
      es: "República de Corea",
    });
    expect(byIso3.get("USA")?.name.zh).toBe("美利坚合众国");
    expect(byIso3.get("KOR")?.subregionName).toMatchObject({ zh: "东亚", fr: "Asie orientale" });
    const [au] = await db.select().from(regionalOrganization).where(eq(regionalOrganization.slug, "au"));
    expect(au?.name).toMatchObject({ fr: "Union africaine", es: "Unión Africana", ar: "الاتحاد الأفريقي" });
    expect(au?.acronym).toMatchObject({ zh: "非盟", en: "AU", fr: "UA" });
  });
});

describe("GET /api/v1/countries/{iso3} in the request's language", () => {
  it("names the state in Chinese or French by ?lang=", async () => {
    const zh = await profile("KOR", "?lang=zh");
    expect(zh.status).toBe(200);
    expect(zh.headers.get("content-language")).toBe("zh");
    expect(zh.headers.get("vary")).toContain("Accept-Language");
    expect(await zh.json()).toMatchObject({ iso3: "KOR", name: { zh: "大韩民国" }, regionName: { zh: "亚洲" } });

    const fr = await profile("KOR", "?lang=fr");
    const body = await fr.json();
    expect(body).toMatchObject({ name: { fr: "République de Corée" }, regionName: { fr: "Asie" } });
    expect(Object.keys(body.name)).toEqual(["fr"]);
    expect(fr.headers.get("etag")).not.toBe(zh.headers.get("etag"));
  });

  it("negotiates Accept-Language when there is no ?lang=, and ?lang= wins over it", async () => {
    const ru = await profile("USA", "", { "Accept-Language": "de-DE, ru;q=0.8, en;q=0.5" });
    expect(ru.headers.get("content-language")).toBe("ru");
    expect((await ru.json()).name).toEqual({ ru: "Соединенные Штаты Америки" });

    const zh = await profile("USA", "?lang=zh", { "Accept-Language": "ru" });
    expect((await zh.json()).name).toEqual({ zh: "美利坚合众国" });
  });

  it("answers in English when the request says nothing", async () => {
    const res = await profile("USA");
    expect(res.headers.get("content-language")).toBe("en");
    expect((await res.json()).name).toEqual({ en: "United States of America" });
  });

  it("refuses a language it does not answer in, saying so in the caller's language", async () => {
    const res = await profile("KOR", "?lang=de");
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({ error: "VALIDATION", fieldErrors: { lang: [expect.stringContaining("ar, zh, en, fr, ru, es")] } });
    const fr = await (await profile("KOR", "?lang=xx", { "Accept-Language": "fr" })).json();
    expect(fr.message).toContain("Utilisez");
  });

  it("does not serve one language's cached answer to another (a 304 only for the same language)", async () => {
    const fr = await profile("KOR", "?lang=fr");
    const etag = fr.headers.get("etag")!;
    expect((await profile("KOR", "?lang=fr", { "If-None-Match": etag })).status).toBe(304);
    const zh = await profile("KOR", "?lang=zh", { "If-None-Match": etag });
    expect(zh.status).toBe(200);
    expect((await zh.json()).name).toEqual({ zh: "大韩民国" });
  });
});

describe("GET /api/v1/countries in the request's language", () => {
  it("finds a state by its name in any language and names it in the requested one", async () => {
    const res = await countriesRoute(new Request("http://app.test/api/v1/countries?q=Cor%C3%A9e&lang=es&pageSize=50"));
    expect(res.status).toBe(200);
    const body = await res.json();
    const kor = body.items.find((c: { iso3: string }) => c.iso3 === "KOR");
    expect(kor).toMatchObject({ name: { es: "República de Corea" }, subregionName: { es: "Asia oriental" } });
  });

  it("answers zh and fr names of the same state", async () => {
    const names = async (lang: string) => {
      const body = await (await countriesRoute(new Request(`http://app.test/api/v1/countries?group=weog&pageSize=100&lang=${lang}`))).json();
      return body.items.find((c: { iso3: string }) => c.iso3 === "USA").name;
    };
    expect(await names("zh")).toEqual({ zh: "美利坚合众国" });
    expect(await names("fr")).toEqual({ fr: "États-Unis d’Amérique" });
  });
});

describe("GET /api/v1/regional-organizations/{id} in the request's language", () => {
  it("names the organisation and its members in Spanish", async () => {
    const res = await regionalOrganizationRoute(new Request("http://app.test/api/v1/regional-organizations/au?lang=es"), {
      params: Promise.resolve({ id: "au" }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-language")).toBe("es");
    const body = await res.json();
    expect(body).toMatchObject({ acronym: { es: "UA" }, name: { es: "Unión Africana" } });
    expect(body.members.find((m: { iso3: string }) => m.iso3 === "CIV").name).toEqual({ es: "Côte d’Ivoire" });
  });
});

describe("the OpenAPI document", () => {
  it("documents the lang parameter on the localized endpoints only", async () => {
    const doc = await (await openapi()).json();
    const params = (path: string) => doc.paths[path].get.parameters.map((p: { name: string }) => p.name);
    expect(params("/countries/{iso3}")).toContain("lang");
    expect(params("/countries")).toContain("lang");
    expect(params("/health")).not.toContain("lang");
    const lang = doc.paths["/countries"].get.parameters.find((p: { name: string }) => p.name === "lang");
    expect(lang.schema.enum).toEqual(["ar", "zh", "en", "fr", "ru", "es"]);
  });
});
