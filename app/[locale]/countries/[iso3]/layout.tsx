import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";

// The state's pages have no client component with messages of their own: the root layout's (header,
// error page, "shown in" labels) are enough — this layout once sent the whole `records` vocabulary
// (14–25 kB a page; components/i18n/client-messages.tsx).
// setRequestLocale here too: without it next-intl reads the locale from the request headers, which
// makes the cached profile dynamic (DYNAMIC_SERVER_USAGE at its first render).
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  return children;
}
