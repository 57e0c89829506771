/**
 * `npx tsx bench/check-ceiling.ts [games] [what] ` (80 games and `all` unless told): how much of a warm
 * game the engine's legality checks (`checkOrder`, src/engine/orders.ts) cost at most — what any cut
 * of them could win, found by making them free rather than by guessing from a profile. It bundles
 * `bench/ceiling-game.ts` with esbuild (into the system's temporary directory) and changes the bundle's
 * text, not the engine: `checkOrder` is wrapped so that in a plain game it records each verdict (with
 * the function that asked, the kind of order or moving force, and whether the turn then used it), and
 * in an oracle game — the same seed again, the same calls in the same order — answers the chosen
 * checks from that recording at the cost of an array read. The oracle games must end in the same
 * state (`differentEnds` 0) with every answer matched to its call (`misaligned` 0). `what` is a comma-
 * separated list of selectors, a check answered when any of them matches it: `all`; `used` /
 * `unused` (the verdicts the turn did / did not take as its own: checked-orders.ts); a kind (`ship`,
 * `flotilla`, `army`, `air` — a move's force type or an air mission —, `none` — a move of no such
 * force —, `build`, `choose`); a caller, the enclosing function in the bundle (`checksOnce` the
 * historical bot's plan, `offer` its air missions, `burnOil`, `runMovementPhase`, `reassignCarriers`,
 * `raidFleetInPort`); `kind@caller`; `nothing` (the floor: every check made, the wrapper's own cost
 * on both sides); or `orders`, which
 * gives the recorded orders without asking the bots at all (the turn then checks them itself: what
 * the bots cost beyond the checks the turn needs anyway). With `CHECKS=1` it also lists a game's checks
 * by caller, kind and verdict. Games 0–19 are the warm-up; then plain and oracle games alternate, so
 * a pair meets the same machine. PERFORMANCE.md, pass 31.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [gamesArg = '80', what = 'all'] = process.argv.slice(2);
if (!/^\d+$/.test(gamesArg) || Number(gamesArg) < 22) {
  process.stderr.write('usage: npx tsx bench/check-ceiling.ts [games ≥ 22] [what]\n');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'check-ceiling-'));
const plain = join(dir, 'plain.mjs');
execFileSync(
  resolve('node_modules/.bin/esbuild'),
  [
    resolve('bench/ceiling-game.ts'),
    '--bundle',
    '--platform=node',
    '--format=esm',
    `--outfile=${plain}`,
    '--log-level=warning',
  ],
  {},
);
const text = readFileSync(plain, 'utf8');
for (const name of [
  'function checkOrder(',
  'function forceById(',
  'function rememberedVerdicts(',
  'const known = rememberedVerdicts(',
]) {
  if (text.split(name).length !== 2)
    throw new Error(`the bundle has not exactly one "${name}": change this script`);
}
// Each call of checkOrder names its caller: the top-level function around it in the bundle.
const lines = text
  .replace('function checkOrder(', 'function checkOrderPlain(')
  .replace('const known = rememberedVerdicts(', 'const known = ceilingNoteUsed(')
  .split('\n');
let caller = '(top)';
for (let i = 0; i < lines.length; i++) {
  const line = lines[i]!;
  const fn = /^(?:async )?function\*? ?([\w$]+)\(/.exec(line);
  if (fn) caller = fn[1]!;
  if (/(?<![\w.$])checkOrder\(/.test(line) && !fn)
    lines[i] = line.replace(
      /(?<![\w.$])checkOrder\(/g,
      `(globalThis.checkCeiling.caller = ${JSON.stringify(caller)}, checkOrder)(`,
    );
}
const patched = `globalThis.checkCeiling = { patched: true, mode: "record", what: [], tape: [], at: 0, used: new Map(), calls: {}, caller: "?" };
${lines.join('\n')}
// The verdicts the turn takes as its own, by order (a verdict may be a shared constant): each with
// how many checks had been made by then, so that a later check of the same order is not counted.
function ceilingNoteUsed(world, state, side, orders) {
  const known = rememberedVerdicts(world, state, side, orders);
  const o = globalThis.checkCeiling;
  for (let i = 0; i < orders.length; i++)
    if (known[i]) o.used.set(orders[i], { verdict: known[i], before: o.tape.length });
  return known;
}
function checkOrder(world, state, side, order, earlier = []) {
  const o = globalThis.checkCeiling;
  const caller = o.caller;
  o.caller = "?";
  // Looked up in both kinds of game, so that both pay for it.
  const force = order.type === "move" ? forceById(state, order.force) : undefined;
  if (o.mode === "record") {
    const verdict = checkOrderPlain(world, state, side, order, earlier);
    const kind = order.type === "move" ? (force ? force.type : "none") : order.type;
    o.tape.push({ verdict, order, kind, caller, type: order.type, used: false });
    return verdict;
  }
  const e = o.tape[o.at++];
  if (!e || e.type !== order.type) o.calls.misaligned = (o.calls.misaligned ?? 0) + 1;
  // A check is answered when any selector of the list matches it.
  let answer = false;
  if (e !== undefined)
    for (const w of o.what)
      if (
        w === "all" ||
        (w === "used" && e.used) ||
        (w === "unused" && !e.used) ||
        w === e.kind ||
        w === e.caller ||
        w === e.kind + "@" + e.caller
      )
        answer = true;
  return answer ? e.verdict : checkOrderPlain(world, state, side, order, earlier);
}
`;
const file = join(dir, 'ceiling.mjs');
writeFileSync(file, patched);
process.stdout.write(execFileSync(process.execPath, [file, gamesArg, what], { encoding: 'utf8' }));
