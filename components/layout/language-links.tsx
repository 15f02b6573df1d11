"use client";
// The links of the language bar (language-bar.tsx). A flat, wrapping row rather than a menu: six
// short names fit a phone's width in one or two lines, and every language stays one tap away and
// readable by someone who reads none of the others.
import { useSearchParams } from "next/navigation";
import type { Locale } from "~/db/locales";
import { Link, usePathname } from "~/server/i18n/navigation";

export interface LanguageChoice {
  locale: Locale;
  /** BCP 47 tag for `lang` and `hreflang`. */
  tag: string;
  /** The language's name for itself. */
  name: string;
}

interface Props {
  label: string;
  current: string;
  choices: LanguageChoice[];
}

/** Keeps the path only; used until the query is known (static HTML, no JavaScript). */
export function LanguageLinks(props: Props) {
  return <LanguageList {...props} query={undefined} />;
}

/** Keeps the path and the query (filters, page, tab). */
export function LanguageLinksKeepingQuery(props: Props) {
  const search = useSearchParams();
  return <LanguageList {...props} query={Object.fromEntries(search.entries())} />;
}

function LanguageList({ label, current, choices, query }: Props & { query: Record<string, string> | undefined }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} data-testid="language-bar">
      {/* On a phone the six names fit one line without the separators; were they to wrap, a line
          would start with a dot, so the dots only appear from the small breakpoint up. */}
      <ul className="flex flex-wrap items-center justify-end gap-x-0.5 gap-y-0.5 text-sm sm:gap-x-1">
        {choices.map((choice, i) => (
          <li key={choice.locale} className="flex items-center gap-x-1">
            {i > 0 && (
              <span aria-hidden="true" className="hidden text-brand-100/70 sm:inline">
                ·
              </span>
            )}
            <Link
              href={query ? { pathname, query } : pathname}
              locale={choice.locale}
              lang={choice.tag}
              hrefLang={choice.tag}
              dir="auto"
              prefetch={false}
              aria-current={choice.locale === current ? "true" : undefined}
              className="block rounded px-1 py-0.5 text-white sm:px-1.5 hover:bg-brand-700 hover:no-underline aria-[current]:font-semibold aria-[current]:underline aria-[current]:underline-offset-4"
            >
              {choice.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
