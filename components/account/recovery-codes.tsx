"use client";
import { useTranslations } from "next-intl";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

/** The ten recovery codes, shown once right after they are made. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useTranslations("twoFactor");
  return (
    <section aria-labelledby="recovery-heading" className="flex max-w-md flex-col gap-3">
      <h2 id="recovery-heading" className="text-lg font-semibold">
        {t("recoveryTitle")}
      </h2>
      <Alert tone="info">{t("recoveryLead")}</Alert>
      <ol data-testid="recovery-codes" className="grid grid-cols-2 gap-2 rounded-md border border-slate-300 bg-white p-4 font-mono text-base">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <Button type="button" onClick={onDone}>
        {t("recoverySaved")}
      </Button>
    </section>
  );
}
