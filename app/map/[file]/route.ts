// The world map's shapes (components/map/world-asset.ts) under their content-hashed name: the same
// name always means the same bytes, so browsers and proxies may keep it for a year without asking.
import { worldMapAsset } from "~/components/map/world-asset";

export const dynamic = "force-dynamic"; // our own Cache-Control, not the prerender's

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const asset = worldMapAsset();
  if ((await params).file !== asset.fileName) return new Response("Not found", { status: 404 });
  return new Response(asset.svg, {
    headers: {
      "Content-Type": "image/svg+xml",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
