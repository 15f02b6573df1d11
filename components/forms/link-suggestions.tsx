"use client";
// While someone writes a summary: measures and paragraphs that match what it talks about, from the
// one search index (documents.search), each linked with one click. The search looks for the
// glossary's terms the text mentions (server/search/glossary.ts), in either language.
import { textIn } from "~/db/localized-text";
import { useQueries } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { glossaryPhrasesIn } from "~/server/search/glossary";
import { unitKey } from "./paragraph-field";
import type { Locale } from "~/db/locales";

interface Props {
  text: string;
  lang: Locale;
  linkedMeasures: string[];
  linkedUnits: string[];
  onLinkMeasure: (slug: string) => void;
  onLinkUnit: (key: string) => void;
}

/** Quiet while typing: search once the writer pauses. */
const PAUSE_MS = 700;
const SHOWN = 6;

export function LinkSuggestions({ text, lang, linkedMeasures, linkedUnits, onLinkMeasure, onLinkUnit }: Props) {
  const t = useTranslations("forms.suggestions");
  const trpc = useTRPC();
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const phrases = useMemo(() => glossaryPhrasesIn(settled), [settled]);
  const results = useQueries({
    queries: phrases.map((q) => ({ ...trpc.documents.search.queryOptions({ q, pageSize: 5 }), staleTime: 60_000 })),
  });
  const suggestions = useMemo(() => {
    const seen = new Set<string>();
    const out: { key: string; kind: "measure" | "unit"; label: string; detail: string }[] = [];
    for (const r of results) {
      for (const hit of r.data?.items ?? []) {
        if (hit.type === "measure" && hit.title) {
          const key = `m:${hit.slug}`;
          if (seen.has(key) || linkedMeasures.includes(hit.slug)) continue;
          seen.add(key);
          out.push({ key, kind: "measure", label: textIn(hit.title, lang), detail: hit.slug });
        } else if (hit.type === "paragraph" && hit.locator && hit.document) {
          const unit = unitKey(hit.slug, hit.locator);
          if (seen.has(unit) || linkedUnits.includes(unit)) continue;
          seen.add(unit);
          const doc = hit.document.symbol ?? (textIn(hit.document.title, lang));
          out.push({ key: unit, kind: "unit", label: t("paragraph", { document: doc, locator: hit.locator }), detail: hit.snippet });
        }
      }
    }
    // Measures first: the catalogue summarises the paragraphs.
    return [...out.filter((s) => s.kind === "measure"), ...out.filter((s) => s.kind === "unit")].slice(0, SHOWN);
  }, [results, linkedMeasures, linkedUnits, lang, t]);

  if (phrases.length === 0 || suggestions.length === 0) return null;
  return (
    <section aria-labelledby="link-suggestions-title" className="rounded-md border border-brand-200 bg-brand-50 p-3 sm:col-span-2" data-testid="link-suggestions">
      <h3 id="link-suggestions-title" className="text-sm font-semibold text-slate-900">
        {t("title")}
      </h3>
      <p className="text-xs text-slate-700">{t("lead", { terms: phrases.join(", ") })}</p>
      <ul className="mt-2 flex flex-col gap-2">
        {suggestions.map((s) => (
          <li key={s.key} className="flex items-start justify-between gap-2 text-sm">
            <span className="min-w-0">
              <span className="block font-medium">{s.label}</span>
              <span className="block truncate text-xs text-slate-600" lang={s.kind === "unit" ? "zh-CN" : undefined}>
                {s.detail}
              </span>
            </span>
            <button
              type="button"
              className="min-h-8 shrink-0 rounded border border-brand-700 bg-white px-2 text-brand-700"
              aria-label={t(s.kind === "measure" ? "linkMeasure" : "linkParagraph", { name: s.label })}
              onClick={() => (s.kind === "measure" ? onLinkMeasure(s.key.slice(2)) : onLinkUnit(s.key))}
            >
              {t("link")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
