// The header's signed-in part is a client island (the rest of each public page is cached HTML), so
// before /api/session answers the page cannot know who is there. To paint the right header at once,
// this browser remembers what the last answer said; an inline script applies it to <html> before the
// header is painted, and CSS (globals.css, "session hint") shows the matching placeholder. Nothing
// here grants anything: the real session replaces the placeholder, and every page checks on its own.
import type { ClientSession } from "./session-context";

export const SESSION_HINT_KEY = "r2p:header";

interface SessionHint {
  name: string;
  nav: string[];
  unread: number;
}

/** Keep what the header shows for the next page load (or forget it when signed out). */
export function rememberSession(storage: Storage, session: ClientSession) {
  try {
    if (!session.user) storage.removeItem(SESSION_HINT_KEY);
    else {
      const hint: SessionHint = {
        name: session.user.name,
        nav: session.nav,
        unread: session.unreadNotifications,
      };
      storage.setItem(SESSION_HINT_KEY, JSON.stringify(hint));
    }
  } catch {
    // Storage full or refused (private mode): the header then waits for the answer, as before.
  }
}

export function forgetSession(storage: Storage) {
  try {
    storage.removeItem(SESSION_HINT_KEY);
  } catch {
    // As above.
  }
}

/**
 * Runs inline, before the header: marks <html> with the remembered state — data-session, data-nav
 * (the role's menu keys) and the name and unread count as CSS strings. Control characters, quotes and
 * backslashes are dropped from the name so it is always a valid CSS string.
 */
export const SESSION_HINT_SCRIPT = `try{var h=JSON.parse(localStorage.getItem(${JSON.stringify(SESSION_HINT_KEY)})||"null"),d=document.documentElement;if(h&&typeof h.name==="string"){d.dataset.session="in";d.dataset.nav=Array.isArray(h.nav)?h.nav.join(" "):"";d.dataset.unread=h.unread>0?"yes":"no";d.style.setProperty("--r2p-name",JSON.stringify(h.name.replace(/[\\u0000-\\u001f"\\\\]/g,"")));d.style.setProperty("--r2p-unread",JSON.stringify(String(Math.max(0,Math.floor(Number(h.unread)||0)))))}else d.dataset.session="out"}catch(e){}`;
