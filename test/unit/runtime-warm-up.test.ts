import { describe, expect, it } from 'vitest';
import { WARM_UP_WIDTHS, warmUpRuntime, type WarmUpClock } from '../../src/classifier/runtime/runtime-warm-up';

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
      { passes: 7, restPerBusy: 2 },
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
    const asked = await warmUpRuntime(async () => void runs++, { passes: 10, restPerBusy: 1 }, () => runs >= 3, clock);
    expect(asked).toMatchObject({ passes: 3, stopped: 'asked' });

    const failure = new Error('session gone');
    const failed = await warmUpRuntime(
      async () => {
        if (++runs > 5) throw failure;
      },
      { passes: 10, restPerBusy: 1 },
      undefined,
      clock,
    );
    expect(failed).toMatchObject({ passes: 2, stopped: 'error', error: failure });
  });
});
