export interface ChartPoint {
  x: number;
  y: number;
}

interface LineChartProps {
  points: readonly ChartPoint[];
  /** A second line to hold against the first (what really happened against the plan), dashed. */
  compare?: readonly ChartPoint[] | undefined;
  /**
   * What a screen reader reads instead of the drawing: a one-sentence summary. The same numbers
   * must also be on the page as text or a table (the chart is never the only place they are).
   */
  label: string;
  /** Shared scales, so that charts side by side compare at a glance; default: the data's own maxima. */
  xMax?: number | undefined;
  yMax?: number | undefined;
  formatX: (x: number) => string;
  formatY: (y: number) => string;
}

// The drawing's own units. It stretches to its box (full width, a fixed height), so the strokes
// keep their width (non-scaling-stroke) and the labels are page text at the page's size.
const WIDTH = 300;
const HEIGHT = 100;

const axisLabels = { display: 'flex', justifyContent: 'space-between', gap: '0.5rem', fontSize: '0.8rem' };

/**
 * A line over time from x = 0 with its area shaded, the largest y above it and the first and last x
 * below it. Mobile first: no side margin for labels, the same height at every width.
 */
export function LineChart({ points, compare = [], label, xMax, yMax, formatX, formatY }: LineChartProps) {
  // At least 1, so a single point or an all-zero line still draws (no division by zero).
  const all = [...points, ...compare];
  const xTop = Math.max(1, xMax ?? 0, ...all.map((point) => point.x));
  const yTop = Math.max(1, yMax ?? 0, ...all.map((point) => point.y));
  const toX = (x: number) => ((x / xTop) * WIDTH).toFixed(2);
  const toY = (y: number) => (HEIGHT - (y / yTop) * HEIGHT).toFixed(2);
  const line = points.map((point) => `${toX(point.x)},${toY(point.y)}`).join(' ');
  const first = points[0];
  const last = points.at(-1);
  return (
    <div class="line-chart">
      <div class="muted" style={axisLabels} aria-hidden="true">
        {formatY(yTop)}
      </div>
      <svg
        class="chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={label}
        style={{ height: '6.5rem', overflow: 'visible' }}
      >
        {first && last && (
          <polygon
            points={`${line} ${toX(last.x)},${HEIGHT} ${toX(first.x)},${HEIGHT}`}
            style={{ fill: 'var(--accent-soft)' }}
          />
        )}
        <line x1="0" x2={WIDTH} y1="0" y2="0" vector-effect="non-scaling-stroke" style={gridStyle} />
        <line
          x1="0"
          x2={WIDTH}
          y1={HEIGHT}
          y2={HEIGHT}
          vector-effect="non-scaling-stroke"
          style={axisStyle}
        />
        <polyline points={line} vector-effect="non-scaling-stroke" style={lineStyle} />
        {compare.length > 0 && (
          <polyline
            points={compare.map((point) => `${toX(point.x)},${toY(point.y)}`).join(' ')}
            vector-effect="non-scaling-stroke"
            style={compareStyle}
          />
        )}
      </svg>
      <div class="muted" style={axisLabels} aria-hidden="true">
        <span>{formatX(0)}</span>
        <span>{formatX(xTop)}</span>
      </div>
    </div>
  );
}

const gridStyle = { stroke: 'var(--line)', strokeDasharray: '4 3' };
const axisStyle = { stroke: 'var(--muted)' };
const compareStyle = {
  fill: 'none',
  stroke: 'var(--warn)',
  strokeWidth: '2.5',
  strokeDasharray: '6 4',
  strokeLinejoin: 'round',
};
const lineStyle = { fill: 'none', stroke: 'var(--accent)', strokeWidth: '2.5', strokeLinejoin: 'round' };
