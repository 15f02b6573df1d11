// Every page request passes here: answer 503 while the database is down, pick the language (/zh/… or /en/…) and redirect bare paths.
// Public pages whose default view is cached (ISR, docs/decisions/010) have their query views
// rendered by a separate route: /countries?… is rewritten (not redirected, so the address the
// visitor sees, shares and switches language on stays the same) to the dynamic /countries/table,
// /measures?… to the dynamic /measures-filtered (decision 037), and /parliamentarians?country=KEN to
// the per-country cached /parliamentarians/KEN. A countries query or a state's records query made only
// of small closed sets goes to a cached route with the canonical query in its path instead
// (/countries/view/group-weog.sort-score.dir-desc, /countries/LTU/records/cpage-2; decision 039).
import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { databaseDownSince, waitForDatabase } from "./db/availability";
import { queryViewPath } from "./components/i18n/query-views";
import { routing } from "./server/i18n/routing";
import { unavailablePage } from "./server/database/unavailable-page";

const intl = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  // While the database is unreachable (db/availability.ts), a page waits for it briefly, then is
  // answered 503 with Retry-After instead of rendering into a 500 (docs/decisions/021).
  if (databaseDownSince() !== null && !(await waitForDatabase())) return unavailablePage(request.nextUrl.pathname);
  const target = queryViewPath(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!target) return intl(request);
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url);
}

export const config = {
  // Pages only: not the API, the embeddable cards (/embed/{locale}/… carry their own locale),
  // Next internals or files with an extension.
  matcher: ["/((?!api|embed/|_next|_vercel|.*\\..*).*)"],
};
