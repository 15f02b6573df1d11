// Client components get only the message namespaces they use: the root layout sends the few the
// header, error page and every form need; an interactive area adds its own with this wrapper, so
// public read-only pages do not carry the admin and editing vocabularies.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** Always sent: the header's switcher and sign-out, error pages, field errors, form buttons. */
export const BASE_CLIENT_NAMESPACES = ["nav", "languages", "errors", "common", "localized"] as const;

export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  const wanted = new Set<string>([...BASE_CLIENT_NAMESPACES, ...namespaces]);
  const picked = Object.fromEntries(Object.entries(messages).filter(([ns]) => wanted.has(ns)));
  // A nested provider replaces its parent's messages, hence the base set above.
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
