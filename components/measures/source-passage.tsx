// A measure's source shown inline: the quoted words, then the whole paragraph as the reader renders
// it (same UnitText, with its citation links), linked to its anchor in the reader.
import { textIn } from "~/db/localized-text";
import type { LocalizedText } from "~/db/localized-text";
import { getTranslations } from "next-intl/server";
import { UnitText, type TextCitation } from "~/components/documents/unit-text";
import { Link } from "~/components/ui/page-link";
import { Arrow } from "~/components/ui/arrow";
import type { Locale } from "~/db/locales";
import "./source-passage.css";

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

export async function SourcePassage({ passage, lang }: { passage: Passage; lang: Locale }) {
  const t = await getTranslations("measures");
  const name = passage.document.symbol ?? textIn(passage.document.title, lang);
  return (
    <figure className="source-passage">
      <figcaption>
        <Link href={passage.href}>
          {t("sourcePassage", { document: name, locator: passage.locator })}
        </Link>
        {passage.heading && <span>{passage.heading}</span>}
      </figcaption>
      <blockquote lang="zh-CN">
        <span className="sr-only">{t("quoted")}: </span>
        {passage.quote}
      </blockquote>
      <div lang="zh-CN">
        <UnitText text={passage.text} citations={passage.citations ?? []} />
      </div>
      {passage.retired && <p className="retired">{t("retiredUnit")}</p>}
      <p className="no-print open">
        <Link href={passage.href}>{t("openInReader")} <Arrow direction="forward" /></Link>
      </p>
    </figure>
  );
}
