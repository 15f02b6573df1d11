import { textIn } from "~/db/localized-text";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CiteMenu } from "~/components/citations/cite-menu";
import { PageHeader } from "~/components/ui/page-header";
import { Link } from "~/server/i18n/navigation";
import { unitCiteProps } from "../../../../cite-props";
import { Arrow } from "~/components/ui/arrow";
import { publicServerApi } from "~/server/api/public-caller";
import { asLocale } from "~/db/localized-text-ops";

export const revalidate = 300;

/** How to cite one paragraph of a reference document: public, so that anyone quoting the documents can
 *  take the stable link, the text citation or CSL-JSON. The reader links here from every paragraph
 *  rather than carrying a menu per paragraph (the reader's weight, issue 12). */
export default async function CiteParagraphPage({ params }: { params: Promise<{ locale: string; slug: string; locator: string }> }) {
  const { locale, slug, locator: raw } = await params;
  setRequestLocale(locale);
  const locator = decodeURIComponent(raw);
  if (locator.length > 64 || slug.length > 200) notFound();
  const citable = await (await publicServerApi()).documents.citable({ slug, locator });
  if (!citable) notFound();
  const lang = asLocale(locale);
  const t = await getTranslations("openData.cite");
  const what = citable.document.symbol ?? (textIn(citable.document.title, lang));
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <p className="text-sm">
        <Link href={`/documents/${citable.document.slug}#p-${citable.locator}`}><Arrow direction="back" /> {t("backToParagraph")}</Link>
      </p>
      <PageHeader title={t("menuLabel", { title: `${what}, ${t("paragraph", { locator: citable.locator })}` })} />
      <CiteMenu {...unitCiteProps(citable, lang)} />
    </div>
  );
}
