// Decision 007 in every path records reach people by: a record is the public's only once published;
// before that it is its organisation's (or its parliamentarian author's) and the secretariat's; once
// deleted it is the secretariat's alone. Checked for each kind of viewer × each workflow state over
// the list (and its filters), the detail, the search box, the exports, the public API and the
// evidence file each record cites. Modelled on actions-visibility.test.ts.
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as publicRecords } from "~/app/api/v1/records/route";
import { GET as publicSearch } from "~/app/api/v1/search/route";
import type { Viewer } from "~/server/auth/policy";
import { readEvidenceFile } from "~/server/services/uploads/evidence-files";
import { callerFor, makeViewer, setupDatabase, unique } from "../../helpers/factories";
import { freshCountry } from "../../helpers/progress";
import { recordInput } from "../../helpers/records";

// Guinea-Bissau is this file's alone: every record of it in the lists below is one of the five.
const COUNTRY = "GNB";
const STATES = ["draft", "submitted", "changes_requested", "published", "deleted"] as const;
type State = (typeof STATES)[number];
const VIEWERS = ["anonymous", "parliamentarian", "author", "colleague", "otherMember", "secretariat", "admin"] as const;
type Who = (typeof VIEWERS)[number];

const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : ((e as { code?: string }).code ?? String(e))),
  );

let people: Record<Who, Viewer | null>;
const ids = {} as Record<State, string>;
const titles = {} as Record<State, string>;
const fileOf = {} as Record<State, string>;

beforeAll(async () => {
  await setupDatabase();
  await freshCountry(COUNTRY);
  const author = await makeViewer("member");
  people = {
    anonymous: null,
    parliamentarian: await makeViewer("parliamentarian", { countryIso3: COUNTRY }),
    author,
    colleague: await makeViewer("member", { organizationId: author.organizationId! }),
    otherMember: await makeViewer("member"),
    secretariat: await makeViewer("secretariat"),
    admin: await makeViewer("admin"),
  };
  const asAuthor = callerFor(author);
  const asStaff = callerFor(people.secretariat);
  for (const state of STATES) {
    const file = await asAuthor.records.uploadEvidence({ fileName: `${state}.pdf`, contentBase64: pdf.toString("base64") });
    titles[state] = unique(`Visibility ${state}`);
    const row = await asAuthor.records.create(
      await recordInput(author, {
        countryIso3: COUNTRY,
        titleEn: titles[state],
        evidence: [{ kind: "file", uploadId: file.id, label: state }],
        submit: state !== "draft",
      }),
    );
    ids[state] = row.id;
    fileOf[state] = file.id;
    if (state === "changes_requested") {
      await asStaff.records.decide({ id: row.id, version: row.version, decision: "changes_requested", message: "Add a source." });
    }
    if (state === "published" || state === "deleted") {
      await asStaff.records.decide({ id: row.id, version: row.version, decision: "published", message: "" });
    }
    if (state === "deleted") await asStaff.records.delete({ id: row.id });
  }
});

const LIVE: State[] = ["draft", "submitted", "changes_requested", "published"];

/** The states each viewer reads (detail, list, exports): decision 007 as a table. */
function expected(viewer: Who, opts: { deleted?: boolean } = {}): State[] {
  switch (viewer) {
    case "author":
    case "colleague":
      return LIVE;
    case "secretariat":
    case "admin":
      return opts.deleted ? [...LIVE, "deleted"] : LIVE;
    default:
      return ["published"];
  }
}

const seen = (found: readonly string[]) => STATES.filter((s) => found.includes(ids[s]));
const sorted = (states: readonly State[]) => [...states].sort();

