// Links between a document's languages: "Also in: English · Français" on the original, and on a version
// the other languages plus side-by-side pairs with the one being read. Each name in its own script.
import { getTranslations } from "next-intl/server";
import type { Locale } from "~/db/locales";
import { Link } from "~/server/i18n/navigation";
import { documentLanguage } from "~/server/i18n/locale-tags";
import type { LanguageVersionList } from "./types";

type Versions = LanguageVersionList["versions"];

interface LanguageLink {
  locale: Locale;
  href: string;
  name: string;
  /** Spoken name when the visible one repeats another link's ("English" twice, two destinations). */
  ariaLabel?: string;
}

function LinkList({ label, links }: { label: string; links: LanguageLink[] }) {
  return (
    <p className="no-print flex flex-wrap items-baseline gap-x-2 text-sm">
      <span className="text-slate-600">{label}</span>
      {links.map((l, i) => (
        <span key={l.locale}>
          {i > 0 && <span aria-hidden="true" className="me-2 text-slate-400">·</span>}
          {/* The language name carries its own lang; a spoken label is in the page's language. */}
          <Link href={l.href} aria-label={l.ariaLabel}>
            <span {...documentLanguage(l.locale)}>{l.name}</span>
          </Link>
        </span>
      ))}
    </p>
  );
}

/** `reading`: the language on screen; `versions`: from documentVersions.list (original first). */
export async function LanguageLinks({ slug, reading, versions }: { slug: string; reading: Locale; versions: Versions }) {
  const t = await getTranslations();
  const others = versions.filter((v) => v.locale !== reading);
  if (others.length === 0) return null;
  const name = (v: Versions[number]) => (v.original ? `${t(`languages.${v.locale}`)} (${t("documentVersions.original")})` : t(`languages.${v.locale}`));
  const readingOriginal = versions.find((v) => v.locale === reading)?.original ?? true;
  const hrefOf = (v: Versions[number]) => (v.original ? `/documents/${slug}` : `/documents/${slug}/in/${v.locale}`);
  return (
    <div className="flex flex-col gap-1">
      <LinkList
        label={t(readingOriginal ? "documentVersions.alsoIn" : "documentVersions.readIn")}
        links={others.map((v) => ({ locale: v.locale, href: hrefOf(v), name: name(v) }))}
      />
      <LinkList
        label={t("documentVersions.sideBySide")}
        links={others.map((v) => ({
          locale: v.locale,
          href: `/documents/${slug}/in/${reading}/${v.locale}`,
          name: name(v),
          ariaLabel: t("documentVersions.parallelHeading", { first: t(`languages.${reading}`), second: t(`languages.${v.locale}`) }),
        }))}
      />
    </div>
  );
}
