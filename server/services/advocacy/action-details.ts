// The links of a set of already-visible actions, loaded in one query per table and grouped by action:
// used by the detail page, the exports and the public API. Linked records are filtered again for the
// viewer — a public action may point at a record still in draft.
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "~/db/client";
import {
  advocacyAction,
  advocacyActionAttachment,
  advocacyActionAuthor,
  advocacyActionCountry,
  advocacyActionMeasure,
  advocacyActionRecord,
  advocacyActionTarget,
  advocacyActionUnit,
  country,
  document,
  documentUnit,
  measure,
  organization,
  record,
  upload,
  user,
} from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { visibleWhere } from "~/server/services/records/record-access";
import { everyLocale } from "~/server/domain/localized-name";

const groupBy = <T extends { actionId: string }>(rows: T[]) => {
  const map = new Map<string, Omit<T, "actionId">[]>();
  for (const { actionId, ...rest } of rows) {
    const list = map.get(actionId) ?? [];
    list.push(rest);
    map.set(actionId, list);
  }
  return (id: string) => map.get(id) ?? [];
};

export async function loadActionDetails(viewer: Viewer | null, ids: string[]) {
  if (ids.length === 0) return [];
  const [rows, countries, targets, measures, units, records, attachments, authors] = await Promise.all([
    db
      .select({ action: advocacyAction, organizationName: organization.name })
      .from(advocacyAction)
      .innerJoin(organization, eq(organization.id, advocacyAction.organizationId))
      .where(inArray(advocacyAction.id, ids)),
    db
      .select({
        actionId: advocacyActionCountry.actionId,
        iso3: country.iso3,
        name: country.name,
      })
      .from(advocacyActionCountry)
      .innerJoin(country, eq(country.iso3, advocacyActionCountry.countryIso3))
      .where(inArray(advocacyActionCountry.actionId, ids))
      .orderBy(asc(country.iso3)),
    db
      .select({
        actionId: advocacyActionTarget.actionId,
        kind: advocacyActionTarget.kind,
        name: advocacyActionTarget.name,
      })
      .from(advocacyActionTarget)
      .where(inArray(advocacyActionTarget.actionId, ids))
      .orderBy(asc(advocacyActionTarget.position)),
    db
      .select({
        actionId: advocacyActionMeasure.actionId,
        slug: measure.slug,
        title: measure.title,
      })
      .from(advocacyActionMeasure)
      .innerJoin(measure, eq(measure.id, advocacyActionMeasure.measureId))
      .where(inArray(advocacyActionMeasure.actionId, ids))
      .orderBy(asc(measure.slug)),
    db
      .select({
        actionId: advocacyActionUnit.actionId,
        document: document.slug,
        symbol: document.symbol,
        locator: documentUnit.locator,
      })
      .from(advocacyActionUnit)
      .innerJoin(documentUnit, eq(documentUnit.id, advocacyActionUnit.unitId))
      .innerJoin(document, eq(document.id, documentUnit.documentId))
      .where(inArray(advocacyActionUnit.actionId, ids))
      .orderBy(asc(document.slug), asc(documentUnit.position)),
    db
      .select({
        actionId: advocacyActionRecord.actionId,
        id: record.id,
        type: record.type,
        title: record.title,
        date: record.date,
      })
      .from(advocacyActionRecord)
      .innerJoin(record, eq(record.id, advocacyActionRecord.recordId))
      .where(and(inArray(advocacyActionRecord.actionId, ids), visibleWhere(viewer)))
      .orderBy(asc(record.date)),
    db
      .select({
        actionId: advocacyActionAttachment.actionId,
        kind: advocacyActionAttachment.kind,
        url: advocacyActionAttachment.url,
        uploadId: advocacyActionAttachment.uploadId,
        label: advocacyActionAttachment.label,
        filename: upload.filename,
      })
      .from(advocacyActionAttachment)
      .leftJoin(upload, eq(upload.id, advocacyActionAttachment.uploadId))
      .where(inArray(advocacyActionAttachment.actionId, ids))
      .orderBy(asc(advocacyActionAttachment.position)),
    db
      .select({ actionId: advocacyActionAuthor.actionId, id: user.id, name: user.name })
      .from(advocacyActionAuthor)
      .innerJoin(user, eq(user.id, advocacyActionAuthor.userId))
      .where(inArray(advocacyActionAuthor.actionId, ids))
      .orderBy(asc(user.name)),
  ]);
  const by = {
    countries: groupBy(countries.map((c) => ({ ...c, name: everyLocale(c.name) }))),
    targets: groupBy(targets),
    measures: groupBy(measures),
    units: groupBy(units),
    records: groupBy(records),
    attachments: groupBy(attachments),
    authors: groupBy(authors),
  };
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows
    .sort((a, b) => order.get(a.action.id)! - order.get(b.action.id)!)
    .map(({ action, organizationName }) => ({
      id: action.id,
      organizationId: action.organizationId,
      organizationName,
      createdById: action.createdById,
      kind: action.kind,
      date: action.date,
      title: action.title,
      summary: action.summary,
      outcome: action.outcome,
      outcomeKind: action.outcomeKind,
      visibility: action.visibility,
      isSample: action.isSample,
      version: action.version,
      createdAt: action.createdAt,
      updatedAt: action.updatedAt,
      countries: by.countries(action.id),
      targets: by.targets(action.id),
      measures: by
        .measures(action.id)
        .map((m) => ({ slug: m.slug, title: m.title })),
      units: by.units(action.id),
      records: by
        .records(action.id)
        .map((r) => ({ id: r.id, type: r.type, date: r.date, title: r.title })),
      attachments: by
        .attachments(action.id)
        .map((a) =>
          a.kind === "url"
            ? { kind: "url" as const, url: a.url ?? "", label: a.label }
            : {
                kind: "file" as const,
                uploadId: a.uploadId ?? "",
                label: a.label,
                filename: a.filename ?? "",
              },
        ),
      authors: by.authors(action.id),
    }));
}

export type ActionDetail = Awaited<ReturnType<typeof loadActionDetails>>[number];
