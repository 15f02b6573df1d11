import { getTranslations } from "next-intl/server";
import { Link } from "~/server/i18n/navigation";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenLead")}</p>
      <p>
        <Link href="/">{t("goHome")}</Link>
      </p>
    </div>
  );
}