describe("records visibility matrix", () => {
  it.each(VIEWERS)("list, as %s", async (viewer) => {
    const api = callerFor(people[viewer]);
    const all = await api.records.list({ country: COUNTRY, pageSize: 500 });
    expect(sorted(seen(all.items.map((i) => i.id)))).toEqual(sorted(expected(viewer)));
    expect(all.total).toBe(expected(viewer).length);
    // Nothing in the list is from another country, and nothing deleted unless asked for.
    expect(all.items.filter((i) => i.countryIso3 !== COUNTRY || i.deletedAt !== null)).toEqual([]);

    // The review-status filter narrows, never widens. The deleted record is still "published".
    for (const status of ["draft", "submitted", "changes_requested", "published", "rejected"] as const) {
      const page = await api.records.list({ country: COUNTRY, reviewStatus: [status], pageSize: 500 });
      const want = expected(viewer).filter((s) => s === status);
      expect(sorted(seen(page.items.map((i) => i.id))), `${viewer} reviewStatus=${status}`).toEqual(sorted(want));
    }
    const everyStatus = await api.records.list({ country: COUNTRY, reviewStatus: ["draft", "submitted", "changes_requested", "published"], pageSize: 500 });
    expect(sorted(seen(everyStatus.items.map((i) => i.id)))).toEqual(sorted(expected(viewer)));

    // Deleted records: staff only, and only when asked for.
    const withDeleted = await api.records.list({ country: COUNTRY, includeDeleted: true, pageSize: 500 });
    expect(sorted(seen(withDeleted.items.map((i) => i.id)))).toEqual(sorted(expected(viewer, { deleted: true })));
    const onlyDeleted = await api.records.list({ country: COUNTRY, onlyDeleted: true, pageSize: 500 });
    expect(seen(onlyDeleted.items.map((i) => i.id))).toEqual(expected(viewer, { deleted: true }).includes("deleted") ? ["deleted"] : []);

    // Filtering by the owning organisation does not open its drafts to anyone else.
    const byOrganization = await api.records.list({ country: COUNTRY, organizationId: people.author!.organizationId!, pageSize: 500 });
    expect(sorted(seen(byOrganization.items.map((i) => i.id)))).toEqual(sorted(expected(viewer)));

    // "Mine": what the caller's organisation (or the caller) entered — the live four for its members only.
    const mine = await api.records.list({ country: COUNTRY, mine: true, pageSize: 500 });
    expect(sorted(seen(mine.items.map((i) => i.id)))).toEqual(viewer === "author" || viewer === "colleague" ? sorted(LIVE) : []);
  });

  it.each(VIEWERS)("detail, as %s: not found, never forbidden", async (viewer) => {
    const api = callerFor(people[viewer]);
    for (const state of STATES) {
      const code = await codeOf(api.records.get({ id: ids[state] }));
      expect(code, `${viewer} ${state}`).toBe(expected(viewer, { deleted: true }).includes(state) ? "OK" : "NOT_FOUND");
    }
    // What reaches a reader carries the record itself (the fields every shape must keep).
    const published = await api.records.get({ id: ids.published });
    expect(published.id).toBe(ids.published);
    expect(JSON.stringify(published)).toContain(titles.published);
    expect(JSON.stringify(published)).toContain(COUNTRY);
  });

  it.each(VIEWERS)("exports, as %s: CSV and JSON hold what the list holds", async (viewer) => {
    const api = callerFor(people[viewer]);
    for (const includeDeleted of [false, true]) {
      const json = await api.records.export({ type: "commitment", format: "json", country: COUNTRY, includeDeleted });
      const items = (JSON.parse(json.content) as { items: { id: string }[] }).items;
      expect(sorted(seen(items.map((i) => i.id))), `${viewer} json includeDeleted=${includeDeleted}`).toEqual(
        sorted(expected(viewer, { deleted: includeDeleted })),
      );
      const csv = await api.records.export({ type: "commitment", format: "csv", country: COUNTRY, includeDeleted });
      expect(csv.content.split("\r\n")[0]).toMatch(/^id,review_status,/);
      expect(sorted(STATES.filter((s) => csv.content.includes(ids[s]))), `${viewer} csv`).toEqual(
        sorted(expected(viewer, { deleted: includeDeleted })),
      );
    }
  });

  it.each(VIEWERS)("evidence files, as %s: the uploader, or whoever may read a record citing it", async (viewer) => {
    for (const state of STATES) {
      const code = await codeOf(readEvidenceFile(people[viewer], fileOf[state]));
      // A deleted record cites nothing (decision 015): only the uploader keeps its file until it is restored.
      const may = viewer === "author" || expected(viewer, { deleted: false }).includes(state);
      expect(code, `${viewer} ${state}`).toBe(may ? "OK" : "NOT_FOUND");
    }
    const file = await readEvidenceFile(people[viewer], fileOf.published);
    expect(Buffer.from(file.bytes).equals(pdf)).toBe(true);
  });

  it.each(VIEWERS)("search box, as %s: records never appear in it", async (viewer) => {
    for (const state of STATES) {
      const r = await callerFor(people[viewer]).documents.search({ q: titles[state], pageSize: 100 });
      expect(JSON.stringify(r.items), `${viewer} ${state}`).not.toContain(ids[state]);
      expect(JSON.stringify(r.items)).not.toContain(titles[state]);
    }
  });

  it("public API and the published list: the published record only", async () => {
    const res = await publicRecords(new Request(`http://app.test/api/v1/records?country=${COUNTRY}&pageSize=500`));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { id: string; country: string }[]; total: number };
    expect(seen(body.items.map((i) => i.id))).toEqual(["published"]);
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ id: ids.published, country: COUNTRY });
    expect(JSON.stringify(body)).toContain(titles.published);

    for (const viewer of VIEWERS) {
      const page = await callerFor(people[viewer]).records.published({ country: COUNTRY, type: "commitment", pageSize: 500 });
      expect(seen(page.items.map((i) => i.id)), viewer).toEqual(["published"]);
    }

    for (const state of STATES) {
      const search = await publicSearch(new Request(`http://app.test/api/v1/search?q=${encodeURIComponent(titles[state])}`));
      expect(search.status).toBe(200);
      expect(JSON.stringify(await search.json())).not.toContain(ids[state]);
    }
  });
});
