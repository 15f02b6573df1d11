"use client";
import { useTranslations } from "next-intl";
import { Fragment, useState } from "react";
import { useRouter } from "next/navigation";
import { Link } from "~/server/i18n/navigation";
import { announceSessionChange } from "~/components/layout/session-context";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";

export type SignInStepName = "password" | "code";
/** Message keys the server may answer with (auth.* and twoFactor.*). */
export type SignInErrorKey = "invalidCredentials" | "rateLimited" | "invalidCode" | "challengeExpired";

interface Answer {
  ok?: boolean;
  next?: string;
  step?: SignInStepName;
  messageKey?: SignInErrorKey;
}

/**
 * Signs in with the password, then (when the account has one) the second factor. It is a real form
 * posting to /api/session, so it works before its script loads (the server answers with redirects,
 * and nothing secret ever goes into a URL); once hydrated it posts JSON and shows each answer in place.
 * `next` is a full, already checked path that carries its locale, so it goes to the plain Next router.
 */
export function SignInForm({
  next,
  locale,
  notice,
  initialStep = "password",
  initialError,
}: {
  next: string;
  locale: string;
  notice?: string;
  initialStep?: SignInStepName;
  initialError?: SignInErrorKey;
}) {
  const t = useTranslations("auth");
  const t2 = useTranslations("twoFactor");
  const te = useTranslations("errors");
  const router = useRouter();
  const [step, setStep] = useState<SignInStepName>(initialStep);
  const [error, setError] = useState<SignInErrorKey | "network" | null>(initialError ?? null);
  const [busy, setBusy] = useState(false);

  const message = (key: SignInErrorKey | "network") =>
    key === "network" ? te("network") : key === "invalidCode" || key === "challengeExpired" ? t2(key) : t(key);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const form = Object.fromEntries(new FormData(event.currentTarget));
    try {
      const res = await fetch("/api/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(form),
      });
      const answer = (await res.json().catch(() => ({}))) as Answer;
      if (res.ok && answer.ok) {
        announceSessionChange();
        router.push(answer.next ?? next);
        router.refresh();
        return;
      }
      if (res.ok && answer.step === "code") {
        setStep("code");
        return;
      }
      if (answer.step) setStep(answer.step);
      setError(res.status === 429 ? "rateLimited" : (answer.messageKey ?? "invalidCredentials"));
    } catch {
      setError("network");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      action="/api/session"
      method="post"
      onSubmit={onSubmit}
      className="flex max-w-sm flex-col gap-4"
      noValidate
    >
      {notice && <Alert tone="success">{notice}</Alert>}
      {error && <Alert tone="error">{message(error)}</Alert>}
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="locale" value={locale} />
      {/* Keyed, so the code step gets new inputs: reusing the password input would show the password. */}
      {step === "password" ? (
        <Fragment key="password">
          <TextField id="email" type="email" label={t("email")} autoComplete="username" required />
          <TextField id="password" type="password" label={t("password")} autoComplete="current-password" required />
        </Fragment>
      ) : (
        <Fragment key="code">
          <p className="text-sm text-slate-700">{t2("codeLead")}</p>
          <TextField
            id="code"
            label={t2("codeLabel")}
            hint={t2("codeHint")}
            autoComplete="one-time-code"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={40}
            required
            autoFocus
          />
        </Fragment>
      )}
      <Button type="submit" disabled={busy}>
        {busy ? t("submitting") : step === "code" ? t2("verify") : t("submit")}
      </Button>
      {step === "code" ? (
        <Link href="/sign-in" className="text-sm" onClick={() => setStep("password")}>
          {t2("startOver")}
        </Link>
      ) : (
        <Link href="/forgot-password" className="text-sm">
          {t("forgot")}
        </Link>
      )}
    </form>
  );
}
