// Advocacy actions for tests: a valid input and an action made through the real service (`makeAction`),
// or a bare row inserted directly (`insertAction`) when a test needs a given organisation and author.
import type { Viewer } from "~/server/auth/policy";
import { type TActionFieldsInput, ZCreateActionInputSchema } from "~/server/services/advocacy/action-schemas";
import { createAction } from "~/server/services/advocacy/save-action";
import { firstMeasureSlugs } from "./records";
import { db } from "~/db/client";
import { advocacyAction, advocacyActionAuthor, advocacyActionCountry } from "~/db/schema";
import type { TVisibility } from "~/db/schema/advocacy-vocabulary";
import { makeViewer, unique } from "./factories";

export async function actionInput(overrides: Partial<TActionFieldsInput> = {}) {
  return {
    kind: "meeting" as const,
    date: "2026-05-01",
    title: unique("Meeting"),
    summary: "Met the ministry about the focal point.",
    outcome: "They will consider it.",
    outcomeKind: "acknowledged" as const,
    visibility: "organization" as const,
    countries: ["KEN"],
    targets: [{ kind: "ministry" as const, name: "Ministry of Foreign Affairs" }],
    measures: await firstMeasureSlugs(1),
    units: [{ document: "a-72-884", locator: "45(a)" }],
    attachments: [{ kind: "url" as const, url: "https://example.org/minutes", label: "Minutes" }],
    ...overrides,
  };
}

export async function makeAction(opts: { author?: Viewer; overrides?: Partial<TActionFieldsInput> } = {}) {
  const author = opts.author ?? (await makeViewer("member"));
  const input = ZCreateActionInputSchema.parse(await actionInput(opts.overrides));
  const row = await createAction({ ctx: { viewer: author, requestId: "test" }, input });
  return { author, row };
}

export async function insertAction(opts: {
  organizationId: string;
  createdById: string;
  visibility: TVisibility;
  countries?: string[];
}) {
  const [row] = await db
    .insert(advocacyAction)
    .values({
      organizationId: opts.organizationId,
      createdById: opts.createdById,
      visibility: opts.visibility,
      kind: "meeting",
      date: "2026-05-01",
      title: unique("Meeting"),
    })
    .returning();
  await db.insert(advocacyActionAuthor).values({ actionId: row!.id, userId: opts.createdById });
  if (opts.countries?.length) {
    await db.insert(advocacyActionCountry).values(opts.countries.map((c) => ({ actionId: row!.id, countryIso3: c })));
  }
  return row!;
}
