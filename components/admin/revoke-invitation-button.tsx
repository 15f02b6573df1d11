"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorReader } from "~/components/forms/use-mutation-errors";
import { useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Button } from "~/components/ui/button";

export function RevokeInvitationButton({ id, email }: { id: string; email: string }) {
  const t = useTranslations("admin");
  const trpc = useTRPC();
  const router = useRouter();
  const readErrors = useErrorReader();
  const [error, setError] = useState<string | null>(null);
  const revoke = useMutation(
    trpc.users.revokeInvitation.mutationOptions({
      onError: (e) => setError(readErrors(e).form),
      onSuccess: () => router.refresh(),
    }),
  );
  return (
    <>
      <Button variant="danger" disabled={revoke.isPending} onClick={() => revoke.mutate({ id })} aria-label={`${t("revoke")}: ${email}`}>
        {t("revoke")}
      </Button>
      {error && (
        <span role="alert" className="block text-xs text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
