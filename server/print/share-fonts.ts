// Fonts for the share images (Open Graph cards are drawn by satori, which needs the font files
// themselves and has no system fonts). Noto Sans SC comes from the maintained @fontsource package,
// so Chinese renders the same on every machine and in CI, where no CJK font is installed. The
// package splits the font into ~100 unicode-range subsets; a card loads only the subsets its own
// characters fall in (a few hundred kB instead of 10 MB), read once per process.
import { readFileSync } from "node:fs";
import path from "node:path";

export type ShareFontWeight = 400 | 700;

export interface ShareFont {
  name: string;
  data: ArrayBuffer;
  weight: ShareFontWeight;
  style: "normal";
}

interface Subset {
  file: string;
  ranges: [number, number][];
}

const FAMILY = "Noto Sans SC";
const packageDir = () => path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc");

/** The @font-face blocks of one weight's CSS: each woff file with the code points it covers. */
export function parseFontFaces(css: string): Subset[] {
  const subsets: Subset[] = [];
  for (const block of css.split("@font-face").slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\) format\('woff'\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(",").map((r): [number, number] => {
      const [from, to] = r.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
    });
    subsets.push({ file, ranges });
  }
  return subsets;
}

const subsetsByWeight = new Map<ShareFontWeight, Subset[]>();
const files = new Map<string, ArrayBuffer>();

function subsets(weight: ShareFontWeight) {
  let list = subsetsByWeight.get(weight);
  if (!list) {
    list = parseFontFaces(readFileSync(path.join(packageDir(), `${weight}.css`), "utf8"));
    subsetsByWeight.set(weight, list);
  }
  return list;
}

/**
 * The font subsets that cover every character of `text`, in both weights, and the CSS font-family
 * list naming them. Each subset gets a name of its own: satori keeps one font per name and weight,
 * and falls back along the family list character by character.
 */
export function shareFontsFor(text: string): { fonts: ShareFont[]; fontFamily: string } {
  const codePoints = new Set([...text].map((c) => c.codePointAt(0)!));
  const fonts: ShareFont[] = [];
  for (const weight of [400, 700] as const) {
    for (const subset of subsets(weight)) {
      const needed = [...codePoints].some((cp) => subset.ranges.some(([from, to]) => cp >= from && cp <= to));
      if (!needed) continue;
      let data = files.get(subset.file);
      if (!data) {
        const bytes = readFileSync(path.join(packageDir(), "files", subset.file));
        data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        files.set(subset.file, data);
      }
      fonts.push({ name: `${FAMILY} ${subset.file.replace(/-\d00-normal\.woff$/, "")}`, data, weight, style: "normal" });
    }
  }
  const names = [...new Set(fonts.map((f) => f.name))];
  return { fonts, fontFamily: names.map((n) => `"${n}"`).join(", ") };
}
