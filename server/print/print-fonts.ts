// Fonts for paper: Noto Sans Arabic and Noto Sans SC from the maintained @fontsource packages, so a
// printed brief in Arabic or with Chinese quotations looks the same on every machine, including
// ones without Arabic or CJK system fonts (decision 028). The packages split each font into
// unicode-range subsets; the stylesheet keeps only the Arabic subsets of one and the CJK subsets of
// the other (Latin and Cyrillic stay in the system font) and only woff2, served by our own route.
import { readFileSync } from "node:fs";
import path from "node:path";

const PACKAGES = { arabic: "noto-sans-arabic", sc: "noto-sans-sc" } as const;
const WEIGHTS = [400, 700] as const;
export const PRINT_FONT_PATH = "/print-fonts";

// Literal paths, one per package: the bundler traces exactly these two folders (a computed package
// name made it trace all of node_modules/@fontsource).
const PACKAGE_DIRS: Record<string, () => string> = {
  "noto-sans-arabic": () => path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-arabic"),
  "noto-sans-sc": () => path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc"),
};
const packageDir = (pkg: string) => PACKAGE_DIRS[pkg]!();

/** File names the font route may serve: one of the two packages, woff2, a weight we use. */
export const PRINT_FONT_FILE = /^noto-sans-(arabic|sc)-[a-z0-9-]+-(400|700)-normal\.woff2$/;

/** Whether an @font-face block (by its subset comment) is one we print with. */
function keepSubset(pkg: keyof typeof PACKAGES, subset: string): boolean {
  // Arabic: the Arabic letters only. Chinese: the numbered CJK slices, not its Latin/Cyrillic copies.
  return pkg === "arabic" ? subset === "arabic" : /^\[\d+\]$/.test(subset);
}

/** The @font-face rules for print, with the package's relative URLs pointed at our font route. */
export function printFontFaces(readCss: (pkg: string, weight: number) => string = readPackageCss): string {
  const rules: string[] = [];
  for (const [key, pkg] of Object.entries(PACKAGES) as [keyof typeof PACKAGES, string][]) {
    for (const weight of WEIGHTS) {
      const css = readCss(pkg, weight);
      for (const block of css.split("/* ").slice(1)) {
        const subset = new RegExp(`^${pkg}-(.+?)-${weight}-normal \\*/`).exec(block)?.[1];
        const face = /@font-face\s*{[^}]*}/.exec(block)?.[0];
        if (!subset || !face || !keepSubset(key, subset)) continue;
        rules.push(
          face
            .replace(/src:[^;]+;/, (src) => {
              const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(src)?.[1];
              return woff2 ? `src: url(${PRINT_FONT_PATH}/${woff2}) format('woff2');` : src;
            })
            .replace(/font-display:\s*\w+;/, "font-display: block;"),
        );
      }
    }
  }
  return rules.join("\n");
}

function readPackageCss(pkg: string, weight: number): string {
  return readFileSync(path.join(packageDir(pkg), `${weight}.css`), "utf8");
}

/** The bytes of one font file, or null when the name is not one we serve. */
export function readPrintFont(file: string): Buffer | null {
  const m = PRINT_FONT_FILE.exec(file);
  if (!m) return null;
  try {
    const dir = m[1] === "arabic" ? PACKAGE_DIRS["noto-sans-arabic"]!() : PACKAGE_DIRS["noto-sans-sc"]!();
    return readFileSync(path.join(dir, "files", file));
  } catch {
    return null;
  }
}
