// An action's links: resolved from what people typed (slugs, `document#locator`, ids), checked —
// each unknown or unreachable one is a field error — then written to the join tables.
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import {
  advocacyActionAttachment,
  advocacyActionAuthor,
  advocacyActionCountry,
  advocacyActionMeasure,
  advocacyActionRecord,
  advocacyActionTarget,
  advocacyActionUnit,
  country,
  membership,
  record,
  user,
} from "~/db/schema";
import { type Viewer, COALITION_ROLES } from "~/server/auth/policy";
import { AppError } from "~/server/errors";
import { visibleWhere } from "~/server/services/records/record-access";
import { checkLinks } from "~/server/services/records/record-links";
import { uncitableUploads } from "~/server/services/uploads/upload-access";
import type { TActionFields } from "./action-schemas";

export interface ResolvedLinks {
  countries: string[];
  authorIds: string[];
  measures: { id: string; slug: string }[];
  units: { id: string; document: string; locator: string }[];
  recordIds: string[];
  attachments: TActionFields["attachments"];
}

/**
 * Checks every link for `viewer`. When editing, `existing` is the action: its creator stays an author.
 * Files follow the one rule for uploads: an upload id alone never lets anyone publish someone else's file.
 */
export async function resolveActionLinks(
  tx: Queryable,
  viewer: Viewer,
  input: TActionFields,
  existing?: { id: string; createdById: string },
): Promise<ResolvedLinks> {
  const creatorId = existing?.createdById ?? viewer.id;
  const problems: { field: string; key: string; detail: string }[] = [];

  const known = await tx
    .select({ iso3: country.iso3 })
    .from(country)
    .where(inArray(country.iso3, input.countries));
  const unknownCountries = input.countries.filter((c) => !known.some((k) => k.iso3 === c));
  if (unknownCountries.length)
    problems.push({ field: "countries", key: "unknownCountry", detail: unknownCountries.join(", ") });

  const { snapshot, problems: linkProblems } = await checkLinks(tx, {
    countryIso3: null,
    regionalOrganizationId: null,
    measures: input.measures,
    units: input.units,
    evidence: [],
  });
  problems.push(...linkProblems);

  // Co-authors are people of the author's organisation, in a coalition role: then an
  // organisation-only action stays among the people allowed to see it.
  const coAuthorIds = [...new Set(input.coAuthorIds.filter((id) => id !== creatorId))];
  if (coAuthorIds.length) {
    const colleagues = await tx
      .select({ id: user.id })
      .from(user)
      .innerJoin(membership, and(eq(membership.userId, user.id), isNull(membership.endedAt)))
      .where(
        and(
          inArray(user.id, coAuthorIds),
          isNull(user.deactivatedAt),
          eq(membership.organizationId, viewer.organizationId ?? ""),
          inArray(membership.role, [...COALITION_ROLES]),
        ),
      );
    if (colleagues.length !== coAuthorIds.length) {
      problems.push({
        field: "coAuthorIds",
        key: "coAuthorOutsideOrganization",
        detail: coAuthorIds.join(", "),
      });
    }
  }

  const recordIds = [...new Set(input.recordIds)];
  if (recordIds.length) {
    const visible = await tx
      .select({ id: record.id })
      .from(record)
      .where(and(inArray(record.id, recordIds), visibleWhere(viewer)));
    if (visible.length !== recordIds.length)
      problems.push({ field: "recordIds", key: "unknownRecord", detail: recordIds.join(", ") });
  }

  // The one rule for files (uploads/upload-access.ts): only an upload one may already read — one's
  // own, or one seen through something that legitimately cites it, such as this very action.
  const uploadIds = input.attachments.flatMap((a) => (a.kind === "file" ? [a.uploadId] : []));
  const refused = await uncitableUploads(tx, viewer, uploadIds);
  if (refused.length) problems.push({ field: "attachments", key: "unknownUpload", detail: refused.join(", ") });

  if (problems.length) {
    throw new AppError("VALIDATION", problems.map((p) => `${p.field}: ${p.detail}`).join("; "), {
      fields: Object.fromEntries(problems.map((p) => [p.field, `validation.${p.key}`])),
    });
  }
  return {
    countries: input.countries,
    authorIds: [creatorId, ...coAuthorIds],
    measures: snapshot.measures,
    units: snapshot.units,
    recordIds,
    attachments: input.attachments,
  };
}

/** Replaces the action's links with the resolved ones. */
export async function writeActionLinks(
  tx: Queryable,
  actionId: string,
  links: ResolvedLinks,
  targets: TActionFields["targets"],
) {
  const tables = [
    advocacyActionAuthor,
    advocacyActionCountry,
    advocacyActionTarget,
    advocacyActionMeasure,
    advocacyActionUnit,
    advocacyActionRecord,
    advocacyActionAttachment,
  ] as const;
  for (const table of tables) await tx.delete(table).where(eq(table.actionId, actionId));
  await tx.insert(advocacyActionAuthor).values(links.authorIds.map((userId) => ({ actionId, userId })));
  await tx
    .insert(advocacyActionCountry)
    .values(links.countries.map((countryIso3) => ({ actionId, countryIso3 })));
  if (targets.length) {
    await tx
      .insert(advocacyActionTarget)
      .values(targets.map((t, position) => ({ actionId, kind: t.kind, name: t.name, position })));
  }
  if (links.measures.length) {
    await tx.insert(advocacyActionMeasure).values(links.measures.map((m) => ({ actionId, measureId: m.id })));
  }
  if (links.units.length)
    await tx.insert(advocacyActionUnit).values(links.units.map((u) => ({ actionId, unitId: u.id })));
  if (links.recordIds.length) {
    await tx.insert(advocacyActionRecord).values(links.recordIds.map((recordId) => ({ actionId, recordId })));
  }
  if (links.attachments.length) {
    await tx.insert(advocacyActionAttachment).values(
      links.attachments.map((a, position) => ({
        actionId,
        position,
        kind: a.kind,
        label: a.label,
        url: a.kind === "url" ? a.url : null,
        uploadId: a.kind === "file" ? a.uploadId : null,
      })),
    );
  }
}
