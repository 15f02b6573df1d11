// The link for server components of public pages: next/link with the locale already in the href.
// next-intl's Link sends `ref`, `locale` and `localeCookie` with every link in the RSC payload (~90
// bytes each; 943 links made 85 kB of the reader's page): these links never change the language, so
// they need none of it (decision 035). Client components and language switches keep next-intl's Link.
import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";

type Query = Record<string, string | number | boolean | readonly string[] | null | undefined>;
type Props = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & {
  /** A path without the locale ("/countries/KEN"), optionally with a query; other URLs pass through. */
  href: string | { pathname: string; query?: Query; hash?: string };
};

/** "/countries/KEN" → "/en/countries/KEN"; "https://…", "//…" and "#p-3" are left as they are. */
export function withLocale(path: string, locale: string) {
  return path.startsWith("/") && !path.startsWith("//") ? `/${locale}${path === "/" ? "" : path}` : path;
}

export async function Link({ href, ...rest }: Props) {
  const locale = await getLocale();
  const localized =
    typeof href === "string" ? withLocale(href, locale) : { ...href, pathname: withLocale(href.pathname, locale) };
  return <NextLink href={localized as ComponentProps<typeof NextLink>["href"]} {...rest} />;
}
