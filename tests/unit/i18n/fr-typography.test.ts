// French typography: the rules on samples, and every French catalogue already follows them
// (run `npm run i18n:fr-typography` to fix a catalogue in place).
import { describe, expect, it } from "vitest";
import { fixCatalogue, fixFrenchTypography, NARROW_NBSP, NBSP } from "~/server/cli/i18n-fr-typography-rules";
import { messageFiles } from "~/server/i18n/translator";

describe("French typography", () => {
  it("puts no-break spaces before high punctuation and inside guillemets", () => {
    expect(fixFrenchTypography("Mot de passe oublié?")).toBe(`Mot de passe oublié${NARROW_NBSP}?`);
    expect(fixFrenchTypography("Échec : {error}")).toBe(`Échec${NBSP}: {error}`);
    expect(fixFrenchTypography("a ; b ! c")).toBe(`a${NARROW_NBSP}; b${NARROW_NBSP}! c`);
    expect(fixFrenchTypography("« {title} »")).toBe(`«${NARROW_NBSP}{title}${NARROW_NBSP}»`);
  });

  it("uses the typographic apostrophe between letters", () => {
    expect(fixFrenchTypography("l'organisation d'un État")).toBe("l’organisation d’un État");
  });

  it("keeps thousands together", () => {
    expect(fixFrenchTypography("5 000 lignes")).toBe(`5${NARROW_NBSP}000 lignes`);
  });

  it("leaves URLs, times, ICU syntax and escapes alone", () => {
    for (const text of ["http://example.org/?q=1", "à 10:15", "{count, plural, one {# x} other {# y}}", "'{'littéral'}'"]) {
      expect(fixFrenchTypography(text)).toBe(text);
    }
  });

  it("is idempotent", () => {
    const once = fixFrenchTypography("Vous l'avez ? « oui » : 1 000 fois ; bravo !");
    expect(fixFrenchTypography(once)).toBe(once);
  });

  it("is already applied to every French catalogue", () => {
    for (const file of messageFiles.fr) expect(fixCatalogue(file)).toEqual(file);
  });
});
