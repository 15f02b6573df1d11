"use client";
// Unexpected errors: a friendly page with a reference, never a stack trace.
import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="flex flex-col gap-3" role="alert">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("lead")}</p>
      <p>
        <code className="rounded bg-slate-100 px-2 py-1">{error.digest ?? "—"}</code>
      </p>
      <p>
        <Button type="button" onClick={reset}>
          {t("retry")}
        </Button>
      </p>
    </div>
  );
}
