import type { ReactNode } from "react";
import { ClientMessages } from "~/components/i18n/client-messages";

// The messages this area's client components use (see components/i18n/client-messages.tsx).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["records", "roles", "forms", "history"]}>{children}</ClientMessages>;
}
