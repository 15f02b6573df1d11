// One woff2 subset of the print fonts, straight from the @fontsource package (server/print/print-fonts.ts).
import { readPrintFont } from "~/server/print/print-fonts";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const font = readPrintFont(file);
  if (!font) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(font), {
    headers: { "Content-Type": "font/woff2", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
