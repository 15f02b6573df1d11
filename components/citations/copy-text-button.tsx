"use client";
// Copies a text the server put on the page (a citation, an embed code). Labels come from the
// server page, so this island ships no messages. Without a clipboard, the text stays selectable.
import { useState } from "react";

export function CopyTextButton({ text, label, copiedLabel, description }: { text: string; label: string; copiedLabel: string; description?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={description}
      className="min-h-9 rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-50"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          setCopied(false);
        }
      }}
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </button>
  );
}
