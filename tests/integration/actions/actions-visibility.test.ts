// Decision 008 in every path this feature owns: an organisation's private action never reaches
// anyone outside it — list, detail, search, CSV/JSON export, the public API, its attachment's
// download and the feed's tags. Coalition actions reach coalition members, never the public.
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as publicActions } from "~/app/api/v1/actions/route";
import { GET as publicSearch } from "~/app/api/v1/search/route";
import { db } from "~/db/client";
import { activity } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { exportActions } from "~/server/services/advocacy/export-actions";
import { readEvidenceFile } from "~/server/services/uploads/evidence-files";
import { callerFor, makeViewer, makeOrganization, setupDatabase, unique } from "../../helpers/factories";
import { actionInput } from "../../helpers/actions";

beforeAll(setupDatabase);

const pdf = Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64");
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : ((e as { code?: string }).code ?? String(e))),
  );

interface Fixture {
  word: string;
  ids: Record<"organization" | "coalition" | "public", string>;
  fileOf: Record<"organization" | "coalition" | "public", string>;
  author: Viewer;
  colleague: Viewer;
  viewers: Record<"otherMember" | "secretariat" | "staffOfOtherOrg" | "parliamentarian", Viewer>;
}

let f: Fixture;

beforeAll(async () => {
  // A word only these actions carry, in Latin letters and in Chinese bigrams.
  const word = unique("zeta").replace("-", "");
  const author = await makeViewer("member");
  const colleague = await makeViewer("member", { organizationId: author.organizationId! });
  const ids = {} as Fixture["ids"];
  const fileOf = {} as Fixture["fileOf"];
  for (const visibility of ["organization", "coalition", "public"] as const) {
    const file = await callerFor(author).records.uploadEvidence({
      fileName: `${visibility}.pdf`,
      contentBase64: pdf,
    });
    const row = await callerFor(author).actions.create(
      await actionInput({
        visibility,
        title: `${word} ${visibility} 暴行预防会议`,
        countries: ["NZL"],
        attachments: [{ kind: "file", uploadId: file.id, label: "" }],
      }),
    );
    ids[visibility] = row.id;
    fileOf[visibility] = file.id;
  }
  f = {
    word,
    ids,
    fileOf,
    author,
    colleague,
    viewers: {
      otherMember: await makeViewer("member"),
      secretariat: await makeViewer("secretariat"),
      staffOfOtherOrg: await makeViewer("secretariat", { organizationId: (await makeOrganization()).id }),
      parliamentarian: await makeViewer("parliamentarian", { countryIso3: "NZL" }),
    },
  };
});

type Visibility = keyof Fixture["ids"];
const insiders = () => [f.author, f.colleague];
const coalitionOutsiders = () => [f.viewers.otherMember, f.viewers.secretariat, f.viewers.staffOfOtherOrg];
const publicOnly = () => [null, f.viewers.parliamentarian];

/** Which of the three actions each kind of viewer should reach. */
function expected(viewer: Viewer | null): Visibility[] {
  if (viewer && insiders().some((i) => i.id === viewer.id)) return ["organization", "coalition", "public"];
  if (viewer && coalitionOutsiders().some((o) => o.id === viewer.id)) return ["coalition", "public"];
  return ["public"];
}

const allViewers = () => [...insiders(), ...coalitionOutsiders(), ...publicOnly()];
const label = (v: Viewer | null) => (v ? `${v.role}:${v.id.slice(0, 4)}` : "anonymous");
const seen = (found: string[]) =>
  (Object.keys(f.ids) as Visibility[]).filter((k) => found.includes(f.ids[k])).sort();

