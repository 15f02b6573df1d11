// A measure's source shown inline: the quoted words, then the whole paragraph as the reader renders
// it (same UnitText, with its citation links), linked to its anchor in the reader.
import { textIn } from "~/db/localized-text";
import type { LocalizedText } from "~/db/localized-text";
import { getTranslations } from "next-intl/server";
import { UnitText, type TextCitation } from "~/components/documents/unit-text";
import { Link } from "~/components/ui/page-link";
import { Arrow } from "~/components/ui/arrow";

export interface Passage {
  locator: string;
  heading: string;
  text: string;
  quote: string;
  retired?: boolean;
  citations?: TextCitation[];
  href: string;
  document: { slug: string; symbol: string | null; title: LocalizedText };
}

export async function SourcePassage({ passage, lang }: { passage: Passage; lang: "zh" | "en" }) {
  const t = await getTranslations("measures");
  const name = passage.document.symbol ?? textIn(passage.document.title, lang);
  return (
    <figure className="source-passage rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <Link href={passage.href} className="font-medium">
          {t("sourcePassage", { document: name, locator: passage.locator })}
        </Link>
        {passage.heading && <span className="text-xs text-slate-600">{passage.heading}</span>}
      </figcaption>
      <blockquote lang="zh-CN" className="mb-2 border-s-4 border-amber-400 bg-amber-50 px-3 py-1 font-medium">
        <span className="sr-only">{t("quoted")}: </span>
        {passage.quote}
      </blockquote>
      <div lang="zh-CN" className="text-slate-800">
        <UnitText text={passage.text} citations={passage.citations ?? []} className="leading-7" />
      </div>
      {passage.retired && <p className="mt-1 text-xs text-amber-800">{t("retiredUnit")}</p>}
      <p className="no-print mt-2 text-sm">
        <Link href={passage.href}>{t("openInReader")} <Arrow direction="forward" /></Link>
      </p>
    </figure>
  );
}
