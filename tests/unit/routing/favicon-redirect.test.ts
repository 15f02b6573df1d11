// Browsers ask for /favicon.ico on error pages. The redirect must stay on the origin the browser used:
// an absolute Location built from request.url named localhost in production and CSP blocked it.
import { describe, expect, it } from "vitest";
import { GET } from "~/app/favicon.ico/route";

describe("/favicon.ico", () => {
  it("redirects permanently to the icon with a relative Location", () => {
    const response = GET();
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe("/icon.svg");
  });
});
