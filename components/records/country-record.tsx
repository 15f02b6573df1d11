// One published record on a country page: title, key facts, evidence and linked measures.
// Thirty of these make a records page, so each is lean (decision 039): short classes from
// record-card.css, and plain anchors with the locale written in — no client component per link.
import { textIn } from "~/db/localized-text";
import { getTranslations } from "next-intl/server";
import { withLocale } from "~/components/ui/page-link";
import { RecordFactsList } from "./record-facts";
import type { PublicRecordItem as Item } from "./types";
import type { Locale } from "~/db/locales";
import "./record-card.css";

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
  const href = (path: string) => withLocale(path, lang);
  return (
    <li className="record-card">
      <h3>
        <a href={href(`/records/${item.id}`)}>{title}</a>
        {current && <span>{t("country.current")}</span>}
      </h3>
      <RecordFactsList rec={facts} t={t} />
      {(item.evidence.length > 0 || item.measures.length > 0 || item.units.length > 0) && (
        <ul className="record-links">
          {item.evidence.map((e, i) => (
            <li key={`e${i}`}>
              <a href={e.kind === "url" ? (e.url ?? "#") : (e.file ?? "#")} rel="noopener noreferrer nofollow">
                {e.label || t("fields.evidence")}
              </a>
            </li>
          ))}
          {item.units.map((u) => (
            <li key={`${u.document}#${u.locator}`}>
              <a href={href(`/documents/${u.document}#p-${u.locator}`)}>{`${u.document} ¶${u.locator}`}</a>
            </li>
          ))}
          {item.measures.map((m) => (
            <li key={m}>
              <a href={href(`/measures/${m}`)} data-measure="">
                {measureTitles[m] ?? m}
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
