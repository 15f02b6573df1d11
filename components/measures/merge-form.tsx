"use client";
// Merge another measure (found with the measure picker) into this one; delete or restore this measure.
import { textIn } from "~/db/localized-text";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Combobox, LinkedList } from "~/components/forms/combobox";
import { type MeasureChoice, searchMeasures } from "~/components/forms/measure-search";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import type { Locale } from "~/db/locales";

export function MergeForm({ survivorId, survivorSlug, choices, lang }: {
  survivorId: string;
  survivorSlug: string;
  choices: MeasureChoice[];
  lang: Locale;
}) {
  const t = useTranslations("measures");
  const tm = useTranslations("forms.measures");
  const tc = useTranslations("common");
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<MeasureChoice | null>(null);
  const others = useMemo(() => choices.filter((c) => c.slug !== survivorSlug), [choices, survivorSlug]);
  const found = useMemo(() => searchMeasures(others, query), [others, query]);
  const title = (c: MeasureChoice) => textIn(c.title, lang) || c.slug;
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const [merged, setMerged] = useState<string | null>(null);
  const merge = useMutation(
    trpc.measures.merge.mutationOptions({ onError, onSuccess: (r) => { setMerged(r.mergedSlug); router.refresh(); } }),
  );
  return (
    <form
      noValidate
      aria-labelledby="merge-title"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        merge.mutate({ survivorId, mergedSlug: chosen?.slug ?? "" });
      }}
    >
      <h2 id="merge-title" className="text-lg font-semibold">{t("merge")}</h2>
      <p className="text-sm text-slate-600">{t("mergeLead")}</p>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      {merged && <Alert tone="success">{t("merged", { slug: merged })}</Alert>}
      <Combobox
        inputId="merge-measure-search"
        label={t("mergeSlug")}
        hint={tm("hint")}
        query={query}
        onQuery={setQuery}
        options={found.map((c) => ({ id: c.slug, label: title(c), detail: `${c.slug} · ${c.actorLabel} · ${c.pillarLabel}` }))}
        onChoose={(slug) => {
          setChosen(others.find((c) => c.slug === slug) ?? null);
          setQuery("");
        }}
        status={query.trim() ? tm("found", { count: found.length }) : ""}
      />
      <LinkedList
        label={t("mergeSlug")}
        items={chosen ? [{ id: chosen.slug, label: title(chosen), detail: chosen.slug }] : []}
        removeLabel={(name) => tm("remove", { name })}
        onRemove={() => setChosen(null)}
      />
      {errors.fields.mergedSlug?.length ? (
        <p role="alert" className="text-sm text-red-700">
          {tc("fieldError", { label: t("mergeSlug"), message: errors.fields.mergedSlug.join(" ") })}
        </p>
      ) : null}
      <div>
        <Button type="submit" variant="secondary" disabled={merge.isPending}>{t("mergeSubmit")}</Button>
      </div>
    </form>
  );
}

export function DeleteMeasureButton({ id, deleted }: { id: string; deleted: boolean }) {
  const t = useTranslations("measures");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, onError } = useFormErrors();
  const options = { onError, onSuccess: () => router.refresh() };
  const del = useMutation(trpc.measures.delete.mutationOptions(options));
  const restore = useMutation(trpc.measures.restore.mutationOptions(options));
  return (
    <div className="flex flex-col gap-2">
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <div>
        {deleted ? (
          <Button type="button" onClick={() => restore.mutate({ id })} disabled={restore.isPending}>{t("restore")}</Button>
        ) : (
          <Button type="button" variant="danger" onClick={() => del.mutate({ id })} disabled={del.isPending}>{t("delete")}</Button>
        )}
      </div>
    </div>
  );
}
