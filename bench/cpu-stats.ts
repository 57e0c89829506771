import { readFileSync } from 'node:fs';

/** CPU time, medians and the machine's load, shared by the paired comparisons (bench/compare*.ts). */

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

/** The load average over 1, 5 and 15 minutes, as Linux gives it ('unknown' elsewhere). */
export function readLoad(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}
