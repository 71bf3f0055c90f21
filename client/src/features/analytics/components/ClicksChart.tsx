import {
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Line } from 'react-chartjs-2';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { IntervalKey } from '../filters';

export const ClicksChart_stats = graphql(`
  fragment ClicksChart_stats on ClickStats {
    series {
      start
      total
      unique
      bots
    }
  }
`);

// Only the parts the line chart uses, so the chunk stays small.
ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

const LABEL_FORMATS: Record<IntervalKey, Intl.DateTimeFormatOptions> = {
  hour: { month: 'short', day: 'numeric', hour: 'numeric' },
  day: { month: 'short', day: 'numeric' },
  week: { month: 'short', day: 'numeric' },
  month: { month: 'short', year: 'numeric' },
};

interface ClicksChartProps {
  stats: FragmentType<typeof ClicksChart_stats>;
  interval: IntervalKey;
  showBots: boolean;
}

/** Clicks over time; bucket starts are labelled in the browser's time zone, where they were counted. */
export default function ClicksChart({ stats, interval, showBots }: ClicksChartProps) {
  const { series } = useFragment(ClicksChart_stats, stats);
  const format = new Intl.DateTimeFormat(undefined, LABEL_FORMATS[interval]);
  const labels = series.map(
    (b) => (interval === 'week' ? 'Week of ' : '') + format.format(new Date(b.start)),
  );
  const datasets = [
    {
      label: 'Total clicks',
      data: series.map((b) => b.total),
      borderColor: '#4f46e5',
      backgroundColor: 'rgba(79, 70, 229, 0.12)',
      fill: true,
      tension: 0.3,
      cubicInterpolationMode: 'monotone' as const,
      pointRadius: series.length > 60 ? 0 : 3,
    },
    {
      label: 'Unique clicks',
      data: series.map((b) => b.unique),
      borderColor: '#0ea5e9',
      backgroundColor: 'rgba(14, 165, 233, 0.1)',
      fill: false,
      tension: 0.3,
      cubicInterpolationMode: 'monotone' as const,
      pointRadius: series.length > 60 ? 0 : 2,
    },
    ...(showBots
      ? [
          {
            label: 'Bot clicks',
            data: series.map((b) => b.bots),
            borderColor: '#f59e0b',
            backgroundColor: 'rgba(245, 158, 11, 0.1)',
            borderDash: [4, 4],
            fill: false,
            tension: 0.3,
            cubicInterpolationMode: 'monotone' as const,
            pointRadius: 0,
          },
        ]
      : []),
  ];
  const active = series.filter((b) => b.total > 0);
  return (
    <>
      <div className="chart-box">
        <Line
          aria-label="Clicks over time chart"
          role="img"
          data={{ labels, datasets }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            interaction: { mode: 'index', intersect: false },
            plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, usePointStyle: true } } },
            scales: {
              x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
              y: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: '#eef0f4' } },
            },
          }}
        />
      </div>
      {/* The same numbers for screen readers and keyboard users; only buckets with clicks. */}
      <details className="chart-data">
        <summary>Show as table</summary>
        {active.length === 0 ? (
          <p className="muted">No clicks in this period.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{interval === 'week' ? 'Week of' : 'Period'}</th>
                <th scope="col" className="num">
                  Total
                </th>
                <th scope="col" className="num">
                  Unique
                </th>
                {showBots && (
                  <th scope="col" className="num">
                    Bots
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {active.map((b) => (
                <tr key={b.start}>
                  <td>{format.format(new Date(b.start))}</td>
                  <td className="num">{b.total}</td>
                  <td className="num">{b.unique}</td>
                  {showBots && <td className="num">{b.bots}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </>
  );
}
