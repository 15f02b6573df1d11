import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "~/components/i18n/navigation";
import type { Actor } from "~/server/auth/policy";
import { LanguageSwitcher } from "./language-switcher";
import { navItemsFor } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader({ actor }: { actor: Actor | null }) {
  const t = await getTranslations("nav");
  const tm = await getTranslations("meta");
  const items = navItemsFor(actor?.role ?? null);
  return (
    <header role="banner" className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-white hover:no-underline">
          {tm("title")}
        </Link>
        <nav aria-label={t("main")} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-1">
            {items.map((item) => (
              <li key={item.key}>
                <Link href={item.href} className="block rounded px-2 py-1 text-white hover:bg-brand-800 hover:no-underline">
                  {t(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <Suspense>
            <LanguageSwitcher />
          </Suspense>
          {actor ? (
            <>
              <Link href="/account" className="rounded px-2 py-1 text-sm text-white hover:bg-brand-800" data-testid="account-link">
                <span className="sr-only">{t("signedInAs", { name: actor.name })}</span>
                <span aria-hidden="true">{actor.name}</span>
              </Link>
              <SignOutButton />
            </>
          ) : (
            <Link href="/sign-in" className="rounded bg-white px-3 py-1 text-sm font-medium text-brand-700 hover:no-underline">
              {t("signIn")}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
