import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { IntervalKey } from '../filters';
import { labelledIndexes, visibleBuckets } from '../series';

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

// Only the parts the bar chart uses, so the chunk stays small.
ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);
// Browser tests read the drawn bars and the tooltip through Chart.getChart(canvas): the canvas has no DOM.
if (typeof navigator !== 'undefined' && navigator.webdriver) {
  (window as unknown as { Chart?: typeof ChartJS }).Chart = ChartJS;
}

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
  /** When the link (or campaign) was created: buckets before it are not drawn. */
  since: string | null;
}

/**
 * Clicks over time as stacked bars (unique, repeat, bots add up to the total): a burst shows on the day
 * it happened, with nothing drawn before the link existed or after now. Bucket starts are labelled in the
 * browser's time zone, where they were counted.
 */
export default function ClicksChart({ stats, interval, showBots, since }: ClicksChartProps) {
  const { series } = useFragment(ClicksChart_stats, stats);
  const buckets = useMemo(() => visibleBuckets(series, since, new Date()), [series, since]);
  const format = new Intl.DateTimeFormat(undefined, LABEL_FORMATS[interval]);
  const labels = buckets.map((b) => format.format(new Date(b.start)));
  const narrow = typeof window !== 'undefined' && window.innerWidth < 600;
  const shownLabels = labelledIndexes(labels.length, narrow ? 4 : 8);
  const datasets = [
    { label: 'Unique', data: buckets.map((b) => b.unique), backgroundColor: '#4f46e5' },
    { label: 'Repeat', data: buckets.map((b) => b.total - b.unique - b.bots), backgroundColor: '#38bdf8' },
    ...(showBots ? [{ label: 'Bots', data: buckets.map((b) => b.bots), backgroundColor: '#f59e0b' }] : []),
  ].map((d) => ({ ...d, stack: 'clicks', borderRadius: 2, maxBarThickness: 28 }));
  const active = buckets.filter((b) => b.total > 0);
  return (
    <>
      <div className="chart-box" data-testid="clicks-chart" data-buckets={buckets.length}>
        <Bar
          aria-label={`Clicks over time chart, ${labels[0] ?? ''} to ${labels.at(-1) ?? ''}`}
          role="img"
          data={{ labels, datasets }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            // Room on the right so the last bar can be tapped on a phone and its tooltip fits.
            layout: { padding: { right: 8 } },
            interaction: { mode: 'index', intersect: false },
            events: ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'],
            plugins: {
              legend: { position: 'bottom', labels: { boxWidth: 12, usePointStyle: true } },
              tooltip: {
                callbacks: {
                  title: (items) =>
                    (interval === 'week' ? 'Week of ' : '') + (labels[items[0]?.dataIndex ?? 0] ?? ''),
                  footer: (items) => `Total ${buckets[items[0]?.dataIndex ?? 0]?.total ?? 0}`,
                },
              },
            },
            scales: {
              x: {
                stacked: true,
                grid: { display: false },
                ticks: {
                  maxRotation: 0,
                  autoSkip: false,
                  callback: (_value, index) => (shownLabels.has(index) ? labels[index] : ''),
                },
              },
              y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, grid: { color: '#eef0f4' } },
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
                <th scope="col" className="num">
                  Repeat
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
                  <td className="num">{b.total - b.unique - b.bots}</td>
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
