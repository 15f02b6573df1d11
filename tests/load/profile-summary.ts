// Reads a V8 .cpuprofile (node --cpu-prof) and prints where the time went: self time by function and
// by package (node_modules/<name>, our own code, Node internals), heaviest first; with --inclusive also
// the time under each function (itself and what it called: a render's components, a formatter's callers).
//   npx tsx tests/load/profile-summary.ts /tmp/prof/CPU.*.cpuprofile [--top 25] [--inclusive]
import fs from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" }, inclusive: { type: "boolean", default: false } } });
const top = Number(values.top);

/** "node_modules/.pnpm/x/node_modules/next/dist/…" → "next"; our sources → "app"; the rest by kind. */
function packageOf(url: string): string {
  const m = url.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1]!;
  if (url === "") return "(native/V8)";
  if (url.startsWith("node:")) return "(node internals)";
  if (/\.next\/server\/chunks/.test(url)) return "(bundled server chunk)";
  return "(other)";
}

for (const file of positionals) {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fns = new Map<string, number>();
  const pkgs = new Map<string, number>();
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id)!;
    const name = `${callFrame.functionName || "(anonymous)"} ${callFrame.url.replace(/.*\/(node_modules|\.next)\//, "$1/")}:${callFrame.lineNumber + 1}`;
    fns.set(name, (fns.get(name) ?? 0) + us);
    const pkg = packageOf(callFrame.url);
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1)} %`;
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`## ${file}: ${(total / 1e6).toFixed(1)} s sampled`);
  console.log("\n| package | self |\n|---|---|");
  for (const [k, v] of sorted(pkgs)) console.log(`| ${k} | ${pct(v)} |`);
  console.log("\n| function | self |\n|---|---|");
  for (const [k, v] of sorted(fns)) console.log(`| \`${k}\` | ${pct(v)} |`);
  if (values.inclusive) {
    // A function's inclusive time counts each sample once even when it recurs on the stack.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const incl = new Map<string, number>();
    for (const [id, us] of self) {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const { callFrame } = byId.get(at)!;
        const name = `${callFrame.functionName || "(anonymous)"} ${callFrame.url.replace(/.*\/(node_modules|\.next)\//, "$1/")}:${callFrame.lineNumber + 1}`;
        if (seen.has(name)) continue;
        seen.add(name);
        incl.set(name, (incl.get(name) ?? 0) + us);
      }
    }
    console.log("\n| function | inclusive |\n|---|---|");
    for (const [k, v] of sorted(incl)) console.log(`| \`${k}\` | ${pct(v)} |`);
  }
}
