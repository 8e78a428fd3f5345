/** Geometry of a horizontal grouped bar chart, in SVG user units (px) and percentages of its width. */

const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 16;
const BAR_GAP = 4;
const ROW_GAP = 12;
/** The longest bar ends here: the rest of the width holds its value, written after the bar. */
export const BAR_AREA_PERCENT = 62;
/**
 * A label line holds about 36 half-width characters at the chart's 14 px on a 360 px phone (a
 * Chinese character counts as two): longer lender names are shortened with "…" — the table under
 * the chart gives them in full.
 */
const LABEL_WIDTH_UNITS = 36;

export interface BarLayout {
  height: number;
  rows: {
    label: string;
    /** Baseline of the row's label. */
    labelY: number;
    bars: { y: number; height: number; widthPercent: number }[];
  }[];
}

/** Half-width characters count 1, everything else (CJK, full-width) 2. */
function widthUnits(character: string): number {
  return /[\u0020-\u007e]/.test(character) ? 1 : 2;
}

export function fitLabel(label: string, maxUnits = LABEL_WIDTH_UNITS): string {
  const characters = [...label];
  const total = characters.reduce((sum, character) => sum + widthUnits(character), 0);
  if (total <= maxUnits) return label;
  let used = 2; // room for the ellipsis
  let kept = '';
  for (const character of characters) {
    used += widthUnits(character);
    if (used > maxUnits) break;
    kept += character;
  }
  return `${kept}…`;
}

/** Lays out rows of values (one per series); bars scale to the largest value of the chart. */
export function layoutBars(rows: readonly { label: string; values: readonly number[] }[]): BarLayout {
  const largest = Math.max(0, ...rows.flatMap((row) => row.values));
  let y = 0;
  const laidOut = rows.map((row) => {
    const labelY = y + LABEL_HEIGHT - 5;
    y += LABEL_HEIGHT;
    const bars = row.values.map((value) => {
      const share = largest > 0 ? Math.max(0, value) / largest : 0;
      // A value above zero stays visible as a sliver even next to a far larger one.
      const widthPercent = value > 0 ? Math.max(0.5, share * BAR_AREA_PERCENT) : 0;
      const bar = { y, height: BAR_HEIGHT, widthPercent };
      y += BAR_HEIGHT + BAR_GAP;
      return bar;
    });
    y += ROW_GAP - BAR_GAP;
    return { label: fitLabel(row.label), labelY, bars };
  });
  return { height: Math.max(0, y - ROW_GAP), rows: laidOut };
}
