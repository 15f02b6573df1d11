"use client";
// The review queue with a checkbox per proposal: the secretariat selects several and publishes, asks
// for changes or rejects them with one message (decision 024). Each proposal is decided on its own on
// the server; the outcome is reported per proposal, so a conflict on one is named, not lost.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/field";

export interface BulkReviewItem {
  id: string;
  version: number;
  title: string;
  /** The record's summary line (link, state, country…), rendered on the server. */
  summary: ReactNode;
}

type Decision = "published" | "changes_requested" | "rejected";
interface Outcome {
  decided: number;
  failed: { title: string; message: string }[];
}

export function BulkReview({ items, empty }: { items: BulkReviewItem[]; /** Shown instead of the list when nothing waits. */ empty: ReactNode }) {
  const t = useTranslations("records.review");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const decide = useMutation(
    trpc.records.decideMany.mutationOptions({
      onError,
      onSuccess: (result) => {
        const titles = new Map(items.map((i) => [i.id, i.title]));
        setOutcome({
          decided: result.decided,
          failed: result.items.filter((i) => !i.ok).map((i) => ({ title: titles.get(i.id) ?? i.id, message: i.error?.message ?? "" })),
        });
        // Keep the ones that failed selected, so they can be looked at and decided again.
        setSelected(new Set(result.items.filter((i) => !i.ok).map((i) => i.id)));
        router.refresh();
      },
    }),
  );
  const all = items.length > 0 && items.every((i) => selected.has(i.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const outcomeAlert = outcome && (
    <Alert tone={outcome.failed.length ? "error" : "success"}>
      <p>{t("bulk.outcome", { decided: outcome.decided, failed: outcome.failed.length })}</p>
      {outcome.failed.length > 0 && (
        <ul className="mt-2 list-disc ps-5">
          {outcome.failed.map((f) => (
            <li key={f.title}>
              {f.title}: {f.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
  if (items.length === 0)
    return (
      <div className="flex flex-col gap-4">
        {outcomeAlert}
        {empty}
      </div>
    );

  return (
    <form
      noValidate
      aria-labelledby="bulk-title"
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        setOutcome(null);
        const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const decision = (submitter?.value ?? "published") as Decision;
        const message = String(new FormData(e.currentTarget).get("message") ?? "");
        const chosen = items.filter((i) => selected.has(i.id)).map((i) => ({ id: i.id, version: i.version }));
        decide.mutate({ items: chosen, decision, message });
      }}
    >
      <h2 id="bulk-title" className="sr-only">
        {t("bulk.title")}
      </h2>
      <label className="flex min-h-10 items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={all}
          onChange={(e) => setSelected(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())}
          data-testid="select-all"
        />
        {t("bulk.selectAll", { count: items.length })}
      </label>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {items.map((item) => (
          <li key={item.id} className="flex items-start gap-3 px-4 py-3">
            <input
              type="checkbox"
              id={`select-${item.id}`}
              className="mt-1 h-5 w-5 shrink-0"
              checked={selected.has(item.id)}
              onChange={(e) => toggle(item.id, e.target.checked)}
              aria-label={t("bulk.selectOne", { title: item.title })}
            />
            <div className="flex min-w-0 flex-col gap-1">{item.summary}</div>
          </li>
        ))}
      </ul>
      <fieldset className="flex flex-col gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
        <legend className="px-1 text-lg font-semibold">{t("bulk.decide", { count: selected.size })}</legend>
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        <TextAreaField id="bulk-message" name="message" label={t("bulk.message")} hint={t("messageHint")} errors={errors.fields.message} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" value="published" disabled={decide.isPending || selected.size === 0}>
            {t("bulk.publish")}
          </Button>
          <Button type="submit" value="changes_requested" variant="secondary" disabled={decide.isPending || selected.size === 0}>
            {t("bulk.requestChanges")}
          </Button>
          <Button type="submit" value="rejected" variant="danger" disabled={decide.isPending || selected.size === 0}>
            {t("bulk.reject")}
          </Button>
        </div>
        {selected.size === 0 && <p className="text-sm text-slate-700">{t("bulk.noneSelected")}</p>}
      </fieldset>
      {outcomeAlert}
    </form>
  );
}
