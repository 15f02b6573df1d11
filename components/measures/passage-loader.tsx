"use client";
// The steps for parliamentarians' source passages, on demand (decision 038). Each passage is a
// disclosure named by its source ("A/72/884-S/2018/525, paragraph 45(f)"): opened, it shows the quoted
// words and fetches the whole paragraph from the cached public API
// (/api/v1/documents/{slug}/units/{locator}). Without JavaScript the disclosure still opens (it is
// HTML's own) on a link to the paragraph in the reader. The print button first loads and opens every
// passage, then prints, so the brief is printed whole. Labels come once per page
// (PassageLabelsProvider), not with each of the ~80 passages (decision 035).
import { createContext, type ReactNode, use, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";

export interface PassageLabels {
  /** The page's locale, for links. */
  locale: string;
  /** "{document}, paragraph {locator}". */
  caption: string;
  quoted: string;
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
  if (!labels) throw new Error("SourcePassageOnDemand needs PassageLabelsProvider around it");
  return labels;
}

/** The paragraph's text, the first citation of a library document in each block linked. */
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

/** `name`: the document's symbol (or title); `quote`: the words the step rests on. */
export function SourcePassageOnDemand({ slug, locator, name, quote }: { slug: string; locator: string; name: string; quote: string }) {
  const labels = useLabels();
  const [open, setOpen] = useState(false);
  const [unit, setUnit] = useState<Unit | null>(null);
  const [failed, setFailed] = useState(false);
  const showRef = useRef<(openIt: boolean) => Promise<void>>(null);
  const detailsRef = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    let loaded: Unit | null = null;
    const show = async (openIt: boolean) => {
      try {
        if (!loaded) {
          const res = await fetch(`/api/v1/documents/${encodeURIComponent(slug)}/units/${encodeURIComponent(locator)}`);
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          loaded = (await res.json()) as Unit;
        }
        const u = loaded;
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
    // Opened before the page's script ran (the disclosure works without it): load it now.
    if (detailsRef.current?.open) void show(true);
    return () => {
      openers.delete(opener);
    };
  }, [slug, locator]);

  const caption = labels.caption.replace("{document}", name).replace("{locator}", locator);
  const href = `/${labels.locale}/documents/${slug}#p-${locator}`;
  // The same disclosure on the server and in the browser: HTML's own <details> opens without
  // JavaScript (on the link into the reader), and hydrating ~80 of them changes nothing on screen.
  // (Swapping a server-rendered link for it after hydration was most of the page's blocking time in
  // Lighthouse.) Opened in the browser, it shows the quoted words and loads the paragraph.
  return (
    <details
      ref={detailsRef}
      className="source-passage"
      open={open}
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        setOpen(isOpen);
        if (isOpen && !unit) void showRef.current?.(false);
      }}
    >
      <summary>{caption}</summary>
      {/* Only once opened (in the browser): ~80 quotes in the server's HTML were 30 kB. */}
      {open && (
        <>
          <blockquote lang="zh-CN">
            <span className="sr-only">{labels.quoted}: </span>
            {quote}
          </blockquote>
          {unit ? (
            <div lang="zh-CN">
              <Paragraphs unit={unit} locale={labels.locale} />
            </div>
          ) : (
            <p role="status">{failed ? labels.failed : labels.loading}</p>
          )}
        </>
      )}
      {/* Bare, styled from source-passage.css (arrow included): written ~80 times in the HTML. */}
      <a href={href}>{labels.open}</a>
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
