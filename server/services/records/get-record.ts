// One record as a person may see it: its fields and links, the evidence, and — for its owners and
// the secretariat — the decisions and any pending edit.
import { and, asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import {
  country,
  document,
  documentUnit,
  measure,
  organization,
  record,
  recordDecision,
  recordMeasure,
  recordRevision,
  recordUnit,
  regionalOrganization,
  user,
} from "~/db/schema";
import { type Viewer, isStaff } from "~/server/auth/policy";
import { notFound } from "~/server/errors";
import { owns, visibleWhere } from "./record-access";
import { diffSnapshots } from "./record-diff";
import { loadSnapshot, type Snapshot } from "./record-links";
import { everyLocale } from "~/server/domain/localized-name";

export const ZGetRecordInputSchema = z.object({ id: z.uuid() });

export async function getRecord({ ctx: { viewer }, input }: { ctx: { viewer: Viewer | null }; input: { id: string } }) {
  const [row] = await db
    .select({
      record,
      countryName: country.name,
      regionAcronym: regionalOrganization.acronym,
      organizationName: organization.name,
      createdByName: user.name,
    })
    .from(record)
    .leftJoin(country, eq(country.iso3, record.countryIso3))
    .leftJoin(regionalOrganization, eq(regionalOrganization.id, record.regionalOrganizationId))
    .leftJoin(organization, eq(organization.id, record.organizationId))
    .leftJoin(user, eq(user.id, record.createdById))
    .where(and(eq(record.id, input.id), visibleWhere(viewer, { includeDeleted: true })));
  if (!row) throw notFound("record");
  const mine = owns(viewer, row.record);
  const snapshot = await loadSnapshot(db, row.record);
  const [measures, units] = await Promise.all([
    db
      .select({ slug: measure.slug, title: measure.title })
      .from(recordMeasure)
      .innerJoin(measure, eq(measure.id, recordMeasure.measureId))
      .where(eq(recordMeasure.recordId, input.id))
      .orderBy(asc(measure.slug)),
    db
      .select({ document: document.slug, symbol: document.symbol, locator: documentUnit.locator, text: documentUnit.text })
      .from(recordUnit)
      .innerJoin(documentUnit, eq(documentUnit.id, recordUnit.unitId))
      .innerJoin(document, eq(document.id, documentUnit.documentId))
      .where(eq(recordUnit.recordId, input.id))
      .orderBy(asc(document.slug), asc(documentUnit.position)),
  ]);
  const [decisions, pending] = mine
    ? await Promise.all([
        db
          .select({
            decision: recordDecision.decision,
            message: recordDecision.message,
            createdAt: recordDecision.createdAt,
            decidedBy: user.name,
          })
          .from(recordDecision)
          .innerJoin(user, eq(user.id, recordDecision.decidedById))
          .where(eq(recordDecision.recordId, input.id))
          .orderBy(desc(recordDecision.createdAt)),
        row.record.pendingRevisionId
          ? db
              .select({ id: recordRevision.id, state: recordRevision.state, snapshot: recordRevision.snapshot })
              .from(recordRevision)
              .where(eq(recordRevision.id, row.record.pendingRevisionId))
          : Promise.resolve([]),
      ])
    : [[], []];
  const hidePerson = !mine && !row.record.personNamePublic;
  const { personName, ...fields } = row.record;
  return {
    ...fields,
    // The member's entry stays private: only the organisation's people and staff see who entered it.
    personName: hidePerson ? null : personName,
    countryName: row.countryName ? everyLocale(row.countryName) : null,
    regionName: row.regionAcronym ? everyLocale(row.regionAcronym) : null,
    organizationName: mine ? row.organizationName : null,
    createdByName: mine ? row.createdByName : null,
    measures,
    units,
    evidence: snapshot.evidence,
    snapshot: mine ? snapshot : null,
    decisions,
    pending: pending[0]
      ? { ...pending[0], snapshot: pending[0].snapshot as Snapshot, diff: diffSnapshots(snapshot, pending[0].snapshot as Snapshot) }
      : null,
    may: {
      edit: mine && !row.record.deletedAt && (isStaff(viewer) || ["draft", "changes_requested", "published"].includes(row.record.reviewStatus)),
      submit: mine && ["draft", "changes_requested"].includes(row.record.reviewStatus),
      review: isStaff(viewer),
      delete: mine && !row.record.deletedAt && (isStaff(viewer) || ["draft", "changes_requested", "rejected"].includes(row.record.reviewStatus)),
      restore: isStaff(viewer) && !!row.record.deletedAt,
      history: mine,
    },
  };
}
