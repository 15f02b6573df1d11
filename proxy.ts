// Every page request passes here: pick the language (/zh/… or /en/…) and redirect bare paths.
import createMiddleware from "next-intl/middleware";
import { routing } from "./components/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Pages only: not the API, Next internals or files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
