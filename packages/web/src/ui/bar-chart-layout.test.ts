import { describe, expect, it } from 'vitest';
import { BAR_AREA_PERCENT, fitLabel, layoutBars } from './bar-chart-layout';

describe('fitLabel', () => {
  it('keeps short labels and shortens long ones with an ellipsis', () => {
    expect(fitLabel('Bank A')).toBe('Bank A');
    expect(fitLabel('某网络小额贷款公司（担保费由合作融资担保公司收取）', 20)).toBe('某网络小额贷款公司…');
    expect(fitLabel('abcdefghij', 6)).toBe('abcd…');
  });
});

describe('layoutBars', () => {
  it('scales every bar to the largest value and stacks rows without overlap', () => {
    const layout = layoutBars([
      { label: 'a', values: [200, 100] },
      { label: 'b', values: [0, 50] },
    ]);
    const [first, second] = layout.rows;
    expect(first?.bars.map((bar) => bar.widthPercent)).toEqual([BAR_AREA_PERCENT, BAR_AREA_PERCENT / 2]);
    expect(second?.bars.map((bar) => bar.widthPercent)).toEqual([0, BAR_AREA_PERCENT / 4]);
    const lastBar = first?.bars.at(-1);
    expect(second?.labelY).toBeGreaterThan((lastBar?.y ?? 0) + (lastBar?.height ?? 0));
    const end = second?.bars.at(-1);
    expect(layout.height).toBe((end?.y ?? 0) + (end?.height ?? 0));
  });

  it('keeps a tiny positive value visible and an empty chart flat', () => {
    const layout = layoutBars([{ label: 'a', values: [1_000_000, 1] }]);
    expect(layout.rows[0]?.bars[1]?.widthPercent).toBe(0.5);
    expect(layoutBars([]).height).toBe(0);
  });
});
