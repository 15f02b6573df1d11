import type { ReactNode } from "react";
import { ClientMessages } from "~/components/i18n/client-messages";

// The messages this area's client components use: the action form, and the record form's upload
// field and measure finder, which the action form reuses.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["actions", "records", "forms"]}>{children}</ClientMessages>;
}
