// The "Embed" button of a country or measure page: a disclosure (works without script) holding the
// <iframe> code to copy and a link to the card itself. Server-rendered; only the copy button is a
// client island.
import { CopyTextButton } from "./copy-text-button";

export interface EmbedPanelLabels {
  button: string;
  heading: string;
  lead: string;
  code: string;
  copy: string;
  copied: string;
  preview: string;
}

export function EmbedPanel({ code, embedUrl, labels }: { code: string; embedUrl: string; labels: EmbedPanelLabels }) {
  return (
    <details className="no-print group relative" data-testid="embed-panel">
      <summary className="inline-flex min-h-9 cursor-pointer list-none items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50">
        {labels.button}
      </summary>
      <div className="mt-2 flex w-[min(32rem,calc(100vw-2rem))] flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-lg sm:absolute sm:z-10">
        <p className="font-semibold">{labels.heading}</p>
        <p className="text-slate-700">{labels.lead}</p>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{labels.code}</span>
          <textarea readOnly rows={4} value={code} className="w-full rounded border border-slate-300 p-2 font-mono text-xs" data-testid="embed-code" />
        </label>
        <p className="flex flex-wrap items-center gap-3">
          <CopyTextButton text={code} label={labels.copy} copiedLabel={labels.copied} />
          <a href={embedUrl} target="_blank" rel="noopener" className="text-brand-700 underline">
            {labels.preview}
          </a>
        </p>
      </div>
    </details>
  );
}
