// A signed-in (or anonymous) HTTP client for the cluster test: a cookie jar, the app's sign-in API
// (password, then the TOTP code for staff) and tRPC over plain HTTP, as the browser would call it.
import { unspentCode } from "../e2e/totp";

export class Session {
  private readonly cookies = new Map<string, string>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  async signIn(base: string, account: { email: string; password: string; totpSecret?: string }) {
    const post = (data: unknown) =>
      this.fetch(`${base}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(data) });
    const first = await post({ email: account.email, password: account.password });
    if (first.status !== 200) throw new Error(`sign-in as ${account.email}: HTTP ${first.status} ${await first.text()}`);
    if (((await first.json()) as { step?: string }).step === "code") {
      const second = await post({ code: await unspentCode(account.totpSecret!) });
      if (second.status !== 200) throw new Error(`second factor for ${account.email}: HTTP ${second.status}`);
    }
    return this;
  }

  async mutation<T>(base: string, path: string, input: unknown): Promise<T> {
    const res = await this.fetch(`${base}/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-locale": "en" },
      body: JSON.stringify({ json: input }),
    });
    const body = (await res.json()) as { result?: { data: { json: T } }; error?: unknown };
    if (!res.ok || !body.result) throw new Error(`${path}: HTTP ${res.status} ${JSON.stringify(body.error ?? body).slice(0, 500)}`);
    return body.result.data.json;
  }

  async query<T>(base: string, path: string, input?: unknown): Promise<T> {
    const q = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    const res = await this.fetch(`${base}/api/trpc/${path}${q}`, { headers: { "x-locale": "en" } });
    const body = (await res.json()) as { result?: { data: { json: T } }; error?: unknown };
    if (!res.ok || !body.result) throw new Error(`${path}: HTTP ${res.status} ${JSON.stringify(body.error ?? body).slice(0, 500)}`);
    return body.result.data.json;
  }
}
