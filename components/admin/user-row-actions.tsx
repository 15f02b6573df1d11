"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorReader } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/components/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Button } from "~/components/ui/button";

export function UserRowActions({ userId, deactivated, label }: { userId: string; deactivated: boolean; label: string }) {
  const t = useTranslations("admin");
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
  const busy = deactivate.isPending || reactivate.isPending;
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
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
