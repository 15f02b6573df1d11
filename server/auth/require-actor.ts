// Page guards: an anonymous visitor is sent to sign in; a signed-in person without the permission
// gets the 403 page.
import "server-only";
import { forbidden } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "~/components/i18n/navigation";
import { type Action, type Actor, can } from "./policy";
import { currentActor } from "./session";

export async function requireActor(returnTo: string, action?: Action): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) {
    const locale = await getLocale();
    return redirect({ href: `/sign-in?next=${encodeURIComponent(`/${locale}${returnTo}`)}`, locale });
  }
  if (action && !can(actor, action)) forbidden();
  return actor;
}
