"use client";
// A measure's revisions, newest first, each with what changed; the secretariat restores any of them.
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { valueSummary } from "~/components/i18n/value-summary";

interface Revision {
  id: string;
  version: number;
  action: string;
  by: string;
  createdAt: Date;
  fields: { field: string; before: unknown; after: unknown }[];
  sourcesAdded: { document: string; locator: string; quote: string }[];
  sourcesRemoved: { document: string; locator: string; quote: string }[];
}

export function HistoryList({ measureId, version, revisions }: { measureId: string; version: number; revisions: Revision[] }) {
  const t = useTranslations("measures");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const [restored, setRestored] = useState(false);
  const restore = useMutation(
    trpc.measures.restoreRevision.mutationOptions({ onError, onSuccess: () => { setRestored(true); router.refresh(); } }),
  );
  return (
    <section id="history" aria-labelledby="history-title" className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="history-title" className="text-lg font-semibold">{t("history")}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("historyLead")}</p>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      {restored && <Alert tone="success">{t("restored")}</Alert>}
      <ol className="flex flex-col divide-y divide-slate-100">
        {revisions.map((r, i) => (
          <li key={r.id} className="py-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="text-sm">
                <span className="font-medium">{t("version", { version: r.version })}</span> · {t(`actions.${r.action}` as never)} ·{" "}
                {t("by", { name: r.by === "seed" ? t("seedActor") : r.by })} · {format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" })}
              </p>
              {i > 0 && (
                <Button type="button" variant="secondary" disabled={restore.isPending} onClick={() => { clear(); setRestored(false); restore.mutate({ measureId, revisionId: r.id, version }); }}>
                  {t("restoreVersion", { version: r.version })}
                </Button>
              )}
            </div>
            {r.fields.length > 0 && r.action !== "seed" && (
              <dl className="mt-1 grid gap-1 text-sm">
                {r.fields.map((f) => (
                  <div key={f.field} className="grid gap-1 sm:grid-cols-[10rem_1fr_1fr]">
                    <dt className="font-medium">{t(`fieldNames.${f.field}` as never)}</dt>
                    <dd className="text-red-800 line-through decoration-red-400"><span className="sr-only">{t("before")}: </span>{valueSummary(f.before)}</dd>
                    <dd className="text-green-800"><span className="sr-only">{t("after")}: </span>{valueSummary(f.after)}</dd>
                  </div>
                ))}
              </dl>
            )}
            {[...r.sourcesAdded.map((s) => ({ s, kind: "added" as const })), ...r.sourcesRemoved.map((s) => ({ s, kind: "removed" as const }))].map(({ s, kind }) => (
              r.action === "seed" ? null : (
                <p key={`${kind}-${s.document}-${s.locator}-${s.quote}`} className={`text-sm ${kind === "added" ? "text-green-800" : "text-red-800"}`}>
                  {t(kind)}: <span className="font-mono text-xs">{s.document} {s.locator}</span> <span lang="zh-CN">{s.quote}</span>
                </p>
              )
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
