// Put on a page meant to be printed: loads the Arabic and Chinese print fonts for paper only
// (media="print"; screens ignore it). React hoists the stylesheet into <head> once.
export function PrintFonts() {
  // eslint-disable-next-line @next/next/no-css-tags -- a route-served, print-only sheet, not a CSS module
  return <link rel="stylesheet" href="/print-fonts.css" media="print" precedence="print-fonts" />;
}
