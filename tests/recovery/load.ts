// Steady traffic against a running app, as several users at once: writes (an advocacy action created
// through tRPC as a signed-in member), and reads through each door — the public API, a tRPC query and
// a signed-in page. Every answer is kept, so the test can judge each one afterwards.

export type OperationKind = "write" | "api" | "trpc" | "page";

export interface Sample {
  kind: OperationKind;
  startedAt: number;
  endedAt: number;
  /** HTTP status, or 0 when no answer came at all (connection refused or reset). */
  status: number;
  retryAfter: string | null;
  /** For writes: the created action's id when acknowledged, and the unique title either way. */
  id?: string;
  title?: string;
}

const KINDS: OperationKind[] = ["write", "api", "trpc", "page"];
let apiPage = 0;

function request(kind: OperationKind, baseUrl: string, cookie: string, title: string): Promise<Response> {
  const headers = { cookie, "content-type": "application/json" };
  switch (kind) {
    case "write": {
      const input = {
        kind: "meeting",
        date: "2026-05-01",
        title,
        summary: "Recovery test write.",
        outcome: "",
        outcomeKind: "acknowledged",
        visibility: "organization",
        countries: ["KEN"],
        targets: [],
        measures: [],
        units: [],
        attachments: [],
      };
      return fetch(`${baseUrl}/api/trpc/actions.create`, { method: "POST", headers, body: JSON.stringify({ json: input }) });
    }
    case "api":
      // A page no request asked for before: the public API caches its answers, and a cached 200 while
      // the database is down is right — but this load is here to drive the database path.
      return fetch(`${baseUrl}/api/v1/actions?country=KEN&pageSize=5&page=${++apiPage}`);
    case "trpc": {
      const input = encodeURIComponent(JSON.stringify({ json: { country: "KEN" } }));
      return fetch(`${baseUrl}/api/trpc/actions.list?input=${input}`, { headers });
    }
    case "page":
      return fetch(`${baseUrl}/en/actions`, { headers, redirect: "manual" });
  }
}

async function once(kind: OperationKind, baseUrl: string, cookie: string, title: string): Promise<Sample> {
  const startedAt = Date.now();
  try {
    const res = await request(kind, baseUrl, cookie, title);
    const text = await res.text();
    const sample: Sample = { kind, startedAt, endedAt: Date.now(), status: res.status, retryAfter: res.headers.get("retry-after") };
    if (kind === "write") {
      sample.title = title;
      if (res.ok) sample.id = (JSON.parse(text) as { result: { data: { json: { id: string } } } }).result.data.json.id;
    }
    return sample;
  } catch {
    return { kind, startedAt, endedAt: Date.now(), status: 0, retryAfter: null, ...(kind === "write" ? { title } : {}) };
  }
}

/** `workers` loops, each cycling through the kinds, until `running()` turns false. */
export async function driveLoad(opts: { baseUrl: string; cookie: string; workers: number; running: () => boolean; tag: string }) {
  const samples: Sample[] = [];
  let sequence = 0;
  const worker = async (w: number) => {
    for (let i = w; opts.running(); i++) {
      const kind = KINDS[i % KINDS.length]!;
      samples.push(await once(kind, opts.baseUrl, opts.cookie, `Recovery ${opts.tag} #${++sequence}`));
    }
  };
  await Promise.all(Array.from({ length: opts.workers }, (_, w) => worker(w)));
  return samples;
}
