"use client";
// After a stale save: the fields where the record as saved by someone else differs from what you typed.
import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";

const FIELDS = ["countryIso3", "date", "title", "description", "status", "kind", "venue", "treaty", "endedOn", "office", "positionTitle", "personName", "chamber", "membersInvolved", "outcome", "notes"];

/** A localized text shows every language it has (the conflict is about what was saved, in any language). */
const shown = (v: unknown): string => {
  if (v && typeof v === "object") return Object.values(v).filter(Boolean).join(" / ") || "—";
  return v === null || v === undefined || v === "" ? "—" : String(v);
};

export function ConflictNotice({ current, mine, onReload }: { current: Record<string, unknown>; mine: Record<string, unknown>; onReload: () => void }) {
  const t = useTranslations("records");
  const tl = useTranslations("localized");
  const label = (f: string) =>
    f === "title" ? tl("titleLabel") : f === "description" ? tl("descriptionLabel") : t(`fields.${f === "countryIso3" ? "country" : f}` as "fields.country");
  const differing = FIELDS.filter((f) => shown(current[f]) !== shown(mine[f]));
  // Links too: the current record's measures and citations against what was typed.
  const links = current.links as { measures?: { slug: string }[]; units?: { document: string; locator: string }[] } | undefined;
  const theirs = {
    measures: (links?.measures ?? []).map((m) => m.slug).sort().join(", "),
    units: (links?.units ?? []).map((u) => `${u.document}#${u.locator}`).sort().join(", "),
  };
  const ours = {
    measures: ((mine.measures as string[] | undefined) ?? []).slice().sort().join(", "),
    units: ((mine.units as { document: string; locator: string }[] | undefined) ?? []).map((u) => `${u.document}#${u.locator}`).sort().join(", "),
  };
  const linkDiffs = (["measures", "units"] as const).filter((k) => theirs[k] !== ours[k]);
  return (
    <section aria-labelledby="conflict-title" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
      <h2 id="conflict-title" className="font-semibold">
        {t("conflictTitle")}
      </h2>
      <p className="mt-1">{t("conflictLead")}</p>
      <dl className="mt-2 grid gap-1 sm:grid-cols-[12rem_1fr]">
        {differing.map((f) => (
          <div key={f} className="contents">
            <dt className="font-medium">{label(f)}</dt>
            <dd className="break-words">{shown(current[f])}</dd>
          </div>
        ))}
        {linkDiffs.map((k) => (
          <div key={k} className="contents">
            <dt className="font-medium">{t(`fields.${k}`)}</dt>
            <dd className="break-words">{theirs[k] || "—"}</dd>
          </div>
        ))}
      </dl>
      <Button type="button" variant="secondary" className="mt-3" onClick={onReload}>
        {t("reload")}
      </Button>
    </section>
  );
}
