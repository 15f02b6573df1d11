import { getTranslations, setRequestLocale } from "next-intl/server";
import { type SignInErrorKey, SignInForm } from "~/components/auth/sign-in-form";
import { PageHeader } from "~/components/ui/page-header";
import { safeNext } from "~/server/auth/safe-next";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

/** Errors a plain form post (before the script loaded) comes back with; anything else is ignored. */
const ERRORS: readonly SignInErrorKey[] = ["invalidCredentials", "rateLimited", "invalidCode", "challengeExpired"];

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string; done?: string; step?: string; error?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  const notice = query.done === "reset" ? t("resetDone") : query.done === "invited" ? t("accountCreated") : undefined;
  const error = ERRORS.find((e) => e === query.error);
  return (
    <>
      <PageHeader title={t("signInTitle")} />
      <SignInForm
        next={safeNext(query.next, locale)}
        locale={locale}
        notice={notice}
        initialStep={query.step === "code" ? "code" : "password"}
        initialError={error}
      />
    </>
  );
}
