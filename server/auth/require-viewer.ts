// Page guards: an anonymous visitor is sent to sign in; a signed-in person without the permission
// gets the 403 page; someone who must still set up a second factor is sent to do that first.
import "server-only";
import { forbidden } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "~/server/i18n/navigation";
import { type Permission, type Viewer, can } from "./policy";
import { currentViewer } from "./session";

export const TWO_FACTOR_PAGE = "/account/two-factor";

export async function requireViewer(returnTo: string, permission?: Permission): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) {
    const locale = await getLocale();
    return redirect({ href: `/sign-in?next=${encodeURIComponent(`/${locale}${returnTo}`)}`, locale });
  }
  if (viewer.mustEnrolTwoFactor && returnTo !== TWO_FACTOR_PAGE) {
    return redirect({ href: TWO_FACTOR_PAGE, locale: await getLocale() });
  }
  if (permission && !can(viewer, permission)) forbidden();
  return viewer;
}
