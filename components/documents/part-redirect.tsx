"use client";
// Keeps `/documents/{slug}#p-N` (the canonical citation URL, used by search, citations, "cited by" and
// every link made before the reader was split) landing on its paragraph: when the hash names a
// paragraph or footnote that is not on this page, go to the part that holds it (decision 038).
// `parts`: the locators of each part, space-separated, one part a line (no quotes to escape in the
// payload; locators have no spaces). Renders nothing.
import { useEffect } from "react";

/** `p-45(a)` → `45(a)`; `ref-45(a)-3` (a footnote marker) → `45(a)`; anything else: null. */
function locatorOf(id: string) {
  if (id.startsWith("p-")) return id.slice(2);
  if (id.startsWith("ref-")) return id.slice(4).replace(/-\d+$/, "");
  return null;
}

export function PartRedirect({ parts: map, current }: { parts: string; current: number }) {
  useEffect(() => {
    const parts = map.split("\n").map((line) => line.split(" "));
    const follow = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id || document.getElementById(id)) return;
      const locator = locatorOf(id);
      const part = locator === null ? -1 : parts.findIndex((p) => p.includes(locator));
      if (part < 0 || part === current) return;
      const base = window.location.pathname.replace(/\/part\/\d+$/, "");
      window.location.replace(`${base}${part === 0 ? "" : `/part/${part + 1}`}${window.location.search}${window.location.hash}`);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [map, current]);
  return null;
}
