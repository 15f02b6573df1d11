import { asLocale } from "~/db/localized-text-ops";
import { textIn } from "~/db/localized-text";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Discussion } from "~/components/comments/discussion";
import { Link } from "~/server/i18n/navigation";
import { PageHeader } from "~/components/ui/page-header";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";
import { CiteMenu } from "~/components/citations/cite-menu";
import { unitCiteProps } from "../../../../cite-props";
import { Arrow } from "~/components/ui/arrow";

/** The coalition's discussion of one paragraph of a reference document. */
export default async function UnitDiscussionPage({ params }: { params: Promise<{ locale: string; slug: string; locator: string }> }) {
  const { locale, slug, locator: raw } = await params;
  setRequestLocale(locale);
  const locator = decodeURIComponent(raw);
  await requireViewer(`/documents/${slug}/discuss/${raw}`, "collaboration.participate");
  const [t, api] = await Promise.all([getTranslations("discussion"), serverApi()]);
  const unit = await api.comments.unitSubject({ slug, locator }).catch((err: unknown) => {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST")) notFound();
    throw err;
  });
  const title = unit.symbol ?? textIn(unit.title, asLocale(locale));
  const citable = await api.documents.citable({ slug: unit.slug, locator: unit.locator });
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <p className="text-sm">
        <Link href={`/documents/${unit.slug}#p-${unit.locator}`}><Arrow direction="back" /> {t("back")}</Link>
      </p>
      <PageHeader title={t("title", { document: title, locator: unit.locator })} />
      <blockquote className="rounded-md border-s-4 border-brand-700 bg-white p-4 leading-7 whitespace-pre-line">{unit.text}</blockquote>
      {citable && <CiteMenu {...unitCiteProps(citable, asLocale(locale))} />}
      <Discussion subjectType="unit" subjectId={unit.id} />
    </div>
  );
}
