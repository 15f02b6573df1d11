import { getLocale } from "next-intl/server";
import { redirect } from "~/server/i18n/navigation";
import { requireViewer } from "~/server/auth/require-viewer";

export default async function AdminIndex() {
  await requireViewer("/admin", "admin.access");
  redirect({ href: "/admin/users", locale: await getLocale() });
}
