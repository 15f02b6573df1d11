"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorReader } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Button } from "~/components/ui/button";

export function UserRowActions({
  userId,
  deactivated,
  label,
  canResetTwoFactor = false,
}: {
  userId: string;
  deactivated: boolean;
  label: string;
  /** After a lost phone: clears their second factor and signs them out everywhere. */
  canResetTwoFactor?: boolean;
}) {
  const t = useTranslations("admin");
  const t2 = useTranslations("twoFactor");
  const trpc = useTRPC();
  const router = useRouter();
  const readErrors = useErrorReader();
  const [error, setError] = useState<string | null>(null);
  const options = {
    onError: (e: unknown) => setError(readErrors(e).form),
    onSuccess: () => router.refresh(),
  };
  const deactivate = useMutation(trpc.users.deactivate.mutationOptions(options));
  const reactivate = useMutation(trpc.users.reactivate.mutationOptions(options));
  const resetTwoFactor = useMutation(trpc.twoFactor.reset.mutationOptions(options));
  const busy = deactivate.isPending || reactivate.isPending || resetTwoFactor.isPending;
  return (
    <div className="flex flex-col gap-1">
      {deactivated ? (
        <Button variant="secondary" disabled={busy} aria-label={`${t("reactivate")}: ${label}`} onClick={() => reactivate.mutate({ userId })}>
          {t("reactivate")}
        </Button>
      ) : (
        <Button variant="danger" disabled={busy} aria-label={`${t("deactivate")}: ${label}`} onClick={() => deactivate.mutate({ userId })}>
          {t("deactivate")}
        </Button>
      )}
      {canResetTwoFactor && (
        <Button variant="secondary" disabled={busy} aria-label={`${t2("adminReset")}: ${label}`} onClick={() => resetTwoFactor.mutate({ userId })}>
          {t2("adminReset")}
        </Button>
      )}
      {resetTwoFactor.isSuccess && (
        <span role="status" className="text-xs text-green-800">
          {t2("adminResetDone")}
        </span>
      )}
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
