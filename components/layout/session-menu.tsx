"use client";
// The signed-in part of the header, as a client island: role-dependent menu items, the account
// link with the unread-notification count, and sign out — or the sign-in link for visitors. The
// rest of the header is static, so public pages can be served from the cache.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "~/server/i18n/navigation";
import { NAV_ITEMS, ROLE_ITEMS } from "./nav-items";
import { useClientSession } from "./session-context";
import { SignOutButton } from "./sign-out-button";

const linkClass = "block rounded px-2 py-1 text-white hover:bg-brand-800 hover:no-underline";
const signInClass = "rounded bg-white px-3 py-1 text-sm font-medium text-brand-700 hover:no-underline";

/** Menu entries only some roles see; rendered inside the header's list once the session is known. */
export function SessionNavItems() {
  const t = useTranslations("nav");
  const session = useClientSession();
  if (session === undefined) {
    // Before the answer: every role-dependent entry, each shown by CSS only if the remembered
    // session had it (session-hint.ts; the rules come from SessionHintStyle in site-header.tsx).
    return ROLE_ITEMS.map((item) => (
      <li key={item.key} className="session-nav" data-nav-key={item.key}>
        <Link href={item.href} prefetch={false} className={linkClass}>
          {t(item.key)}
        </Link>
      </li>
    ));
  }
  const items = NAV_ITEMS.filter((i) => session.nav.includes(i.key));
  return items.map((item) => (
    <li key={item.key}>
      <Link href={item.href} prefetch={false} className={linkClass}>
        {t(item.key)}
      </Link>
    </li>
  ));
}

export function SessionAccount() {
  const t = useTranslations("nav");
  const session = useClientSession();
  if (session === undefined) {
    // Before the answer, both states are in the page and CSS shows the one this browser last saw
    // (session-hint.ts): a visitor sees the sign-in link at once, a signed-in person their name.
    return (
      <>
        <Link href="/sign-in" className={`session-out ${signInClass}`}>
          {t("signIn")}
        </Link>
        <span aria-hidden="true" className="session-in items-center gap-2">
          <span className="session-hint-name rounded px-2 py-1 text-sm text-white" />
          <span className="inline-flex min-h-8 items-center gap-1 rounded px-2 py-1 text-sm text-white">
            <BellIcon />
            <span className="session-hint-unread rounded-full bg-white px-1.5 text-xs font-semibold text-brand-700" />
          </span>
          <span className="rounded px-2 py-1 text-sm text-white">{t("signOut")}</span>
        </span>
      </>
    );
  }
  if (!session.user) {
    return (
      <Link href="/sign-in" className={signInClass}>
        {t("signIn")}
      </Link>
    );
  }
  const unread = session.unreadNotifications;
  return (
    <>
      <Link
        href="/account"
        className="rounded px-2 py-1 text-sm text-white hover:bg-brand-800"
        data-testid="account-link"
      >
        <span className="sr-only">{t("signedInAs", { name: session.user.name })}</span>
        <span aria-hidden="true">{session.user.name}</span>
      </Link>
      {/* Its own link, so the count is one keystroke from the list (and named with the count). */}
      <Link
        href="/notifications"
        className="inline-flex min-h-8 items-center gap-1 rounded px-2 py-1 text-sm text-white hover:bg-brand-800 hover:no-underline"
        data-testid="notifications-link"
      >
        <BellIcon />
        {unread > 0 ? (
          <>
            <span
              aria-hidden="true"
              data-testid="unread-notifications"
              className="rounded-full bg-white px-1.5 text-xs font-semibold text-brand-700"
            >
              {unread}
            </span>
            <span className="sr-only">{t("unreadNotifications", { count: unread })}</span>
          </>
        ) : (
          <span className="sr-only">{t("notifications")}</span>
        )}
      </Link>
      <SignOutButton />
    </>
  );
}

function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
      <path d="M10 2a5 5 0 0 0-5 5v2.6l-1.3 2.6A1 1 0 0 0 4.6 14h10.8a1 1 0 0 0 .9-1.4L15 9.6V7a5 5 0 0 0-5-5Zm-2 13a2 2 0 0 0 4 0H8Z" />
    </svg>
  );
}

/** For static pages that offer something only to visitors (e.g. "sign in to contribute"). */
export function SignedOutOnly({ children }: { children: ReactNode }) {
  const session = useClientSession();
  return session && !session.user ? children : null;
}

/**
 * For static pages that show a control only to some signed-in roles (e.g. an "edit" link): the
 * page stays cacheable and the server still checks the permission when the control is used.
 */
export function ForRoles({ roles, children }: { roles: readonly string[]; children: ReactNode }) {
  const session = useClientSession();
  return session?.user && roles.includes(session.user.role) ? children : null;
}
