"use client";
// "Follow" / "Following" for a country, a measure or an action (decision 024). Shown only to people
// signed in; the page around it stays cached and session-free. A toggle button (aria-pressed), with
// the outcome announced in a live region.
import { useLocale } from "next-intl";
import { useEffect, useState } from "react";
import { useClientSession } from "~/components/layout/session-context";
import { type FollowSubject, fetchFollowing, sendFollowing } from "./follow-request";

export interface FollowButtonLabels {
  follow: string;
  following: string;
  /** What following brings, as the button's description. */
  hint: string;
  startedAnnouncement: string;
  stoppedAnnouncement: string;
  failed: string;
}

export function FollowButton({ subject, labels }: { subject: FollowSubject; labels: FollowButtonLabels }) {
  const locale = useLocale();
  const session = useClientSession();
  const signedIn = !!session?.user;
  const [following, setFollowing] = useState<boolean | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const { subjectType, subjectKey } = subject;

  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    fetchFollowing({ subjectType, subjectKey }, locale)
      .then((f) => live && setFollowing(f))
      .catch(() => live && setMessage(labels.failed));
    return () => {
      live = false;
    };
  }, [signedIn, subjectType, subjectKey, locale, labels.failed]);

  if (!signedIn) return null;
  const hintId = `follow-hint-${subjectType}`;

  async function toggle() {
    if (following === undefined) return;
    setBusy(true);
    try {
      const now = await sendFollowing({ subjectType, subjectKey }, !following, locale);
      setFollowing(now);
      setMessage(now ? labels.startedAnnouncement : labels.stoppedAnnouncement);
    } catch {
      setMessage(labels.failed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="no-print inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-pressed={following ?? false}
        aria-describedby={hintId}
        disabled={following === undefined || busy}
        onClick={() => void toggle()}
        data-testid="follow-button"
        className={
          following
            ? "inline-flex min-h-10 items-center gap-1 rounded-md border border-brand-700 bg-brand-700 px-3 py-2 text-sm font-medium text-white disabled:opacity-60"
            : "inline-flex min-h-10 items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-900 disabled:opacity-60"
        }
      >
        <span aria-hidden="true">{following ? "✓" : "+"}</span>
        {following ? labels.following : labels.follow}
      </button>
      <span id={hintId} className="sr-only">
        {labels.hint}
      </span>
      <span role="status" className="text-sm text-slate-700">
        {message}
      </span>
    </span>
  );
}
