import { layoutBars } from './bar-chart-layout';

export interface BarSeries {
  label: string;
  /** A CSS colour, preferably one of app.css's variables ("var(--accent)"). */
  color: string;
}

export interface BarRow {
  key: string;
  label: string;
  /** One value per series, in any unit (fen): only their proportions are drawn. */
  values: readonly number[];
  /** The same values as people read them ("1,234.50 元"), drawn beside each bar. */
  valueLabels: readonly string[];
}

const TEXT = { fontSize: '14px', fill: 'var(--ink)' };

/**
 * A horizontal grouped bar chart in SVG, one group per row, readable at 360 px. Screen readers get
 * `summary` (role="img"); the caller must also show the same numbers as text or a table.
 */
export function BarChart({
  summary,
  series,
  rows,
}: {
  summary: string;
  series: BarSeries[];
  rows: BarRow[];
}) {
  const layout = layoutBars(rows);
  return (
    <div class="bar-chart">
      <ul class="row" aria-hidden="true" style={{ listStyle: 'none', padding: 0, margin: '0 0 0.5rem' }}>
        {series.map((item) => (
          <li key={item.label} class="row" style={{ gap: '0.35rem', marginRight: '0.75rem' }}>
            <span
              style={{ width: '0.9rem', height: '0.9rem', borderRadius: '3px', background: item.color }}
            />
            {item.label}
          </li>
        ))}
      </ul>
      <svg
        class="chart"
        role="img"
        aria-label={summary}
        width="100%"
        height={layout.height}
        // A fixed height (the class's `height: auto` would give 150 px), and no wider than reads well.
        style={{ height: `${layout.height}px`, maxWidth: '46rem', overflow: 'visible' }}
      >
        {layout.rows.map((row, index) => {
          const source = rows[index];
          return (
            <g key={source?.key ?? index}>
              <text x="0" y={row.labelY} style={{ ...TEXT, fontWeight: 600 }}>
                {row.label}
              </text>
              {row.bars.map((bar, barIndex) => (
                // The series order is the legend's order, so a bar's series is its index.
                <g key={series[barIndex]?.label ?? barIndex}>
                  <rect
                    x="0"
                    y={bar.y}
                    width={`${bar.widthPercent}%`}
                    height={bar.height}
                    rx="2"
                    style={{ fill: series[barIndex]?.color ?? 'var(--muted)' }}
                  />
                  {/* The value follows the end of its bar (dx in px after a % position). */}
                  <text
                    x={`${bar.widthPercent}%`}
                    dx="6"
                    y={bar.y + bar.height - 2}
                    style={{ ...TEXT, fontVariantNumeric: 'tabular-nums' }}
                  >
                    {source?.valueLabels[barIndex] ?? ''}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
