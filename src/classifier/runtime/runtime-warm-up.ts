/**
 * Background warm-up of the inference runtime, run by the classifier worker once the model loads.
 *
 * Why: Chromium's V8 first runs each WebAssembly function as quickly compiled baseline code, and
 * optimises it only after it has run for a while ("dynamic tiering"), on background threads that
 * the runtime's own two threads starve on a 2-core machine. Measured in session 9 (a dedicated
 * worker running onnxruntime-web on the benchmark corpus, 2 threads): a fresh runtime scored its
 * first 1,024 comments at 7.6-10 ms each, and later ones at about 4.2 ms. Short synthetic passes
 * with rests between them, so the compiler threads get the cores, brought the first real comments
 * to about 5 ms for 2-2.6 s of busy time. The warm start (classifier-host.ts) runs this at browser
 * start, well before the first pile-on.
 *
 * It only uses idle time: while real requests keep arriving (the worker's `busy()`), it waits, and a
 * request that arrives during a pass waits for that one short pass at most. Real comments warm the
 * code as well; a bench run in session 9 that let the warm-up run beside them saw single-comment p95
 * at 42-55 ms instead of 24 ms, and one that stopped it for good at the first request (often one
 * arriving while the model loads) lost the warm-up altogether (125/s against 161/s).
 */

/** Token counts of the synthetic passes, spread over what comments use (the model reads up to 96). */
export const WARM_UP_WIDTHS = [8, 24, 40, 64, 96] as const;

export interface WarmUpPlan {
  /** Synthetic passes in all. */
  passes: number;
  /** Idle time after each pass, as a multiple of that pass's own time. */
  restPerBusy: number;
  /** While busy, look again after this long. */
  pollMs: number;
  /** Give up after this long in all, passes and waits together. */
  maxWallMs: number;
}

/** 60 passes resting 1.5x: 2-2.6 s busy over 5-6.5 s on the machine the figures above come from. */
export const DEFAULT_WARM_UP: WarmUpPlan = { passes: 60, restPerBusy: 1.5, pollMs: 250, maxWallMs: 120_000 };

export interface WarmUpClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: WarmUpClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface WarmUpResult {
  passes: number;
  busyMs: number;
  wallMs: number;
  /** Why it ended before its plan: told to stop, or a pass failed. */
  stopped?: 'asked' | 'error' | 'timeout';
  error?: unknown;
}

/**
 * Runs `plan.passes` passes through `runPass(width)`, cycling through WARM_UP_WIDTHS and resting
 * between passes, and waiting while `busy()` says real work is going on. Never throws: a failing
 * pass ends the warm-up (the model's own error path reports a broken model), `shouldStop` ends it
 * between passes (the worker stops when the model is gone), and so does `plan.maxWallMs`.
 */
export async function warmUpRuntime(
  runPass: (width: number) => Promise<void>,
  plan: WarmUpPlan = DEFAULT_WARM_UP,
  shouldStop: () => boolean = () => false,
  clock: WarmUpClock = realClock,
  busy: () => boolean = () => false,
): Promise<WarmUpResult> {
  const started = clock.now();
  let busyMs = 0;
  for (let i = 0; i < plan.passes; i++) {
    while (busy() && !shouldStop() && clock.now() - started < plan.maxWallMs) await clock.sleep(plan.pollMs);
    if (shouldStop()) return { passes: i, busyMs, wallMs: clock.now() - started, stopped: 'asked' };
    if (clock.now() - started >= plan.maxWallMs) return { passes: i, busyMs, wallMs: clock.now() - started, stopped: 'timeout' };
    const t = clock.now();
    try {
      await runPass(WARM_UP_WIDTHS[i % WARM_UP_WIDTHS.length]);
    } catch (error) {
      return { passes: i, busyMs, wallMs: clock.now() - started, stopped: 'error', error };
    }
    const took = clock.now() - t;
    busyMs += took;
    if (i < plan.passes - 1) await clock.sleep(took * plan.restPerBusy);
  }
  return { passes: plan.passes, busyMs, wallMs: clock.now() - started };
}
