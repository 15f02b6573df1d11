"use client";
import { asLocale } from "~/db/localized-text-ops";
import { type LocalizedText, textIn } from "~/db/localized-text";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useErrorReader } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useState } from "react";

/** A member asks their organisation to require two-step sign-in of everyone (only an admin lifts it). */
export function OrganizationTwoFactor({ organization }: { organization: { id: string; name: LocalizedText; requireTwoFactor: boolean } }) {
  const t = useTranslations("twoFactor");
  const locale = asLocale(useLocale());
  const trpc = useTRPC();
  const router = useRouter();
  const read = useErrorReader();
  const [error, setError] = useState<string | null>(null);
  const set = useMutation(
    trpc.twoFactor.setOrganizationRequirement.mutationOptions({ onError: (e) => setError(read(e).form), onSuccess: () => router.refresh() }),
  );
  return (
    <section aria-labelledby="org-2fa-heading" className="flex max-w-md flex-col gap-3">
      <h2 id="org-2fa-heading" className="text-lg font-semibold">
        {t("organizationTitle")}
      </h2>
      {error && <Alert tone="error">{error}</Alert>}
      {organization.requireTwoFactor ? (
        <p className="text-sm">{t("organizationRequired", { organization: textIn(organization.name, locale) })}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("organizationRequireHint")}</p>
          <Button
            type="button"
            variant="secondary"
            disabled={set.isPending}
            onClick={() => set.mutate({ organizationId: organization.id, required: true })}
          >
            {t("organizationRequire", { organization: textIn(organization.name, locale) })}
          </Button>
        </>
      )}
    </section>
  );
}
