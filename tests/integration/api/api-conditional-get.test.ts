// The public API's answers carry an ETag; a client that sends it back gets a bodyless 304, and a
// changed answer gets a new tag. (Outside a Next server there is no cache store: each call computes.)
import { beforeAll, describe, expect, it } from "vitest";
import { GET as countries } from "~/app/api/v1/countries/route";
import { GET as measure } from "~/app/api/v1/measures/[slug]/route";
import { setupDatabase } from "../../helpers/factories";

beforeAll(setupDatabase);

const list = (query: string, headers: Record<string, string> = {}) =>
  countries(new Request(`http://app.test/api/v1/countries${query}`, { headers }));

describe("conditional GET on the public API", () => {
  it("sends an ETag and a revalidate-every-time Cache-Control with the JSON", async () => {
    const res = await list("?pageSize=5");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("etag")).toMatch(/^W\/"[\w-]{27}"$/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect((await res.json()).items).toHaveLength(5);
  });

  it("answers 304 without a body to the same tag, weak or strong, alone or in a list", async () => {
    const etag = (await list("?pageSize=5")).headers.get("etag")!;
    for (const header of [etag, etag.slice(2), `"nope", ${etag}`, "*"]) {
      const res = await list("?pageSize=5", { "if-none-match": header });
      expect(res.status).toBe(304);
      expect(res.headers.get("etag")).toBe(etag);
      expect(await res.text()).toBe("");
    }
  });

  it("gives another answer another tag, and a stale tag the full answer", async () => {
    const five = (await list("?pageSize=5")).headers.get("etag")!;
    const six = await list("?pageSize=6", { "if-none-match": five });
    expect(six.status).toBe(200);
    expect(six.headers.get("etag")).not.toBe(five);
    expect((await six.json()).items).toHaveLength(6);
  });

  it("never stores or tags errors: a bad query is a 400, an unknown measure a 404", async () => {
    const bad = await list("?pageSize=-1");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("etag")).toBeNull();
    const missing = await measure(new Request("http://app.test/api/v1/measures/no-such-measure"), {
      params: Promise.resolve({ slug: "no-such-measure" }),
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
  });
});
