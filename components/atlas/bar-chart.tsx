// A horizontal bar chart of shares (0–1) as server-rendered SVG, with the same figures in a table
// below it for screen readers and anyone who prefers numbers. No client JS.
import type { Locale } from "~/db/locales";
import { intlLocale } from "~/server/i18n/locale-tags";
interface Bar {
  key: string;
  label: string;
  value: number;
  /** Extra column in the table (e.g. how many states the mean is over). */
  count: number;
}

interface Props {
  id: string;
  title: string;
  bars: Bar[];
  locale: Locale;
  labels: { category: string; value: string; count: string };
}

const ROW = 28;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 300;

export function BarChart({ id, title, bars, locale, labels }: Props) {
  const percent = new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 });
  const height = bars.length * ROW + 8;
  return (
    <figure className="flex flex-col gap-3">
      <svg
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 60} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        className="h-auto w-full max-w-2xl"
        data-testid={id}
      >
        <title id={`${id}-title`}>{title}</title>
        {bars.map((b, i) => {
          const y = 4 + i * ROW;
          const w = Math.max(0, Math.min(1, b.value)) * BAR_WIDTH;
          return (
            <g key={b.key}>
              <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="#1e293b">
                {b.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={BAR_WIDTH} height={ROW - 8} fill="#f1f5f9" />
              <rect x={LABEL_WIDTH} y={y + 4} width={w} height={ROW - 8} fill="#0868ac" />
              <text x={LABEL_WIDTH + w + 6} y={y + ROW / 2} dominantBaseline="middle" fontSize="12" fill="#334155">
                {percent.format(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <table className="w-full max-w-2xl text-start text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-2 py-1">{labels.category}</th>
              <th scope="col" className="px-2 py-1 text-end">{labels.value}</th>
              <th scope="col" className="px-2 py-1 text-end">{labels.count}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.key} className="border-t border-slate-100">
                <th scope="row" className="px-2 py-1 font-normal">{b.label}</th>
                <td className="px-2 py-1 text-end tabular-nums">{percent.format(b.value)}</td>
                <td className="px-2 py-1 text-end tabular-nums">{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
