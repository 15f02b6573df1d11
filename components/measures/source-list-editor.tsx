"use client";
// The measure's sources with a remove button each (the server keeps at least one).
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

export function SourceListEditor({ measureId, sources }: { measureId: string; sources: { id: string; document: string; locator: string; quote: string }[] }) {
  const t = useTranslations("measures");
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, clear, onError } = useFormErrors();
  const remove = useMutation(trpc.measures.removeSource.mutationOptions({ onError, onSuccess: () => router.refresh() }));
  return (
    <section aria-labelledby="edit-sources" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="edit-sources" className="mb-2 text-lg font-semibold">{t("sources")}</h2>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <ul className="divide-y divide-slate-100">
        {sources.map((s) => (
          <li key={s.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
            <span className="min-w-0 flex-1">
              <span className="font-mono text-xs">{s.document} {s.locator}</span>
              <span lang="zh-CN" className="block">{s.quote}</span>
            </span>
            <Button
              type="button"
              variant="danger"
              aria-label={t("removeSource", { locator: `${s.document} ${s.locator}` })}
              disabled={remove.isPending}
              onClick={() => { clear(); remove.mutate({ measureId, sourceId: s.id }); }}
            >
              {t("remove")}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
