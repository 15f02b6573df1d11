// Who may do what: every permission in the product is named here and nowhere else.
import type { Locale } from "~/db/locales";
import type { InferSelectModel } from "drizzle-orm";
import type { membership } from "~/db/schema";

export type Role = InferSelectModel<typeof membership>["role"];
export const ROLES = ["admin", "secretariat", "member", "parliamentarian"] as const satisfies Role[];

/**
 * Roles that belong to one organisation. Staff (secretariat, admin) serve the whole coalition and
 * belong to none, so no staff account ever holds an organisation's private work (decision 016):
 * a membership row may not give them one, and the viewer of a staff person has none, whatever the
 * database says.
 */
export const ORGANIZATION_ROLES = ["member"] as const satisfies Role[];
export const holdsOrganization = (role: Role) => (ORGANIZATION_ROLES as readonly Role[]).includes(role);

/** The signed-in person as the policy sees them. `null` is an anonymous visitor. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  countryIso3: string | null;
  locale: Locale;
  /** A second factor is required of them and they have none yet: they may only enrol or sign out. */
  mustEnrolTwoFactor: boolean;
}

/** What a resource-level rule may look at. */
interface OwnedResource {
  organizationId?: string | null;
  userId?: string | null;
  role?: Role;
  /** Records: whose country, and which type (parliamentarians propose for their own country only). */
  countryIso3?: string | null;
  recordType?: string;
  /** Accounts: whether the person's organisation requires a second factor of its members. */
  organizationRequiresTwoFactor?: boolean;
}

type Rule = (viewer: Viewer, resource?: OwnedResource) => boolean;

/** Staff (secretariat, admins) serve the whole coalition. The one definition: import it, never repeat it. */
export const STAFF_ROLES = ["admin", "secretariat"] as const satisfies Role[];
export const isStaff = (a: { role: Role } | null | undefined): boolean =>
  !!a && (STAFF_ROLES as readonly Role[]).includes(a.role);
const isAdmin = (a: Viewer) => a.role === "admin";
const anyone: Rule = () => true;
/** The coalition's organisations: members, secretariat, admins (not parliamentarians). */
export const COALITION_ROLES = ["admin", "secretariat", "member"] as const satisfies Role[];
export const inCoalition = <T extends { role: Role }>(a: T | null | undefined): a is T =>
  !!a && (COALITION_ROLES as readonly Role[]).includes(a.role);
/** People of a coalition organisation: they log advocacy actions for it. */
const inCoalitionOrganization = (a: Viewer) => inCoalition(a) && !!a.organizationId;

/** Roles that belong to one country: parliamentarians propose for their own country only. */
export const COUNTRY_ROLES = ["parliamentarian"] as const satisfies Role[];
export const holdsCountry = (role: Role) => (COUNTRY_ROLES as readonly Role[]).includes(role);

const rules = {
  "account.read": anyone,
  "account.update": (a, r) => !r?.userId || r.userId === a.id,

  "organization.read": anyone,
  "organization.create": isAdmin,
  "organization.update": isAdmin,
  "organization.delete": isAdmin,

  "user.list": (a) => isStaff(a) || a.role === "member",
  /** Members see the people of their own organisation; staff see everyone. */
  "user.read": (a, r) => isStaff(a) || (!!r?.organizationId && r.organizationId === a.organizationId),
  /** Not one's own: an admin cannot move themself into an organisation (or out of being staff). */
  "user.changeRole": (a, r) => isAdmin(a) && r?.userId !== a.id,
  "user.deactivate": (a, r) => isAdmin(a) && r?.userId !== a.id,

  /** Second factor (docs/decisions/014). Staff always need one; members when their organisation
   *  requires it; parliamentarians may add one. */
  "account.withoutSecondFactor": (a, r) => !isStaff(a) && !(a.role === "member" && r?.organizationRequiresTwoFactor),
  /** An organisation's own members may raise the bar for their colleagues; only an admin may lower it. */
  "organization.requireTwoFactor": (a, r) =>
    isAdmin(a) || (a.role === "member" && !!a.organizationId && (!r || r.organizationId === a.organizationId)),
  "organization.relaxTwoFactor": isAdmin,
  /** After a lost device: clears someone's second factor and ends their sessions (never one's own). */
  "user.resetTwoFactor": (a, r) => isAdmin(a) && r?.userId !== a.id,

  /** Secretariat may invite anyone but an administrator. */
  "invitation.create": (a, r) => isAdmin(a) || (a.role === "secretariat" && r?.role !== "admin"),
  "invitation.list": isStaff,
  "invitation.revoke": isStaff,

  /** Upload (preview and save) documents into the reference library. */
  "document.create": isStaff,
  /** Confirm or re-point the redirects a re-import could not settle (decision 033). */
  "document.reviewRedirects": isStaff,
  /** Add, replace or withdraw a document's version in another language (decision 029). */
  "document.manageLanguageVersions": isStaff,

  /** Edit a measure of the catalogue: fields, sources, restoring a revision (history is staff-only too). */
  "measure.update": isStaff,
  "measure.merge": isStaff,
  "measure.delete": isStaff,

  /** Propose or edit records. Staff anything; members their organisation's; parliamentarians their own
   *  country's parliamentary actions. Services repeat the ownership rule in their where clauses. */
  "record.propose": (a, r) =>
    !holdsCountry(a.role) ||
    !r?.recordType ||
    (r.recordType === "parliamentary_action" && !!a.countryIso3 && r.countryIso3 === a.countryIso3),
  "record.history": anyone,
  "record.review": isStaff,
  /** A save publishes at once, without review (the service decides the status by it, the form its wording). */
  "record.publishWithoutReview": isStaff,
  "record.restore": isStaff,
  "record.import": (a) => isStaff(a) || a.role === "member",

  /** The secretariat's dashboard: key figures, review queue age, stale countries. */
  "dashboard.read": isStaff,
  /** Advocacy actions: logged for the author's own organisation; anyone of that organisation may edit or
   *  delete them (not only the co-authors: colleagues take over each other's files). Services repeat
   *  the organisation rule in their where clauses. */
  "action.create": inCoalitionOrganization,
  "action.update": (a, r) => inCoalitionOrganization(a) && (!r || r.organizationId === a.organizationId),
  "action.delete": (a, r) => inCoalitionOrganization(a) && (!r || r.organizationId === a.organizationId),
  /** Working together (tasks, comments, mentions, the activity feed) is for the coalition; services
   *  also check the person can see the subject (server/services/collaboration/subject-access.ts). */
  "collaboration.participate": inCoalition,
  /** Delete someone else's comment (authors edit and delete their own). */
  "comment.moderate": isStaff,
  /** Everyone signed in has notifications (a parliamentarian hears about decisions on their records). */
  "notification.read": anyone,
  /** Follow a country, a measure or an action one may see (decision 024); the service checks the subject. */
  "follow.manage": anyone,

  "admin.access": isStaff,
  "audit.read": isAdmin,
  "mailbox.read": isAdmin,
} satisfies Record<string, Rule>;

export type Permission = keyof typeof rules;
export const PERMISSIONS = Object.keys(rules) as Permission[];

export function can(viewer: Viewer | null, permission: Permission, resource?: OwnedResource): boolean {
  if (!viewer) return false;
  return rules[permission](viewer, resource);
}
