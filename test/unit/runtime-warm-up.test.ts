import { describe, expect, it } from 'vitest';
import { WARM_UP_WIDTHS, warmUpRuntime, type WarmUpClock, type WarmUpPlan } from '../../src/classifier/runtime/runtime-warm-up';

const plan = (p: Partial<WarmUpPlan>): WarmUpPlan => ({ passes: 5, restPerBusy: 1, pollMs: 100, maxWallMs: 1e9, ...p });

/** A clock that only moves when a pass or a rest says so, so the schedule can be checked exactly. */
function fakeClock() {
  let t = 0;
  const rests: number[] = [];
  const clock: WarmUpClock = {
    now: () => t,
    sleep: async (ms) => {
      rests.push(ms);
      t += ms;
    },
  };
  return { clock, rests, advance: (ms: number) => (t += ms) };
}

describe('warmUpRuntime', () => {
  it('cycles through the widths and rests in proportion to each pass', async () => {
    const { clock, rests, advance } = fakeClock();
    const widths: number[] = [];
    const result = await warmUpRuntime(
      async (width) => {
        widths.push(width);
        advance(width); // a pass takes as long as it is wide
      },
      plan({ passes: 7, restPerBusy: 2 }),
      undefined,
      clock,
    );
    expect(widths).toEqual([...WARM_UP_WIDTHS, WARM_UP_WIDTHS[0], WARM_UP_WIDTHS[1]]);
    expect(rests).toEqual(widths.slice(0, -1).map((w) => w * 2)); // no rest after the last pass
    const busy = widths.reduce((a, b) => a + b, 0);
    expect(result).toEqual({ passes: 7, busyMs: busy, wallMs: busy * 3 - widths[6] * 2 });
  });

  it('stops between passes when asked, and when a pass fails, without throwing', async () => {
    const { clock } = fakeClock();
    let runs = 0;
    const asked = await warmUpRuntime(async () => void runs++, plan({ passes: 10, restPerBusy: 1 }), () => runs >= 3, clock);
    expect(asked).toMatchObject({ passes: 3, stopped: 'asked' });

    const failure = new Error('session gone');
    const failed = await warmUpRuntime(
      async () => {
        if (++runs > 5) throw failure;
      },
      plan({ passes: 10, restPerBusy: 1 }),
      undefined,
      clock,
    );
    expect(failed).toMatchObject({ passes: 2, stopped: 'error', error: failure });
  });

  it('waits while real requests keep coming, then carries on', async () => {
    const { clock, advance } = fakeClock();
    let busyUntil = 1000; // real traffic for the first second
    const at: number[] = [];
    const result = await warmUpRuntime(
      async () => {
        at.push(clock.now());
        advance(10);
      },
      plan({ passes: 3, restPerBusy: 0, pollMs: 250 }),
      undefined,
      clock,
      () => clock.now() < busyUntil,
    );
    expect(at[0]).toBeGreaterThanOrEqual(1000); // no pass while busy
    expect(result.passes).toBe(3);
    busyUntil = Infinity;
    const starved = await warmUpRuntime(async () => undefined, plan({ passes: 3, pollMs: 250, maxWallMs: 5000 }), undefined, clock, () => true);
    expect(starved).toMatchObject({ passes: 0, stopped: 'timeout' });
  });
});
