// The facets of a measure as small labelled badges: who it is addressed to, pillar, theme, prevention, key.
import { getTranslations } from "next-intl/server";

interface Facets {
  actor: string;
  pillar: number | null;
  category: string;
  prevention: string | null;
  key: boolean;
}

const badge = "rounded-full border px-2 py-0.5 text-xs whitespace-nowrap";

export async function MeasureBadges({ m }: { m: Facets }) {
  const t = await getTranslations("measures");
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={t("category")}>
      <li className={`${badge} border-brand-100 bg-brand-50 text-brand-800`}>
        <span className="sr-only">{t("actor")}: </span>
        {t(`actors.${m.actor}` as never)}
      </li>
      <li className={`${badge} border-slate-300 bg-white text-slate-700`}>
        {m.pillar ? t("pillarN", { n: m.pillar }) : t("noPillar")}
      </li>
      <li className={`${badge} border-slate-300 bg-white text-slate-700`}>
        <span className="sr-only">{t("category")}: </span>
        {t(`categories.${m.category}` as never)}
      </li>
      {m.prevention && (
        <li className={`${badge} border-slate-300 bg-white text-slate-700`}>
          <span className="sr-only">{t("prevention")}: </span>
          {t(`preventions.${m.prevention}` as never)}
        </li>
      )}
      {m.key && <li className={`${badge} border-amber-300 bg-amber-50 font-medium text-amber-900`}>{t("keyBadge")}</li>}
    </ul>
  );
}
