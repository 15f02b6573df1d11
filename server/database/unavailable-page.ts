// The page every page request gets while the database is unreachable (issue 16): 503 with
// Retry-After, in the reader's language, plain enough to need nothing from the database or the app's
// layout. Answered by the proxy (proxy.ts), before any rendering starts.
import { RETRY_AFTER_SECONDS } from "~/db/availability";
import en from "~/server/i18n/messages/en.json";
import zh from "~/server/i18n/messages/zh.json";

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** `/en/…` is English; anything else is the default language, Chinese. */
export function unavailablePage(pathname: string): Response {
  const english = pathname === "/en" || pathname.startsWith("/en/");
  const messages = english ? en : zh;
  const body = [
    "<!doctype html>",
    `<html lang="${english ? "en" : "zh-CN"}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(messages.errors.unavailableTitle)}</title></head>`,
    `<body><main role="alert"><h1>${escape(messages.errors.unavailableTitle)}</h1>`,
    `<p>${escape(messages.errors.unavailableLead)}</p>`,
    `<p><a href="${escape(pathname)}">${escape(messages.errors.retry)}</a></p></main></body></html>`,
  ].join("\n");
  return new Response(body, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
    },
  });
}
