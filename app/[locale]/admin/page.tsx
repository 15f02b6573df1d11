import { getLocale } from "next-intl/server";
import { redirect } from "~/server/i18n/navigation";
import { requireActor } from "~/server/auth/require-actor";

export default async function AdminIndex() {
  await requireActor("/admin", "admin.access");
  redirect({ href: "/admin/users", locale: await getLocale() });
}
