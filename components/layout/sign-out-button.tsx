"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/server/i18n/navigation";
import { announceSessionChange } from "./session-context";

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
        announceSessionChange();
        router.push("/");
        router.refresh();
      }}
    >
      {t("signOut")}
    </button>
  );
}
