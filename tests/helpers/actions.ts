// Advocacy actions for tests: a valid input, and an action of a given visibility in a fresh (or given)
// organisation.
import type { Actor } from "~/server/auth/policy";
import { type TActionFieldsInput, ZCreateActionInputSchema } from "~/server/services/advocacy/action-schemas";
import { createAction } from "~/server/services/advocacy/save-action";
import { makeActor, unique } from "./factories";
import { firstMeasureSlugs } from "./records";

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

export async function makeAction(opts: { author?: Actor; overrides?: Partial<TActionFieldsInput> } = {}) {
  const author = opts.author ?? (await makeActor("member"));
  const input = ZCreateActionInputSchema.parse(await actionInput(opts.overrides));
  const row = await createAction({ actor: author, requestId: "test" }, input);
  return { author, row };
}
