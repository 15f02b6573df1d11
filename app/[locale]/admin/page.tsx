import { getLocale } from "next-intl/server";
import { redirect } from "~/components/i18n/navigation";

export default async function AdminIndex() {
  redirect({ href: "/admin/users", locale: await getLocale() });
}
