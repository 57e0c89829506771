import { UsageError } from './errors';
import { groupDigits } from './format';

/** The most games one `batch` may play: enough for stable percentiles, bounded so a typo cannot run for days. */
export const MAX_BATCH_RUNS = 100_000;

/** A seed is any short text; the replay format stores at most 200 characters. */
export function seedOption(raw: string, command: string): string {
  if (raw.length > 200)
    throw new UsageError(`${command}: --seed is too long (${raw.length} characters; at most 200)`, command);
  return raw;
}

/** `--seeds 1..100` → the seeds "1" … "100". */
export function parseSeedRange(raw: string, command: string): { from: number; to: number; seeds: string[] } {
  const m = /^(\d{1,15})\.\.(\d{1,15})$/.exec(raw);
  const bad = (why: string) =>
    new UsageError(
      `${command}: --seeds must be a range of whole numbers like 1..100, ${why} (got "${raw}")`,
      command,
    );
  if (!m) throw bad('written <from>..<to>');
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (from > to) throw bad(`and <from> may not be larger than <to>`);
  if (to - from + 1 > MAX_BATCH_RUNS) throw bad(`with at most ${groupDigits(MAX_BATCH_RUNS)} seeds`);
  const seeds: string[] = [];
  for (let s = from; s <= to; s++) seeds.push(String(s));
  return { from, to, seeds };
}
