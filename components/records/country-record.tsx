// One published record on a country page: title, key facts, evidence and linked measures.
import { textIn } from "~/db/localized-text";
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/ui/page-link";
import { RecordFacts } from "./record-facts";
import type { PublicRecordItem as Item } from "./types";
import type { Locale } from "~/db/locales";

export async function CountryRecord({
  item,
  lang,
  current,
  measureTitles = {},
}: {
  item: Item;
  lang: Locale;
  current?: boolean;
  measureTitles?: Record<string, string>;
}) {
  const t = await getTranslations("records");
  const title = textIn(item.title, lang) || t(`types.${item.type}`);
  const facts = {
    type: item.type,
    date: item.date,
    status: item.status,
    kind: "kind" in item ? (item.kind ?? null) : null,
    venue: "venue" in item ? (item.venue ?? null) : null,
    treaty: "treaty" in item ? (item.treaty ?? null) : null,
    endedOn: "endedOn" in item ? (item.endedOn ?? null) : null,
    office: "office" in item ? (item.office ?? null) : null,
    positionTitle: "positionTitle" in item ? (item.positionTitle ?? null) : null,
    personName: "personName" in item ? (item.personName ?? null) : null,
    network: "network" in item ? !!item.network : false,
    chamber: "chamber" in item ? (item.chamber ?? null) : null,
    membersInvolved: "membersInvolved" in item ? (item.membersInvolved ?? null) : null,
    outcome: "outcome" in item ? (item.outcome ?? null) : null,
  };
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="font-semibold">
        <Link href={`/records/${item.id}`} className="text-brand-700 underline">
          {title}
        </Link>
        {current && <span className="ms-2 rounded bg-green-100 px-2 py-0.5 text-xs text-green-900">{t("country.current")}</span>}
      </h3>
      <div className="mt-2">
        <RecordFacts rec={facts} />
      </div>
      {(item.evidence.length > 0 || item.measures.length > 0 || item.units.length > 0) && (
        <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {item.evidence.map((e, i) => (
            <li key={`e${i}`}>
              <a href={e.kind === "url" ? (e.url ?? "#") : (e.file ?? "#")} rel="noopener noreferrer nofollow" className="text-brand-700 underline">
                {e.label || t("fields.evidence")}
              </a>
            </li>
          ))}
          {item.units.map((u) => (
            <li key={`${u.document}#${u.locator}`}>
              <Link href={`/documents/${u.document}#p-${u.locator}`} className="text-brand-700 underline">
                {u.document} ¶{u.locator}
              </Link>
            </li>
          ))}
          {item.measures.map((m) => (
            <li key={m}>
              <Link href={`/measures/${m}`} className="text-slate-700 underline">
                {measureTitles[m] ?? m}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
