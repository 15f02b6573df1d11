// The header is static (the same for everyone) so public pages can be cached; what depends on the
// signed-in person comes from the client island in session-menu.tsx.
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/ui/page-link";
import { LanguageBar } from "./language-bar";
import { navItemsFor, ROLE_ITEMS } from "./nav-items";
import { SESSION_HINT_SCRIPT } from "./session-hint";
import { SessionAccount, SessionNavItems } from "./session-menu";

/** Shows each role-dependent menu entry before the session answer if the remembered session had it. */
const SESSION_NAV_RULES = ROLE_ITEMS.map(
  ({ key }) => `html[data-nav~="${key}"] .session-nav[data-nav-key="${key}"]{display:list-item}`,
).join("");

export async function SiteHeader() {
  const t = await getTranslations("nav");
  const tm = await getTranslations("meta");
  const items = navItemsFor(null);
  return (
    <>
      {/* Runs before the header is painted: the signed-in part shows the last known state at once
          instead of appearing after /api/session answers (session-hint.ts). */}
      <script dangerouslySetInnerHTML={{ __html: SESSION_HINT_SCRIPT }} />
      <style dangerouslySetInnerHTML={{ __html: SESSION_NAV_RULES }} />
      <header role="banner" className="bg-brand-700 text-white">
        {/* The language bar runs along the top, as on the UN's own sites: the first thing a reader who
          landed in the wrong language looks for, and it wraps rather than hides on a phone. */}
        <div className="bg-brand-800">
          <div className="mx-auto flex max-w-6xl justify-end px-2 py-1 sm:px-4">
            <LanguageBar />
          </div>
        </div>
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          {/* No viewport prefetch of the header's links (here and in session-menu.tsx): every page view
            would render every top-level page in the background, and after a publication invalidates
            the cache (decision 010) those renders queue ahead of the reader's own requests. */}
          <Link
            href="/"
            prefetch={false}
            data-testid="site-logo"
            className="text-lg font-semibold text-white hover:no-underline"
          >
            {tm("title")}
          </Link>
          <nav aria-label={t("main")} className="order-3 w-full sm:order-none sm:w-auto">
            <ul className="flex flex-wrap gap-1">
              {items.map((item) => (
                <li key={item.key}>
                  <Link
                    href={item.href}
                    prefetch={false}
                    className="block rounded px-2 py-1 text-white hover:bg-brand-800 hover:no-underline"
                  >
                    {t(item.key)}
                  </Link>
                </li>
              ))}
              <SessionNavItems />
            </ul>
          </nav>
          <div className="ms-auto flex flex-wrap items-center gap-2">
            <SessionAccount />
          </div>
        </div>
      </header>
    </>
  );
}
