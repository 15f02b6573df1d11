// What changed between two versions of a record, readable: fields before/after, links added/removed.
import { getTranslations } from "next-intl/server";
import { valueSummary } from "~/components/i18n/value-summary";
import type { RecordDiff as SnapshotDiff } from "./types";

/** Where a field's stored value has a label, by record type. */
const VALUE_LABELS: Record<string, Partial<Record<string, string>>> = {
  commitment: { kind: "commitmentKinds", venue: "venues", status: "commitmentStatuses" },
  parliamentary_action: { kind: "parliamentaryKinds", status: "parliamentaryStatuses" },
  focal_point: {},
};

export async function DiffView({ diff, type }: { diff: SnapshotDiff; type: string }) {
  const [t, tc] = await Promise.all([getTranslations("records"), getTranslations("common")]);
  const shown = (field: string, v: unknown) => {
    if (typeof v === "boolean") return v ? tc("yes") : tc("no");
    const group = VALUE_LABELS[type]?.[field];
    const key = `${group}.${String(v)}`;
    return group && t.has(key as "types.commitment") ? t(key as "types.commitment") : valueSummary(v);
  };
  const lists = (["measures", "units", "evidence"] as const).filter((k) => diff[k].added.length + diff[k].removed.length > 0);
  if (diff.fields.length === 0 && lists.length === 0) return <p className="text-sm text-slate-600">{t("historyPage.noChanges")}</p>;
  return (
    <div className="flex flex-col gap-2 text-sm">
      {diff.fields.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[20rem] text-start">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-2 py-1">{t("historyPage.field")}</th>
                <th scope="col" className="px-2 py-1">{t("historyPage.before")}</th>
                <th scope="col" className="px-2 py-1">{t("historyPage.after")}</th>
              </tr>
            </thead>
            <tbody>
              {diff.fields.map((f) => (
                <tr key={f.field} className="border-t border-slate-100 align-top">
                  <th scope="row" className="px-2 py-1 font-medium">{t(`fields.${f.field === "countryIso3" ? "country" : f.field}` as "fields.country")}</th>
                  <td className="px-2 py-1 break-words"><del className="text-red-800">{shown(f.field, f.before)}</del></td>
                  <td className="px-2 py-1 break-words"><ins className="text-green-800 no-underline">{shown(f.field, f.after)}</ins></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {lists.map((k) => (
        <p key={k}>
          <span className="font-medium">{t(`historyPage.${k}`)}: </span>
          {diff[k].added.map((x) => (
            <ins key={`+${x}`} className="me-2 text-green-800 no-underline">+ {x}</ins>
          ))}
          {diff[k].removed.map((x) => (
            <del key={`-${x}`} className="me-2 text-red-800">− {x}</del>
          ))}
        </p>
      ))}
    </div>
  );
}
