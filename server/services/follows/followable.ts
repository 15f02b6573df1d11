// Whether a person may follow a subject, and what it is called: a country and a live measure are
// public reading; an action only if the person may see it (decision 008). Unknown or invisible
// subjects are "not found" alike, so following cannot probe for private actions.
import type { LocalizedText } from "~/db/localized-text";
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { advocacyAction, country, measure } from "~/db/schema";
import type { TFollowSubject } from "~/db/schema/follows";
import type { Viewer } from "~/server/auth/policy";
import { visibleActionsWhere } from "~/server/services/advocacy/action-visibility";
import { everyLocale } from "~/server/domain/localized-name";

export interface FollowedSubject {
  title: LocalizedText;
  /** Path without the locale prefix. */
  href: string;
}

export async function followedSubject(
  tx: Queryable,
  viewer: Viewer,
  subjectType: TFollowSubject,
  subjectKey: string,
): Promise<FollowedSubject | null> {
  switch (subjectType) {
    case "country": {
      const [c] = await tx.select({ name: country.name }).from(country).where(eq(country.iso3, subjectKey));
      return c ? { title: everyLocale(c.name), href: `/countries/${subjectKey}` } : null;
    }
    case "measure": {
      const [m] = await tx
        .select({ title: measure.title, slug: measure.slug })
        .from(measure)
        .where(and(eq(measure.id, subjectKey), isNull(measure.deletedAt)));
      return m ? { title: m.title, href: `/measures/${m.slug}` } : null;
    }
    case "action": {
      const [a] = await tx
        .select({ title: advocacyAction.title })
        .from(advocacyAction)
        .where(and(eq(advocacyAction.id, subjectKey), visibleActionsWhere(viewer)));
      return a ? { title: { zh: a.title, en: a.title }, href: `/actions/${subjectKey}` } : null;
    }
  }
}
