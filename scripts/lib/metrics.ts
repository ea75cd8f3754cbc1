/** ROC-AUC by the rank-sum (Mann–Whitney) formula, with ties given their average rank. */
export function rocAuc(scores: number[], labels: boolean[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) ranks[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const pos = labels.filter(Boolean).length;
  const neg = labels.length - pos;
  if (!pos || !neg) return NaN;
  const rankSum = labels.reduce((sum, l, i) => sum + (l ? ranks[i] : 0), 0);
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function confusion(predicted: boolean[], actual: boolean[]): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  predicted.forEach((p, i) => {
    if (p && actual[i]) c.tp++;
    else if (p) c.fp++;
    else if (actual[i]) c.fn++;
    else c.tn++;
  });
  return c;
}

export function f1(c: Confusion): number {
  return c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0;
}

export function accuracy(c: Confusion): number {
  return (c.tp + c.tn) / Math.max(1, c.tp + c.tn + c.fp + c.fn);
}

/** The threshold on `scores` with the best F1 for `labels`. */
export function bestF1Threshold(scores: number[], labels: boolean[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const score = f1(confusion(scores.map((s) => s >= t), labels));
    if (score > best.f1) best = { threshold: Math.round(t * 100) / 100, f1: score };
  }
  return best;
}
