"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { removeAllDrafts } from "~/components/forms/form-draft";
import { useRouter } from "~/server/i18n/navigation";
import { announceSessionChange } from "./session-context";
import { forgetSession } from "./session-hint";

export function SignOutButton() {
  const t = useTranslations("nav");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      className="rounded px-2 py-1 text-sm text-white hover:bg-brand-800"
      onClick={async () => {
        setBusy(true);
        await fetch("/api/session", { method: "DELETE" });
        // Unsaved form input stays on this device otherwise, for the next person using it.
        removeAllDrafts(window.localStorage);
        forgetSession(window.localStorage);
        announceSessionChange();
        router.push("/");
        router.refresh();
      }}
    >
      {t("signOut")}
    </button>
  );
}
