// What a sign-in POST carries, from either of its two clients: the sign-in form's script (JSON) or the
// same form submitted before its script has loaded (an ordinary form post). Anything else (text/plain
// above all: the one type a cross-site form can send without a preflight) is not a sign-in.
import { z } from "zod";

export type SignInBody =
  | { step: "password"; email: string; password: string; next?: string; locale?: string }
  | { step: "code"; code: string; next?: string; locale?: string };

const ZShared = { next: z.string().max(2000).optional(), locale: z.string().max(5).optional() };
const ZPasswordBody = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
  ...ZShared,
});
const ZCodeBody = z.object({ code: z.string().trim().min(1).max(40), ...ZShared });

export type ParsedSignIn =
  | { ok: true; body: SignInBody; isForm: boolean }
  | { ok: false; isForm: boolean; status: 400 | 415 };

export async function parseSignInRequest(request: Request): Promise<ParsedSignIn> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const isForm = type === "application/x-www-form-urlencoded" || type === "multipart/form-data";
  let raw: unknown;
  if (type === "application/json") raw = await request.json().catch(() => null);
  else if (isForm) raw = await request.formData().then((f) => Object.fromEntries(f), () => null);
  else return { ok: false, isForm: false, status: 415 };
  if (raw && typeof raw === "object" && "code" in raw && !("password" in raw)) {
    const parsed = ZCodeBody.safeParse(raw);
    return parsed.success ? { ok: true, isForm, body: { step: "code", ...parsed.data } } : { ok: false, isForm, status: 400 };
  }
  const parsed = ZPasswordBody.safeParse(raw);
  return parsed.success ? { ok: true, isForm, body: { step: "password", ...parsed.data } } : { ok: false, isForm, status: 400 };
}
