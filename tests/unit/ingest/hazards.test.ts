// Debris that must never reach unit text, checked over every unit of every document.
import { describe, expect, it } from "vitest";
import { SLUGS, parsed } from "./load";

describe.each(SLUGS)("%s unit text", (slug) => {
  const units = () => parsed(slug).units;
  it("has no page header, job number or barcode", () => {
    for (const u of units()) {
      expect(u.text, u.locator).not.toMatch(/\d{2}-\d{5}\s*\(C\)|\*\d{7}\*/);
      expect(u.text, u.locator).not.toMatch(/^A\/63\/677$/m);
    }
  });
  it("has no URL dump or local file path", () => {
    for (const u of units()) {
      expect(u.text, u.locator).not.toMatch(/file:\/\/|docs\.un\.org|C:\/Users/);
      expect(u.text, u.locator).not.toMatch(/^https?:\/\//m);
    }
  });
  it("has no private-use glyph, control character or markdown residue", () => {
    for (const u of units()) {
      expect(u.text, u.locator).not.toMatch(/[\uF000-\uF8FF\u0000-\u0009\u000b-\u001f]/);
      expect(u.text, u.locator).not.toMatch(/\]\(#\)|\*\*/);
    }
  });
  it("has no footnote separator or superscript marker", () => {
    for (const u of units()) expect(u.text, u.locator).not.toMatch(/_{5,}|[¹²³⁴⁵⁶⁷⁸⁹]/);
  });
  it("has no empty or space-only block", () => {
    for (const u of units()) for (const b of u.text.split("\n")) expect(b.trim(), u.locator).not.toBe("");
  });
});
