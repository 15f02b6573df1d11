// Advocacy actions for collaboration tests, inserted directly (the actions services live elsewhere).
import { db } from "~/db/client";
import { advocacyAction, advocacyActionAuthor, advocacyActionCountry } from "~/db/schema";
import type { TVisibility } from "~/db/schema/advocacy-vocabulary";
import { unique } from "./factories";

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
