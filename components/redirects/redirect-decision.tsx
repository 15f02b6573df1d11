"use client";
// One decision on a flagged redirect: confirm the proposed paragraph, or point the links to another
// one. The server moves every link in one transaction. The item stays on screen with its outcome until
// the reviewer moves on (a refresh here would drop the decided item, and its outcome with it, before
// anyone could read it); the next visit lists only what still waits.
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorReader } from "~/components/forms/use-mutation-errors";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

/** Error keys of this screen (decide-redirect.ts); others are read by the shared error reader. */
const OWN_ERRORS = new Set(["redirectReview.targetNotInDocument", "redirectReview.alreadyDecided"]);

interface Props {
  fromUnitId: string;
  proposedUnitId: string | null;
  /** Re-point to this paragraph; absent: confirm the proposal. */
  toUnitId?: string;
  label: string;
}

export function RedirectDecision({ fromUnitId, proposedUnitId, toUnitId, label }: Props) {
  const t = useTranslations("historyViews");
  const readError = useErrorReader();
  const [error, setError] = useState<string | null>(null);
  const decide = useMutation(
    useTRPC().documents.decideRedirect.mutationOptions({
      onError: (e) => {
        const key = e instanceof TRPCClientError ? (e.data as { messageKey?: string } | undefined)?.messageKey : undefined;
        setError(key && OWN_ERRORS.has(key) ? t(key as "redirectReview.alreadyDecided") : readError(e).form);
      },
    }),
  );
  const submit = () => {
    setError(null);
    if (toUnitId) decide.mutate({ decision: "repoint", fromUnitId, proposedUnitId, toUnitId });
    else if (proposedUnitId) decide.mutate({ decision: "confirm", fromUnitId, proposedUnitId });
  };
  return (
    <div className="flex flex-col gap-2">
      <Button type="button" onClick={submit} disabled={decide.isPending || decide.isSuccess} variant={toUnitId ? "secondary" : "primary"}>
        {label}
      </Button>
      {decide.isSuccess && <Alert tone="success">{t("redirectReview.decided", { count: decide.data.moved.citations + decide.data.moved.measureSources + decide.data.moved.records + decide.data.moved.actions })}</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
