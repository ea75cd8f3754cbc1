import { describe, expect, it } from 'vitest';
import { calibrate, calibrateAll } from '../../src/classifier/core/calibration';
import { THRESHOLDS } from '../../src/classifier/core/decide';

describe('calibrate', () => {
  it('puts the operating point exactly on the balanced threshold', () => {
    expect(calibrate(0.3, 0.3)).toBeCloseTo(THRESHOLDS.balanced);
    expect(calibrate(0.9, 0.9)).toBeCloseTo(THRESHOLDS.balanced);
  });
  it('is monotonic and keeps 0 and 1', () => {
    const xs = [0, 0.1, 0.2, 0.35, 0.5, 0.8, 1].map((p) => calibrate(p, 0.35));
    expect(xs[0]).toBe(0);
    expect(xs.at(-1)).toBeCloseTo(1);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
  });
  it('leaves scores alone without a valid operating point', () => {
    expect(calibrate(0.42, undefined)).toBe(0.42);
    expect(calibrate(0.42, 0)).toBe(0.42);
    expect(calibrateAll({ abusive: 0.4 }, undefined)).toEqual({ abusive: 0.4 });
  });
});
