// The follow button's two calls, over tRPC's plain HTTP form (GET for the state, POST for the change),
// so the cached public pages that carry the button need no React Query or tRPC client bundle.
export type FollowSubjectType = "country" | "measure" | "action";
export interface FollowSubject {
  subjectType: FollowSubjectType;
  subjectKey: string;
}

async function answer(res: Response): Promise<boolean> {
  if (!res.ok) throw new Error(`follow request failed: ${res.status}`);
  const body = (await res.json()) as { result?: { data?: { json?: { following?: unknown } } } };
  return body.result?.data?.json?.following === true;
}

export async function fetchFollowing(subject: FollowSubject, locale: string): Promise<boolean> {
  const input = encodeURIComponent(JSON.stringify({ json: subject }));
  const res = await fetch(`/api/trpc/follows.status?input=${input}`, {
    cache: "no-store",
    credentials: "same-origin",
    headers: { "x-locale": locale },
  });
  return answer(res);
}

export async function sendFollowing(subject: FollowSubject, following: boolean, locale: string): Promise<boolean> {
  const res = await fetch("/api/trpc/follows.set", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", "x-locale": locale },
    body: JSON.stringify({ json: { ...subject, following } }),
  });
  return answer(res);
}
