"use client";
// The reader's table of contents as one disclosure: closed on a phone, so the text comes first, and
// opened on a wide screen, where it is the sidebar. One copy of the list in the page, not one per
// layout (a long report's contents were ~19 kB, twice; decision 038).
import { type ReactNode, useState, useSyncExternalStore } from "react";

const WIDE = "(min-width: 64rem)";
const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

export function TocDisclosure({ label, children }: { label: string; children: ReactNode }) {
  const wide = useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches, () => false);
  // What the reader chose, once they have opened or closed it; until then, open on a wide screen.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? wide;
  return (
    <details
      open={open}
      onToggle={(e) => {
        if (e.currentTarget.open !== open) setChosen(e.currentTarget.open);
      }}
      className="rounded-lg border border-slate-200 bg-white p-3 lg:border-0 lg:bg-transparent lg:p-0"
    >
      <summary className="cursor-pointer font-semibold text-slate-900">{label}</summary>
      {children}
    </details>
  );
}
