import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "~/components/i18n/client-messages";
import { Link } from "~/server/i18n/navigation";
import { can } from "~/server/auth/policy";
import { currentViewer } from "~/server/auth/session";

/**
 * The admin sub-navigation. Each admin page guards itself with `requireViewer(itsOwnPath, …)`, so an
 * anonymous visitor is sent to sign in with the page they asked for (a layout does not know it).
 */
export default async function AdminLayout({
  children,
}: {
  children: ReactNode;
}) {
  const viewer = await currentViewer();
  if (!can(viewer, "admin.access")) return children;
  const t = await getTranslations("admin");
  const sections = [
    { href: "/admin/users", label: t("users"), show: true },
    { href: "/admin/organizations", label: t("organizations"), show: true },
    { href: "/admin/invitations", label: t("invitations"), show: true },
    {
      href: "/admin/documents",
      label: t("documents"),
      show: can(viewer, "document.create"),
    },
    { href: "/admin/audit", label: t("audit"), show: can(viewer, "audit.read") },
    {
      href: "/admin/mailbox",
      label: t("mailbox"),
      show: can(viewer, "mailbox.read"),
    },
  ];
  return (
    <ClientMessages namespaces={["admin", "roles", "account", "twoFactor", "documentVersions"]}>
      <div className="flex flex-col gap-6">
        <nav aria-label={t("title")} className="no-print">
          <ul className="flex flex-wrap gap-2 border-b border-slate-200 pb-2 text-sm">
            {sections
              .filter((s) => s.show)
              .map((s) => (
                <li key={s.href}>
                  <Link
                    href={s.href}
                    className="block rounded px-3 py-1 hover:bg-slate-100"
                  >
                    {s.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        {children}
      </div>
    </ClientMessages>
  );
}
