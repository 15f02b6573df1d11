"use client";
// Copies a paragraph's stable URL (styled by reader.css). Labels come from the server page, so this ships no messages.
import { useState } from "react";

export function CopyLinkButton({
  anchor,
  label,
  description,
  copiedLabel,
}: {
  anchor: string;
  label: string;
  /** Says which paragraph, for screen readers: every paragraph has one of these buttons. */
  description: string;
  copiedLabel: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={description}
      className="no-print unit-copy"
      onClick={async () => {
        // The canonical URL (`/documents/{slug}#p-N`), also from a later part (decision 038).
        const url = new URL(window.location.href);
        url.pathname = url.pathname.replace(/\/part\/\d+$/, "");
        url.search = "";
        url.hash = anchor;
        try {
          await navigator.clipboard.writeText(url.toString());
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          // No clipboard (insecure origin, denied): fall back to putting the link in the address bar.
          window.location.hash = anchor;
        }
      }}
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </button>
  );
}
