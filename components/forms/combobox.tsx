"use client";
// A text box that filters a list of options, per the WAI-ARIA combobox pattern (list autocomplete):
// typing filters, ArrowDown/ArrowUp move through the options, Enter chooses, Escape closes. Focus
// stays in the box; the active option is announced through aria-activedescendant.
import { type ReactNode, useId, useState } from "react";

export interface ComboOption {
  id: string;
  label: string;
  /** A second line: for a measure its actor and pillar, for a paragraph the start of its text. */
  detail?: string;
  /** Shown beside the option (e.g. "linked"); the option stays choosable. */
  badge?: string;
}

interface Props {
  label: string;
  hint?: string;
  query: string;
  onQuery: (q: string) => void;
  options: ComboOption[];
  onChoose: (id: string) => void;
  /** What the live region says about the list (e.g. "5 measures found"). */
  status: string;
  /** Keep the list open without typing, so a short list can be browsed. */
  browse?: boolean;
  /** Rendered under the list for the active option (a paragraph's full text). */
  preview?: (activeId: string | null) => ReactNode;
  inputId?: string;
  lang?: string;
}

export function Combobox({ label, hint, query, onQuery, options, onChoose, status, browse, preview, inputId, lang }: Props) {
  const auto = useId();
  const id = inputId ?? auto;
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const expanded = (open || browse === true) && options.length > 0;
  const activeOption = expanded ? options[Math.min(active, options.length - 1)] : undefined;
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (option: ComboOption | undefined) => {
    if (!option) return;
    onChoose(option.id);
  };

  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        lang={lang}
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(options.indexOf(activeOption)) : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={query}
        onChange={(e) => {
          onQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(query.trim() !== "")}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            if (!expanded) setOpen(true);
            else setActive((i) => Math.min(i + 1, options.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === "Enter") {
            // Enter in this box never submits the form.
            e.preventDefault();
            if (expanded) choose(activeOption);
          } else if (e.key === "Escape") {
            if (expanded) {
              e.preventDefault();
              setOpen(false);
            } else onQuery("");
          }
        }}
        className="min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!expanded}
        className={`${browse ? "" : "absolute top-full z-10"} mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-slate-300 bg-white shadow`}
      >
        {options.map((o, i) => (
          <li
            key={o.id}
            id={optionId(i)}
            role="option"
            aria-selected={o === activeOption}
            // Keep focus in the box: a click chooses without blurring it first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setActive(i);
              choose(o);
            }}
            className="cursor-pointer border-b border-slate-100 px-3 py-2 text-sm last:border-b-0 aria-selected:bg-brand-50 aria-selected:outline aria-selected:outline-2 aria-selected:outline-brand-700"
          >
            <span className="flex items-baseline justify-between gap-2">
              <span className="font-medium text-slate-900">{o.label}</span>
              {o.badge && <span className="shrink-0 rounded bg-slate-100 px-1.5 text-xs text-slate-700">{o.badge}</span>}
            </span>
            {o.detail && <span className="block text-xs text-slate-600">{o.detail}</span>}
          </li>
        ))}
      </ul>
      {preview && expanded && preview(activeOption?.id ?? null)}
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}

/** What a field has linked: one line each with a remove button, named for screen readers. */
export function LinkedList({ label, items, removeLabel, onRemove }: {
  label: string;
  items: { id: string; label: string; detail?: string }[];
  removeLabel: (label: string) => string;
  onRemove: (id: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-col gap-1">
      {items.map((item) => (
        <li key={item.id} className="flex items-start justify-between gap-2 rounded border border-slate-200 bg-slate-50 px-2 py-1 text-sm">
          <span>
            <span className="font-medium">{item.label}</span>
            {item.detail && <span className="block text-xs text-slate-600">{item.detail}</span>}
          </span>
          <button
            type="button"
            className="min-h-8 min-w-8 shrink-0 rounded border border-slate-300 bg-white px-2"
            aria-label={removeLabel(item.label)}
            onClick={() => onRemove(item.id)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
