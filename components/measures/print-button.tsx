"use client";
// Opens the browser's print dialog (the page's print stylesheet makes the A4 brief).
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="min-h-10 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100">
      {label}
    </button>
  );
}
