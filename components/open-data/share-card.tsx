// The share images (Open Graph / Twitter cards, 1200×630) of a country and a measure, drawn by
// satori: only flexbox and inline styles, no classes. Status is written out, never colour alone.
import type { ReactNode } from "react";

export const SHARE_SIZE = { width: 1200, height: 630 };

const STATUS_COLOURS: Record<string, { bg: string; fg: string }> = {
  none: { bg: "#f1f5f9", fg: "#0f172a" },
  committed: { bg: "#fde68a", fg: "#0f172a" },
  in_progress: { bg: "#bfdbfe", fg: "#0f172a" },
  implemented: { bg: "#15803d", fg: "#ffffff" },
  regressed: { bg: "#dc2626", fg: "#ffffff" },
};

function Frame({ brand, children, fontFamily }: { brand: string; children: ReactNode; fontFamily: string }) {
  return (
    <div style={{ ...SHARE_SIZE, display: "flex", flexDirection: "column", padding: 56, background: "#ffffff", color: "#0f172a", fontFamily, borderTop: "16px solid #1d4ed8" }}>
      <div style={{ display: "flex", fontSize: 28, color: "#1d4ed8", fontWeight: 700 }}>{brand}</div>
      {children}
    </div>
  );
}

export interface CountryShareProps {
  fontFamily: string;
  brand: string;
  name: string;
  scoreLabel: string;
  score: string;
  keyLabel: string;
  measures: { title: string; status: string; statusLabel: string }[];
}

export function CountryShareCard(p: CountryShareProps) {
  return (
    <Frame brand={p.brand} fontFamily={p.fontFamily}>
      <div style={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between", marginTop: 20 }}>
        <div style={{ display: "flex", fontSize: 72, fontWeight: 700, maxWidth: 760, lineHeight: 1.1 }}>{p.name}</div>
        <div style={{ display: "flex", flexDirection: "column", alignItems: "flex-end" }}>
          <div style={{ display: "flex", fontSize: 26, color: "#475569" }}>{p.scoreLabel}</div>
          <div style={{ display: "flex", fontSize: 96, fontWeight: 700, color: "#1d4ed8", lineHeight: 1 }}>{p.score}</div>
        </div>
      </div>
      <div style={{ display: "flex", fontSize: 26, color: "#475569", marginTop: 28 }}>{p.keyLabel}</div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 10 }}>
        {p.measures.map((m, i) => (
          <div key={i} style={{ display: "flex", alignItems: "center", marginTop: 10 }}>
            <div
              style={{
                display: "flex",
                justifyContent: "center",
                width: 190,
                padding: "4px 10px",
                borderRadius: 8,
                fontSize: 22,
                background: STATUS_COLOURS[m.status]?.bg,
                color: STATUS_COLOURS[m.status]?.fg,
                border: "1px solid #94a3b8",
              }}
            >
              {m.statusLabel}
            </div>
            <div style={{ display: "flex", fontSize: 26, marginLeft: 16, maxWidth: 880, overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis" }}>{m.title}</div>
          </div>
        ))}
      </div>
    </Frame>
  );
}

export interface MeasureShareProps {
  fontFamily: string;
  brand: string;
  title: string;
  addressed: string;
  counts: { status: string; label: string; count: number; formatted: string }[];
}

export function MeasureShareCard(p: MeasureShareProps) {
  const total = Math.max(1, p.counts.reduce((n, c) => n + c.count, 0));
  return (
    <Frame brand={p.brand} fontFamily={p.fontFamily}>
      <div style={{ display: "flex", fontSize: 56, fontWeight: 700, marginTop: 20, lineHeight: 1.2, maxHeight: 210, overflow: "hidden" }}>{p.title}</div>
      <div style={{ display: "flex", fontSize: 26, color: "#475569", marginTop: 16 }}>{p.addressed}</div>
      <div style={{ display: "flex", height: 48, marginTop: 36, borderRadius: 8, overflow: "hidden", border: "1px solid #94a3b8" }}>
        {p.counts
          .filter((c) => c.count > 0)
          .map((c) => (
            <div key={c.status} style={{ display: "flex", width: `${(c.count / total) * 100}%`, background: STATUS_COLOURS[c.status]?.bg }} />
          ))}
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", marginTop: 20 }}>
        {p.counts.map((c) => (
          <div key={c.status} style={{ display: "flex", alignItems: "center", marginRight: 32, marginTop: 8, fontSize: 26 }}>
            <div style={{ display: "flex", width: 24, height: 24, marginRight: 10, background: STATUS_COLOURS[c.status]?.bg, border: "1px solid #64748b" }} />
            {`${c.label}: ${c.formatted}`}
          </div>
        ))}
      </div>
    </Frame>
  );
}