describe("action visibility", () => {
  it("holds in the list", async () => {
    for (const viewer of allViewers()) {
      const page = await callerFor(viewer).actions.list({ q: f.word, pageSize: 100 });
      expect(seen(page.items.map((i) => i.id)), label(viewer)).toEqual(expected(viewer).sort());
      expect(page.total, label(viewer)).toBe(expected(viewer).length);
      // The country filter and an explicit visibility filter cannot widen it.
      const private_ = await callerFor(viewer).actions.list({
        country: "NZL",
        visibility: "organization",
        pageSize: 500,
      });
      expect(private_.items.map((i) => i.id).includes(f.ids.organization), label(viewer)).toBe(
        expected(viewer).includes("organization"),
      );
    }
  });

  it("holds in the detail: not found, not forbidden", async () => {
    for (const viewer of allViewers()) {
      for (const k of Object.keys(f.ids) as Visibility[]) {
        const code = await codeOf(callerFor(viewer).actions.get({ id: f.ids[k] }));
        expect(code, `${label(viewer)} ${k}`).toBe(expected(viewer).includes(k) ? "OK" : "NOT_FOUND");
      }
    }
  });

  it("holds in the search box and the public search API", async () => {
    for (const viewer of allViewers()) {
      for (const q of [f.word, "暴行预防会议"]) {
        const r = await callerFor(viewer).documents.search({ q, pageSize: 500 });
        const found = r.items.filter((i) => i.type === "action").map((i) => i.slug);
        const mine = seen(found);
        expect(mine, `${label(viewer)} ${q}`).toEqual(expected(viewer).sort());
      }
    }
    const res = await publicSearch(new Request(`http://app.test/api/v1/search?q=${f.word}`));
    const body = (await res.json()) as { items: { type: string; slug: string }[] };
    expect(seen(body.items.filter((i) => i.type === "action").map((i) => i.slug))).toEqual(["public"]);
  });

  it("holds in the CSV and JSON exports", async () => {
    for (const viewer of allViewers()) {
      const csv = await exportActions({ ctx: { viewer: viewer, requestId: "test" }, input: { format: "csv", q: f.word } });
      const json = JSON.parse((await exportActions({ ctx: { viewer: viewer, requestId: "test" }, input: { format: "json", q: f.word } })).content) as {
        items: { id: string }[];
      };
      const inCsv = (Object.keys(f.ids) as Visibility[]).filter((k) => csv.content.includes(f.ids[k])).sort();
      expect(inCsv, label(viewer)).toEqual(expected(viewer).sort());
      expect(seen(json.items.map((i) => i.id)), label(viewer)).toEqual(expected(viewer).sort());
      expect(csv.content.split("\r\n")[0]).toMatch(/^id,date,kind,title,countries/);
      // Authors' names are for the coalition only.
      const coalition = !!viewer && viewer.role !== "parliamentarian";
      expect(csv.content.includes(f.author.name), label(viewer)).toBe(coalition);
    }
  });

  it("holds in GET /api/v1/actions: public actions only, without people's names", async () => {
    const res = await publicActions(new Request("http://app.test/api/v1/actions?country=NZL&pageSize=500"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      items: Record<string, unknown>[];
      total: number;
      page: number;
      pageSize: number;
    };
    expect(seen(body.items.map((i) => i.id as string))).toEqual(["public"]);
    const item = body.items.find((i) => i.id === f.ids.public)!;
    expect(item).toMatchObject({
      countries: ["NZL"],
      visibility: "public",
      measures: expect.any(Array),
      units: [{ document: "a-72-884", locator: "45(a)" }],
    });
    expect(item.authors).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain(f.author.name);
    const bad = await publicActions(new Request("http://app.test/api/v1/actions?country=nz&pageSize=900"));
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      "country",
      "pageSize",
    ]);
  });

  it("holds for the attachment's download", async () => {
    for (const viewer of allViewers()) {
      for (const k of Object.keys(f.ids) as Visibility[]) {
        const code = await codeOf(readEvidenceFile(viewer, f.fileOf[k]));
        // The uploader always reads their own upload; everyone else only through a visible action.
        const may = viewer?.id === f.author.id || expected(viewer).includes(k);
        expect(code, `${label(viewer)} ${k}`).toBe(may ? "OK" : "NOT_FOUND");
      }
    }
  });

  it("tags the feed lines with the action's visibility and organisation", async () => {
    for (const k of Object.keys(f.ids) as Visibility[]) {
      const lines = await db.select().from(activity).where(eq(activity.subjectId, f.ids[k]));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        visibility: k,
        organizationId: f.author.organizationId,
        countryIso3s: ["NZL"],
        verb: "action.created",
      });
    }
  });

  it("hides a deleted public action everywhere", async () => {
    const row = await callerFor(f.author).actions.create(
      await actionInput({ visibility: "public", title: `${f.word} gone`, countries: ["NZL"] }),
    );
    await callerFor(f.colleague).actions.delete({ id: row.id });
    expect(await codeOf(callerFor(null).actions.get({ id: row.id }))).toBe("NOT_FOUND");
    expect(
      (await callerFor(f.author).actions.list({ q: `${f.word} gone` })).items.map((i) => i.id),
    ).not.toContain(row.id);
    expect((await exportActions({ ctx: { viewer: null, requestId: "test" }, input: { format: "csv", q: f.word } })).content).not.toContain(row.id);
    const res = await publicActions(new Request("http://app.test/api/v1/actions?country=NZL&pageSize=500"));
    expect(JSON.stringify(await res.json())).not.toContain(row.id);
  });
});
