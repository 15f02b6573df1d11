// The one rule for files (Issue 17), as pure logic over facts already loaded: no database, no clock.
// A file is readable by its uploader and by whoever may see something that *legitimately* cites it.
// A citation is legitimate when someone who could have made it (an editor of the citing record or
// action) could already read the file without it: the uploader, or a person who sees another
// legitimate citation. So a file stays inside the circle its uploader put it in, however many times
// someone outside that circle cites its id. Decision 015.
import type { Viewer } from "~/server/auth/policy";
import { canSeeAction } from "~/server/services/advocacy/action-visibility";
import { owns } from "~/server/services/records/record-access";
import type { TVisibility } from "~/db/schema/advocacy-vocabulary";

/** What the rule looks at about a person: who they are, their role, their organisation. */
export type Person = Pick<Viewer, "id" | "role" | "organizationId">;

export interface CitingRecord {
  organizationId: string | null;
  createdById: string;
  reviewStatus: string;
  deletedAt: Date | null;
}

export interface CitingAction {
  organizationId: string;
  visibility: TVisibility;
  deletedAt: Date | null;
}

/** One thing that cites the file, with the people who could have put the citation there. */
export type Citation = { mayHaveCited: Person[] } & (
  | { kind: "record"; record: CitingRecord }
  /** A member's proposed edit of a published record, seen by the record's owners and reviewers. */
  | { kind: "proposal"; record: CitingRecord }
  | { kind: "action"; action: CitingAction }
);

// The policy helpers take a whole Viewer; only id, role and organisation matter to them.
const asViewer = (p: Person): Viewer => ({ ...p, email: "", name: "", countryIso3: null, locale: "en", mustEnrolTwoFactor: false });

/** Whether `person` may see the thing that makes the citation (by that thing's own access rule). */
export function seesCitation(person: Person | null, citation: Citation): boolean {
  const viewer = person ? asViewer(person) : null;
  switch (citation.kind) {
    case "record":
      return !citation.record.deletedAt && (citation.record.reviewStatus === "published" || owns(viewer, citation.record));
    case "proposal":
      return !citation.record.deletedAt && owns(viewer, citation.record);
    case "action":
      return canSeeAction(viewer, citation.action);
  }
}

/** The citations that count: grown from the uploader's own until nothing more can be added. */
export function legitimateCitations(uploaderId: string, citations: Citation[]): Citation[] {
  const counted = new Set<Citation>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const citation of citations) {
      if (counted.has(citation)) continue;
      const couldRead = (p: Person) =>
        p.id === uploaderId || [...counted].some((other) => other !== citation && seesCitation(p, other));
      if (citation.mayHaveCited.some(couldRead)) {
        counted.add(citation);
        grew = true;
      }
    }
  }
  return citations.filter((c) => counted.has(c));
}

/** May `person` read (and so cite or attach) the file? */
export function mayReadFile(person: Person | null, uploaderId: string, citations: Citation[]): boolean {
  if (person && person.id === uploaderId) return true;
  return legitimateCitations(uploaderId, citations).some((c) => seesCitation(person, c));
}
