import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "~/components/auth/sign-in-form";
import { PageHeader } from "~/components/ui/page-header";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

/** Only same-site paths may follow a sign-in, never another origin. */
function safeNext(next: string | undefined, locale: string) {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : `/${locale}`;
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string; done?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  const notice = query.done === "reset" ? t("resetDone") : query.done === "invited" ? t("accountCreated") : undefined;
  return (
    <>
      <PageHeader title={t("signInTitle")} />
      <SignInForm next={safeNext(query.next, locale)} notice={notice} />
    </>
  );
}
