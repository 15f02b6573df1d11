// The score over past years as a small server-rendered SVG line, with the figures as a table beside
// it (the accessible alternative, and what prints). In a right-to-left language the time axis runs
// the way the reader reads — earliest on the right — and the value labels move to the right edge
// (decision 028).
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { isLocale, localeDirection } from "~/db/locales";

export interface TrendPoint {
  asOf: string;
  overall: number;
}

const W = 560;
const H = 160;
const PAD = { left: 36, right: 12, top: 10, bottom: 24 };

export async function TrendChart({ points, title }: { points: TrendPoint[]; title: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("progress"), getFormatter(), getLocale()]);
  const rtl = isLocale(locale) && localeDirection(locale) === "rtl";
  // Geometry is drawn left to right and mirrored as a whole, so the two directions cannot drift apart.
  const X = (px: number) => (rtl ? W - px : px);
  const labelAnchor = rtl ? "start" : "end";
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const max = Math.max(0.1, ...points.map((p) => p.overall));
  const x = (i: number) => X(PAD.left + (points.length <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (points.length - 1)));
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.overall).toFixed(1)}`).join(" ");
  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:items-start">
      {/* direction="ltr": text-anchor would otherwise follow the page's direction and undo the mirroring. */}
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} direction="ltr" data-axis={rtl ? "rtl" : "ltr"} className="w-full max-w-xl rounded border border-slate-200 bg-white">
        <line x1={X(PAD.left)} x2={X(W - PAD.right)} y1={y(0)} y2={y(0)} stroke="#94a3b8" />
        <line x1={X(PAD.left)} x2={X(W - PAD.right)} y1={y(max)} y2={y(max)} stroke="#e2e8f0" />
        <text x={X(PAD.left - 4)} y={y(0) + 4} textAnchor={labelAnchor} fontSize="10" fill="#475569">
          {pct(0)}
        </text>
        <text x={X(PAD.left - 4)} y={y(max) + 4} textAnchor={labelAnchor} fontSize="10" fill="#475569">
          {pct(max)}
        </text>
        <path d={line} fill="none" stroke="#1d4ed8" strokeWidth="2" />
        {points.map((p, i) => (
          <g key={p.asOf}>
            <circle cx={x(i)} cy={y(p.overall)} r="3" fill="#1d4ed8" />
            {(i === 0 || i === points.length - 1 || i % 2 === 0) && (
              <text x={x(i)} y={H - 6} textAnchor="middle" fontSize="10" fill="#475569">
                {p.asOf.slice(0, 4)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <table className="text-sm">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col" className="pe-4 text-start font-medium">{t("trend.date")}</th>
            <th scope="col" className="text-end font-medium">{t("score.overall")}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.asOf}>
              <th scope="row" className="pe-4 text-start font-normal">{format.dateTime(new Date(`${p.asOf}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}</th>
              <td className="text-end tabular-nums">{pct(p.overall)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
