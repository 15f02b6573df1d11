import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { ClientMessages } from "~/components/i18n/client-messages";

// The messages this area's client components use (see components/i18n/client-messages.tsx).
// setRequestLocale here too: without it next-intl reads the locale from the request headers, which
// makes the cached profile dynamic (DYNAMIC_SERVER_USAGE at its first render).
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  return <ClientMessages namespaces={["records"]}>{children}</ClientMessages>;
}
