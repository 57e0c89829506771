/**
 * `<checkout A> <checkout B> [rounds ≥ 2]`, the arguments of the paired speed scripts that play two
 * checkouts in turn (compare.ts, compare-turns.ts); null, with the usage on stderr and exit code 2,
 * when they are not that.
 */
export function checkoutPair(
  script: string,
  defaultRounds: number,
): { rootA: string; rootB: string; rounds: number } | null {
  const [rootA, rootB, roundsArg = String(defaultRounds)] = process.argv.slice(2);
  const rounds = Number(roundsArg);
  if (!rootA || !rootB || !Number.isInteger(rounds) || rounds < 2) {
    process.stderr.write(`usage: npx tsx bench/${script} <checkout A> <checkout B> [rounds ≥ 2]\n`);
    process.exitCode = 2;
    return null;
  }
  return { rootA, rootB, rounds };
}
