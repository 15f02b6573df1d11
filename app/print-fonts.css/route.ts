// The @font-face rules for printing Arabic and Chinese (server/print/print-fonts.ts). Linked with
// media="print" from the printable pages only, so screens never load it.
import { printFontFaces } from "~/server/print/print-fonts";

export const dynamic = "force-static";

export function GET() {
  return new Response(printFontFaces(), {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
