"use client";
// A source passage's whole paragraph, loaded when asked for (decision 038): the steps for
// parliamentarians show each passage's quoted words and fetch the paragraph from the public API
// (/api/v1/documents/{slug}/units/{locator}, cached) when its <details> opens. Without JavaScript the
// <details> still opens on a link to the paragraph in the reader. The print button first loads and
// opens every passage on the page, then prints, so the brief is printed whole. Labels come once per
// page (PassageLabelsProvider), not with each of the ~80 passages (decision 035).
import { createContext, type ReactNode, use, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Arrow } from "~/components/ui/arrow";

export interface PassageLabels {
  show: string;
  loading: string;
  failed: string;
  open: string;
  print: string;
  preparing: string;
}

interface Unit {
  text: string;
  citations: { symbol: string; target: { slug: string; locators: string[] } | null }[];
}

const Labels = createContext<PassageLabels | null>(null);

/** Every passage on the page registers here how to load and open itself, for the print button. */
const openers = new Set<() => Promise<void>>();

export function PassageLabelsProvider({ labels, children }: { labels: PassageLabels; children: ReactNode }) {
  return <Labels value={labels}>{children}</Labels>;
}

function useLabels() {
  const labels = use(Labels);
  if (!labels) throw new Error("PassageText needs PassageLabelsProvider around it");
  return labels;
}

/** The paragraph's text, its citations of documents in the library linked (their first paragraph). */
function Paragraphs({ unit, locale }: { unit: Unit; locale: string }) {
  return unit.text.split("\n").map((block, i) => {
    const c = unit.citations.find((c) => c.target && block.includes(c.symbol));
    if (!c?.target) return <p key={i}>{block}</p>;
    const at = block.indexOf(c.symbol);
    const first = c.target.locators[0];
    return (
      <p key={i}>
        {block.slice(0, at)}
        <a href={`/${locale}/documents/${c.target.slug}${first ? `#p-${first}` : ""}`} className="underline decoration-dotted">
          {c.symbol}
        </a>
        {block.slice(at + c.symbol.length)}
      </p>
    );
  });
}

/** `href`: the paragraph in the reader, with the locale (what the no-script visitor follows). */
export function PassageText({ slug, locator, href, locale }: { slug: string; locator: string; href: string; locale: string }) {
  const labels = useLabels();
  const [open, setOpen] = useState(false);
  const [unit, setUnit] = useState<Unit | null>(null);
  const [failed, setFailed] = useState(false);
  const showRef = useRef<(openIt: boolean) => Promise<void>>(null);

  useEffect(() => {
    let loaded: Unit | null = null;
    const load = async () => {
      if (loaded) return loaded;
      const res = await fetch(`/api/v1/documents/${encodeURIComponent(slug)}/units/${encodeURIComponent(locator)}`);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      loaded = (await res.json()) as Unit;
      return loaded;
    };
    const show = async (openIt: boolean) => {
      try {
        const u = await load();
        // Committed at once, so the print dialog that may follow sees the text.
        flushSync(() => {
          setUnit(u);
          setFailed(false);
          if (openIt) setOpen(true);
        });
      } catch {
        flushSync(() => setFailed(true));
      }
    };
    const opener = () => show(true);
    showRef.current = show;
    openers.add(opener);
    return () => {
      openers.delete(opener);
    };
  }, [slug, locator]);

  return (
    <details
      open={open}
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        setOpen(isOpen);
        if (isOpen && !unit) void showRef.current?.(false);
      }}
    >
      <summary>{labels.show}</summary>
      {unit ? (
        <div lang="zh-CN">
          <Paragraphs unit={unit} locale={locale} />
        </div>
      ) : (
        open && <p role="status">{failed ? labels.failed : labels.loading}</p>
      )}
      <p className="no-print open">
        <a href={href}>{labels.open} <Arrow direction="forward" /></a>
      </p>
    </details>
  );
}

/** Loads and opens every passage, then opens the print dialog. */
export function PrintWholeButton() {
  const labels = useLabels();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      aria-busy={busy}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await Promise.all([...openers].map((o) => o()));
        } finally {
          setBusy(false);
        }
        window.print();
      }}
      className="min-h-10 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
    >
      {busy ? labels.preparing : labels.print}
    </button>
  );
}
