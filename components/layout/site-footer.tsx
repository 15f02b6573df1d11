import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer role="contentinfo" className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-4 text-sm text-slate-600">
        <p>{t("about")}</p>
        <a href="/api/v1/openapi.json">{t("api")}</a>
      </div>
    </footer>
  );
}
