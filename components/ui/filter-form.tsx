import type { ReactNode } from "react";

/** A GET form for list filters: works without JavaScript and keeps filters in the URL. */
export function FilterForm({ children, submitLabel, label }: { children: ReactNode; submitLabel: string; label: string }) {
  return (
    <form method="get" role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3">
      {children}
      <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100">
        {submitLabel}
      </button>
    </form>
  );
}
