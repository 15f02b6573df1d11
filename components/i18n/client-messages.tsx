// Client components get only the message namespaces they use: the root layout sends the few the
// header and the error page need; an interactive area adds its own with this wrapper (with every
// error message its forms may show), so public read-only pages do not carry the admin, editing and
// form-error vocabularies.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** Always sent: the header's switcher and sign-out, error pages, field errors, form buttons. */
export const BASE_CLIENT_NAMESPACES = ["nav", "languages", "errors", "common", "localized"] as const;

/** What a page without forms needs of `errors`: the error boundary's (app/[locale]/error.tsx). */
const ERROR_PAGE_KEYS = ["title", "lead", "retry"];

export async function ClientMessages({
  namespaces,
  forms = true,
  children,
}: {
  namespaces: readonly string[];
  /** false for the root layout: the areas with forms wrap themselves again (their layouts). */
  forms?: boolean;
  children: ReactNode;
}) {
  const messages = await getMessages();
  const wanted = new Set<string>([...BASE_CLIENT_NAMESPACES, ...namespaces]);
  const picked = Object.fromEntries(Object.entries(messages).filter(([ns]) => wanted.has(ns)));
  if (!forms) picked.errors = pick(messages.errors as Record<string, unknown>, ERROR_PAGE_KEYS);
  // A nested provider replaces its parent's messages, hence the base set above.
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}

function pick(values: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.filter((k) => k in values).map((k) => [k, values[k]]));
}
