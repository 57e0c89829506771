/** CPU time and medians shared by the paired comparisons (bench/compare.ts, bench/compare-batch.ts). */

/** The process's user + system CPU milliseconds that `fn` took. */
export function cpuMs(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
