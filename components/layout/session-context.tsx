"use client";
// The signed-in person for client components on static pages: fetched once per page load from
// GET /api/session (never cached), so the server-rendered shell never reads the session.
import type { Locale } from "~/db/locales";
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import type { NavItem } from "./nav-items";
import { rememberSession } from "./session-hint";

export interface ClientSession {
  user: { name: string; role: string; locale: Locale } | null;
  /** Only the role-dependent navigation keys; the public ones are in the static header. */
  nav: NavItem["key"][];
  unreadNotifications: number;
  /** What the policy lets them do from a paragraph of the reader (server/auth/session-summary.ts). */
  may?: { proposeRecord: boolean; logAction: boolean; discuss: boolean };
}

/** `undefined` while loading; then the session (user null when signed out). */
const SessionContext = createContext<ClientSession | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<ClientSession | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const load = () =>
      fetch("/api/session", { cache: "no-store", credentials: "same-origin" })
        .then((r) => (r.ok ? (r.json() as Promise<ClientSession>) : null))
        .then((s) => {
          const answer = s ?? { user: null, nav: [], unreadNotifications: 0 };
          // The next page paints this header at once (session-hint.ts), before its own answer.
          rememberSession(window.localStorage, answer);
          if (live) setSession(answer);
        })
        .catch(() => live && setSession({ user: null, nav: [], unreadNotifications: 0 }));
    void load();
    // Signing in or out elsewhere in the app announces it, so the header follows without a reload.
    window.addEventListener("r2p:session-changed", load);
    return () => {
      live = false;
      window.removeEventListener("r2p:session-changed", load);
    };
  }, []);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useClientSession(): ClientSession | undefined {
  return useContext(SessionContext);
}

/** Tell the header the session changed (after sign-in or sign-out). */
export function announceSessionChange() {
  window.dispatchEvent(new Event("r2p:session-changed"));
}
