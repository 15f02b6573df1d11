// Who sees what a task, a comment or a notification is about. Every path of the collaboration
// features (tasks, comments, mentions, notifications, the feed) goes through here, and the rules are
// the subjects' own: actions by their visibility (action-visibility.ts), records by record-access.ts,
// measures and document units are public reading but are discussed by the coalition only.
// An organisation is a subject too, of notifications only ("someone joined"): its members see it.
//
// Two forms of the same rule: `canSeeSubject(viewer, …)` for the person acting, and
// `subjectAudience(…)` for "which of these people may see it" (notifications, the mention picker),
// written as a where clause on user + membership so a list of recipients is one query.
import type { LocalizedText } from "~/db/localized-text";
import { mapText } from "~/db/localized-text-ops";
import { and, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { db, type Queryable } from "~/db/client";
import {
  advocacyAction,
  advocacyActionCountry,
  document,
  documentUnit,
  measure,
  membership,
  organization,
  record,
  user,
} from "~/db/schema";
import type { TCommentSubject, TVisibility } from "~/db/schema/advocacy-vocabulary";
import { type Viewer, COALITION_ROLES, COUNTRY_ROLES, inCoalition, ORGANIZATION_ROLES, STAFF_ROLES } from "~/server/auth/policy";
import { notFound } from "~/server/errors";
import { visibleActionsWhere } from "~/server/services/advocacy/action-visibility";
import { visibleWhere } from "~/server/services/records/record-access";

/** What notifications can be about: what can be discussed, and an organisation (its people). */
export type SubjectType = TCommentSubject | "organization";


/** Whether the viewer may see the subject (and it exists, not deleted). */
export async function canSeeSubject(
  viewer: Viewer | null,
  subjectType: SubjectType,
  subjectId: string,
  tx: Queryable = db,
): Promise<boolean> {
  switch (subjectType) {
    case "action": {
      const rows = await tx
        .select({ id: advocacyAction.id })
        .from(advocacyAction)
        .where(and(eq(advocacyAction.id, subjectId), visibleActionsWhere(viewer)));
      return rows.length > 0;
    }
    case "record": {
      const rows = await tx.select({ id: record.id }).from(record).where(and(eq(record.id, subjectId), visibleWhere(viewer)));
      return rows.length > 0;
    }
    case "measure": {
      if (!inCoalition(viewer)) return false;
      const rows = await tx.select({ id: measure.id }).from(measure).where(and(eq(measure.id, subjectId), isNull(measure.deletedAt)));
      return rows.length > 0;
    }
    case "unit": {
      if (!inCoalition(viewer)) return false;
      const rows = await tx.select({ id: documentUnit.id }).from(documentUnit).where(eq(documentUnit.id, subjectId));
      return rows.length > 0;
    }
    case "organization":
      // The viewer's organisation is already none for staff (get-viewer.ts, decision 016).
      return !!viewer?.organizationId && viewer.organizationId === subjectId;
  }
}

/** Same as canSeeSubject, throwing not-found (never "forbidden": that would confirm it exists). */
export async function assertCanSeeSubject(viewer: Viewer | null, subjectType: SubjectType, subjectId: string, tx?: Queryable) {
  if (!(await canSeeSubject(viewer, subjectType, subjectId, tx))) throw notFound(subjectType);
}

const coalitionRoles = inArray(membership.role, [...COALITION_ROLES]);
const staffRoles = inArray(membership.role, [...STAFF_ROLES]);
/** The people of one organisation: roles that hold one (never staff, whatever their row says). */
const peopleOf = (organizationId: string) =>
  and(inArray(membership.role, [...ORGANIZATION_ROLES]), eq(membership.organizationId, organizationId))!;

/**
 * A where clause over `user` joined with its active `membership`: the people who may see the subject.
 * Keep in step with canSeeSubject (the integration tests check both on the same cases).
 */
export async function subjectAudience(tx: Queryable, subjectType: SubjectType, subjectId: string): Promise<SQL> {
  const nobody = sql`false`;
  switch (subjectType) {
    case "action": {
      const [a] = await tx
        .select({ visibility: advocacyAction.visibility, organizationId: advocacyAction.organizationId, deletedAt: advocacyAction.deletedAt })
        .from(advocacyAction)
        .where(eq(advocacyAction.id, subjectId));
      if (!a || a.deletedAt) return nobody;
      if (a.visibility === "public") return sql`true`;
      if (a.visibility === "coalition") return coalitionRoles;
      return peopleOf(a.organizationId);
    }
    case "record": {
      const [r] = await tx
        .select({ reviewStatus: record.reviewStatus, organizationId: record.organizationId, createdById: record.createdById, deletedAt: record.deletedAt })
        .from(record)
        .where(eq(record.id, subjectId));
      if (!r || r.deletedAt) return nobody;
      if (r.reviewStatus === "published") return sql`true`;
      return or(
        staffRoles,
        r.organizationId ? and(inArray(membership.role, [...ORGANIZATION_ROLES]), eq(membership.organizationId, r.organizationId)) : undefined,
        and(inArray(membership.role, [...COUNTRY_ROLES]), eq(user.id, r.createdById)),
      )!;
    }
    case "measure":
    case "unit":
      return coalitionRoles;
    case "organization":
      return peopleOf(subjectId);
  }
}

/** Of these people, the active ones who may see the subject (and, if asked, are of the coalition). */
export async function filterAudience(
  tx: Queryable,
  subjectType: SubjectType,
  subjectId: string,
  userIds: string[],
  opts: { coalitionOnly?: boolean } = {},
) {
  if (userIds.length === 0) return [];
  const audience = await subjectAudience(tx, subjectType, subjectId);
  const rows = await tx
    .select({ id: user.id })
    .from(user)
    .innerJoin(membership, and(eq(membership.userId, user.id), isNull(membership.endedAt)))
    .where(and(inArray(user.id, userIds), isNull(user.deactivatedAt), audience, opts.coalitionOnly ? coalitionRoles : undefined));
  return rows.map((r) => r.id);
}

/** What notifications, the feed and lists show about a subject, and who it belongs to. */
export interface SubjectInfo {
  title: LocalizedText;
  /** Path without the locale prefix. */
  href: string;
  visibility: TVisibility;
  organizationId: string | null;
  countryIso3s: string[];
}

export async function subjectInfo(tx: Queryable, subjectType: SubjectType, subjectId: string): Promise<SubjectInfo | null> {
  switch (subjectType) {
    case "action": {
      const [a] = await tx.select().from(advocacyAction).where(eq(advocacyAction.id, subjectId));
      if (!a) return null;
      const countries = await tx
        .select({ iso3: advocacyActionCountry.countryIso3 })
        .from(advocacyActionCountry)
        .where(eq(advocacyActionCountry.actionId, a.id));
      return {
        title: { zh: a.title, en: a.title },
        href: `/actions/${a.id}`,
        visibility: a.visibility,
        organizationId: a.organizationId,
        countryIso3s: countries.map((c) => c.iso3),
      };
    }
    case "record": {
      const [r] = await tx.select().from(record).where(eq(record.id, subjectId));
      if (!r) return null;
      return {
        title: r.title,
        href: `/records/${r.id}`,
        visibility: r.reviewStatus === "published" ? "public" : "organization",
        organizationId: r.organizationId,
        countryIso3s: r.countryIso3 ? [r.countryIso3] : [],
      };
    }
    case "measure": {
      const [m] = await tx.select().from(measure).where(eq(measure.id, subjectId));
      if (!m) return null;
      return { title: m.title, href: `/measures/${m.slug}`, visibility: "coalition", organizationId: null, countryIso3s: [] };
    }
    case "unit": {
      const [u] = await tx
        .select({ locator: documentUnit.locator, slug: document.slug, symbol: document.symbol, title: document.title })
        .from(documentUnit)
        .innerJoin(document, eq(document.id, documentUnit.documentId))
        .where(eq(documentUnit.id, subjectId));
      if (!u) return null;
      return {
        title: u.symbol ? { en: `${u.symbol} ¶${u.locator}` } : mapText(u.title, (t) => `${t} ¶${u.locator}`),
        href: `/documents/${u.slug}/discuss/${encodeURIComponent(u.locator)}`,
        visibility: "coalition",
        organizationId: null,
        countryIso3s: [],
      };
    }
    case "organization": {
      const [o] = await tx.select({ name: organization.name }).from(organization).where(eq(organization.id, subjectId));
      if (!o) return null;
      return { title: o.name, href: "/notifications", visibility: "organization", organizationId: subjectId, countryIso3s: [] };
    }
  }
}

/** Feed lines about a subject's collaboration (comments, tasks) never reach beyond the coalition. */
export function collaborationVisibility(v: TVisibility): TVisibility {
  return v === "public" ? "coalition" : v;
}
