// The "Cite" menu of a record or a document paragraph: the stable link, a plain-text citation and
// CSL-JSON for reference managers, each with a copy button. A disclosure, so it opens and closes
// with the keyboard and without script; texts and labels come from the server (cite-props.ts).
import { CopyTextButton } from "./copy-text-button";

export interface CiteMenuLabels {
  button: string;
  /** Names what is cited, for screen readers ("Cite A/63/677, para. 17"). */
  menuLabel: string;
  stableLink: string;
  plainText: string;
  cslJson: string;
  copy: string;
  copied: string;
  download: string;
}

export interface CiteMenuProps {
  url: string;
  text: string;
  /** The CSL-JSON array, pretty-printed. */
  cslJson: string;
  /** File name of the CSL-JSON download. */
  filename: string;
  labels: CiteMenuLabels;
}

export function CiteMenu({ url, text, cslJson, filename, labels }: CiteMenuProps) {
  return (
    <details className="no-print relative" data-testid="cite-menu">
      <summary aria-label={labels.menuLabel} className="inline-flex min-h-9 cursor-pointer list-none items-center rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-50">
        {labels.button}
      </summary>
      <div className="mt-2 flex w-[min(34rem,calc(100vw-2rem))] flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-lg sm:absolute sm:z-10">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{labels.stableLink}</span>
          <input readOnly value={url} className="w-full rounded border border-slate-300 p-2 font-mono text-xs" data-testid="cite-link" />
        </label>
        <CopyTextButton text={url} label={labels.copy} copiedLabel={labels.copied} description={`${labels.copy}: ${labels.stableLink}`} />
        <label className="flex flex-col gap-1">
          <span className="font-medium">{labels.plainText}</span>
          <textarea readOnly rows={3} value={text} className="w-full rounded border border-slate-300 p-2 text-xs" data-testid="cite-text" />
        </label>
        <CopyTextButton text={text} label={labels.copy} copiedLabel={labels.copied} description={`${labels.copy}: ${labels.plainText}`} />
        <label className="flex flex-col gap-1">
          <span className="font-medium">{labels.cslJson}</span>
          <textarea readOnly rows={5} value={cslJson} className="w-full rounded border border-slate-300 p-2 font-mono text-xs" data-testid="cite-csl" />
        </label>
        <p className="flex flex-wrap items-center gap-3">
          <CopyTextButton text={cslJson} label={labels.copy} copiedLabel={labels.copied} description={`${labels.copy}: ${labels.cslJson}`} />
          <a
            href={`data:application/vnd.citationstyles.csl+json;charset=utf-8,${encodeURIComponent(cslJson)}`}
            download={filename}
            className="text-brand-700 underline"
          >
            {labels.download}
          </a>
        </p>
      </div>
    </details>
  );
}
