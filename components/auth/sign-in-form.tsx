"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Link } from "~/components/i18n/navigation";
import { announceSessionChange } from "~/components/layout/session-context";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";

/**
 * Posts to /api/session and shows the server's answer: wrong credentials, 429, or in. `next` is a
 * full path that already carries its locale, so it goes to the plain Next router.
 */
export function SignInForm({ next, notice }: { next: string; notice?: string }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    try {
      const res = await fetch("/api/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
      });
      if (res.ok) {
        announceSessionChange();
        router.push(next);
        router.refresh();
        return;
      }
      setError(res.status === 429 ? t("rateLimited") : t("invalidCredentials"));
    } catch {
      setError(te("network"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex max-w-sm flex-col gap-4" noValidate>
      {notice && <Alert tone="success">{notice}</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
      <TextField id="email" type="email" label={t("email")} autoComplete="username" required />
      <TextField id="password" type="password" label={t("password")} autoComplete="current-password" required />
      <Button type="submit" disabled={busy}>
        {busy ? t("submitting") : t("submit")}
      </Button>
      <Link href="/forgot-password" className="text-sm">
        {t("forgot")}
      </Link>
    </form>
  );
}
