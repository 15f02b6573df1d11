// Browsers ask for /favicon.ico on pages whose <head> has no icon link (error pages among them):
// send them to the one icon we have instead of a 404.
export function GET(request: Request) {
  return Response.redirect(new URL("/icon.svg", request.url), 308);
}
