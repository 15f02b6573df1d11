"use client";
// The picker's ~196 <option>s from two strings: every code (three letters each, back to back) and
// every name (one per line). Rendered on the server like any option list, so the form works without
// JavaScript; the RSC payload carries the two strings instead of ~196 option elements (decision 035).
export function CountryOptions({ codes, names }: { codes: string; names: string }) {
  return names.split("\n").map((name, i) => {
    const iso3 = codes.slice(i * 3, i * 3 + 3);
    return (
      <option key={iso3} value={iso3}>
        {name}
      </option>
    );
  });
}
