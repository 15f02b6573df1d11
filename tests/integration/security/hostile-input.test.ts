// Issue 17 finding 4, reproduced exactly: crafted input that used to answer 500 now answers 2xx or 4xx.
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import { GET as measuresRoute } from "~/app/api/v1/measures/route";
import { GET as searchRoute } from "~/app/api/v1/search/route";
import { GET as unitRoute } from "~/app/api/v1/documents/[slug]/units/[locator]/route";
import { callerFor, makeViewer, setupDatabase, unique } from "../../helpers/factories";

beforeAll(setupDatabase);

async function errorOf(call: Promise<unknown>) {
  return call.then(
    () => null,
    (e: unknown) => e as TRPCError,
  );
}

describe("prototype names as search words", () => {
  it.each(["constructor", "__proto__", "prototype", "toString"])("q=%s searches like any word", async (q) => {
    const anon = callerFor(null);
    await expect(anon.documents.search({ q })).resolves.toMatchObject({ page: 1 });
    await expect(anon.measures.list({ q })).resolves.toMatchObject({ page: 1 });
    await expect(anon.actions.list({ q })).resolves.toMatchObject({ page: 1 });
    expect((await searchRoute(new Request(`http://app.test/api/v1/search?q=${q}`))).status).toBe(200);
    expect((await measuresRoute(new Request(`http://app.test/api/v1/measures?q=${q}`))).status).toBe(200);
  });
});

describe("'mine' without a caller", () => {
  it("is the empty set for an anonymous caller, not a 500 and not everyone's actions", async () => {
    const page = await callerFor(null).actions.list({ mine: true });
    expect(page).toMatchObject({ items: [], total: 0 });
  });
});

describe("text PostgreSQL cannot hold", () => {
  it.each([
    ["a NUL byte", "45\u0000(a)"],
    ["a lone high surrogate", "45\ud800"],
    ["a lone low surrogate", "\udc0045"],
  ])("%s in a unit locator is a 400 naming the field", async (_what, locator) => {
    const error = await errorOf(callerFor(null).documents.unit({ slug: "a-72-884", locator }));
    expect(error).toBeInstanceOf(TRPCError);
    expect(error!.code).toBe("BAD_REQUEST");
    expect((error!.cause as ZodError).issues).toMatchObject([{ path: ["locator"], message: "validation.unsafeText" }]);
  });

  it("is refused on every procedure, before its own validation (nested fields too)", async () => {
    const member = await makeViewer("member");
    const error = await errorOf(
      callerFor(member).records.importDryRun({ type: "commitment", csv: "country\nKEN\u0000" }),
    );
    expect(error?.code).toBe("BAD_REQUEST");
    expect((error!.cause as ZodError).issues).toMatchObject([{ path: ["csv"] }]);
  });

  it("is a 400 naming the parameter on /api/v1", async () => {
    const unit = await unitRoute(new Request("http://app.test/api/v1/documents/a-72-884/units/45%00"), {
      params: Promise.resolve({ slug: "a-72-884", locator: "45\u0000" }),
    });
    expect(unit.status).toBe(400);
    expect(await unit.json()).toMatchObject({ fieldErrors: { locator: [expect.stringMatching(/cannot be stored/)] } });
    const search = await searchRoute(new Request("http://app.test/api/v1/search?q=a%00b"));
    expect(search.status).toBe(400);
    expect(await search.json()).toMatchObject({ fieldErrors: { q: [expect.any(String)] } });
  });
});

describe("values the database would refuse", () => {
  it("an organisation in a country that does not exist is a 400 on the field", async () => {
    const admin = await makeViewer("admin");
    const error = await errorOf(
      callerFor(admin).organizations.create({ name: { en: "Nowhere" }, slug: unique("nowhere"), countryIso3: "NUD" }),
    );
    expect(error?.code).toBe("BAD_REQUEST");
    expect(error!.cause).toMatchObject({ fields: { countryIso3: "validation.unknownCountry" } });
  });
});

describe("names that point at nothing", () => {
  it("a role change into an unknown country or organisation is a 400", async () => {
    const admin = await makeViewer("admin");
    const person = await makeViewer("member");
    const api = callerFor(admin);
    const country = await errorOf(api.users.changeRole({ userId: person.id, role: "parliamentarian", countryIso3: "TWW" }));
    expect(country?.code).toBe("BAD_REQUEST");
    const org = await errorOf(api.users.changeRole({ userId: person.id, role: "member", organizationId: crypto.randomUUID() }));
    expect(org?.code).toBe("BAD_REQUEST");
  });

  it("a version past the integer range is refused by validation", async () => {
    const member = await makeViewer("member");
    const error = await errorOf(
      callerFor(member).account.updatePreferences({ name: "Big", locale: "en", version: Number.MAX_SAFE_INTEGER }),
    );
    expect(error?.code).toBe("BAD_REQUEST");
    expect(error?.cause?.name).toBe("ZodError");
  });
});
