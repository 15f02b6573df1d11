"use client";
// Download a filtered list of records as CSV or JSON (the server decides what the person may see),
// or a type's empty import template.
import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorReader } from "~/components/forms/use-mutation-errors";
import { useTRPC } from "~/components/trpc/provider";
import { Button } from "~/components/ui/button";
import type { TRecordType } from "~/db/schema/record-vocabulary";

function download(filename: string, mime: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
  const a = Object.assign(document.createElement("a"), { href: url, download: filename });
  a.click();
  URL.revokeObjectURL(url);
}

interface Props {
  type: TRecordType;
  filters?: { country?: string; mine?: boolean; awaitingReview?: boolean };
  template?: boolean;
}

export function ExportButtons({ type, filters = {}, template = false }: Props) {
  const t = useTranslations("records.csv");
  const trpc = useTRPC();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  // E.g. too many downloads in a short time: say so, in the reader's language.
  const readError = useErrorReader();
  const [error, setError] = useState<string | null>(null);
  const run = async (fetcher: () => Promise<{ filename: string; content: string; mime?: string }>) => {
    setBusy(true);
    setError(null);
    try {
      const file = await fetcher();
      download(file.filename, file.mime ?? "text/csv", file.content);
    } catch (e) {
      setError(readError(e).form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="flex flex-wrap gap-2">
      {template && (
        <Button type="button" variant="secondary" disabled={busy} onClick={() => run(() => client.fetchQuery(trpc.records.template.queryOptions({ type })))}>
          {t("template")}
        </Button>
      )}
      {(["csv", "json"] as const).map((format) => (
        <Button
          key={format}
          type="button"
          variant="secondary"
          disabled={busy}
          onClick={() => run(() => client.fetchQuery({ ...trpc.records.export.queryOptions({ type, format, ...filters }), staleTime: 0 }))}
        >
          {format === "csv" ? t("exportCsv") : t("exportJson")}
        </Button>
      ))}
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
