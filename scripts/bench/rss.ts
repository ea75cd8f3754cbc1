import { readFileSync, readdirSync } from 'node:fs';

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const pages = Number(fields[21]);
      rss.set(Number(entry), pages * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples a process tree's RSS every `everyMs` until stopped; reports the peak. */
export function sampleRss(rootPid: number, everyMs = 50) {
  let peak = treeRss(rootPid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(rootPid))), everyMs);
  return {
    stop(): number {
      clearInterval(timer);
      return Math.max(peak, treeRss(rootPid));
    },
  };
}
