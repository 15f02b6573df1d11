import type { ReactNode } from "react";

/** Shown instead of an empty list: says what to do next. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="rounded-md border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-slate-700">
      {children}
    </div>
  );
}
