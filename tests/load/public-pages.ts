// The public pages held to the page budget (issue 12): checked by tests/e2e/page-weight.spec.ts and
// measured by tests/load/page-bytes.ts, in every locale. Paths after the locale prefix.
export const PUBLIC_PAGES = [
  "",
  "/countries",
  "/countries/KEN",
  "/countries/KEN/records",
  "/countries/KEN/catalogue",
  "/countries/KEN/timeline",
  "/regional-organizations",
  "/measures",
  "/measures/appoint-national-r2p-focal-point",
  "/documents",
  "/documents/a-72-884",
  "/documents/icrtop-toolkit/part/9",
  "/parliamentarians",
  "/parliamentarians?country=KEN",
  "/search?q=early%20warning",
];

/** 150 KB of HTML, uncompressed, RSC payload included. */
export const PAGE_BUDGET_BYTES = 150 * 1024;
