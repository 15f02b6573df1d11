// Browsers ask for /favicon.ico on pages whose <head> has no icon link (error pages among them):
// send them to the one icon we have instead of a 404. The Location is relative on purpose: behind
// `next start` request.url names the server's own host (localhost), not the one the browser used,
// and an absolute redirect to another origin is blocked by our img-src 'self' policy.
export function GET() {
  return new Response(null, { status: 308, headers: { Location: "/icon.svg" } });
}
