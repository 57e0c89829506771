/**
 * `tournament`: every pair of policies plays n games with each policy on each
 * side (seeds 1..n, the same seeds for every match, so the matches differ in
 * the players, not the luck), then the standings: wins, draws, losses, score
 * and Elo. The games of each match are spread over worker threads like
 * `batch`'s.
 */
import { availableParallelism } from 'node:os';
import { policyByName, unknownPolicyMessage } from '../ai/registry';
import { assertNever } from '../engine/assert-never';
import { parseArgs, requireValue } from './args';
import { playOnWorkers } from './batch-pool';
import type { RunResult } from './batch-runs';
import { UsageError } from './errors';
import { table } from './format';
import { positiveIntOption } from './options';
import { loadScenarioFile } from './scenario-file';
import { byMatch, standings, type TournamentGame } from './tournament-score';
import { commandUsage } from './usage';

/** The players when --policies is not given: the historical plan and the three difficulty levels. */
export const DEFAULT_TOURNAMENT_POLICIES = ['historical', 'easy', 'normal', 'hard'] as const;
/** Games per match and side at most: bounded so a typo cannot run for days. */
export const MAX_TOURNAMENT_GAMES = 10_000;

export async function runTournament(argv: readonly string[]): Promise<void> {
  const command = 'tournament';
  const args = parseArgs(argv, {
    command,
    values: ['scenario', 'games', 'policies', 'jobs', 'judge'],
    flags: ['json', 'help', 'by-match'],
    positionals: [],
  });
  if (args.flags.has('help')) return void process.stdout.write(commandUsage(command));
  const scenarioPath = requireValue(args, 'scenario', command);
  const games = positiveIntOption(args, 'games', command, MAX_TOURNAMENT_GAMES);
  if (games === undefined) throw new UsageError(`${command}: --games is required`, command);
  const policies = policiesOption(args.values.get('policies'), command);
  const judges = judgeOption(args.values.get('judge'), command);
  const jobs = Math.min(positiveIntOption(args, 'jobs', command, 256) ?? availableParallelism(), games);
  const loaded = loadScenarioFile(scenarioPath);
  const scenario = loaded.scenario;

  const seeds = Array.from({ length: games }, (_, i) => String(i + 1));
  // One list of games per judge: the games are played once and judged each way.
  const played = judges.map(() => [] as TournamentGame[]);
  for (const [japan, allies] of matches(policies)) {
    const runs = await playOnWorkers(
      { scenarioText: loaded.text, whatIf: null, japan: resolved(japan), allies: resolved(allies) },
      seeds,
      jobs,
    );
    for (const [index, r] of runs.entries())
      for (const [j, judge] of judges.entries())
        played[j]!.push({ index, japan, allies, winner: gameWinner(r, judge) });
  }
  const tables = judges.map((judge, j) => ({ judge, players: standings(policies, played[j]!) }));
  const showMatches = args.flags.has('by-match');

  if (args.flags.has('json')) {
    // The issue's shape, judged by the first judge; with several, `byJudge` has each one's standings.
    const first = tables[0]!;
    const byJudge =
      tables.length > 1 ? Object.fromEntries(tables.map((t) => [t.judge, t.players])) : undefined;
    process.stdout.write(
      `${JSON.stringify({ scenario: scenario.meta.id, games, players: first.players, ...(byJudge ? { judge: first.judge, byJudge } : {}), ...(showMatches ? { matches: byMatch(played[0]!) } : {}) }, null, 2)}\n`,
    );
    return;
  }
  const lines = [
    `${scenario.meta.title} (${scenario.meta.id}): ${policies.length} players, ${games} game${games === 1 ? '' : 's'} a match on each side, seeds 1..${games}, ${played[0]!.length} games in all`,
    `(${policies.map((p) => (resolved(p) === p ? p : `${p} = ${resolved(p)}`)).join(', ')})`,
  ];
  for (const [j, { judge, players }] of tables.entries()) {
    lines.push(
      '',
      JUDGED_BY[judge],
      '',
      table([
        ['policy', 'score', 'elo', 'wins', 'draws', 'losses'],
        ...players.map((s) => [
          s.policy,
          String(s.score),
          String(s.elo),
          String(s.wins),
          String(s.draws),
          String(s.losses),
        ]),
      ]),
    );
    if (showMatches)
      lines.push(
        '',
        'Match by match (the same judge):',
        '',
        table([
          ['Japan', 'Allies', 'Japan wins', 'draws', 'Allies win'],
          ...byMatch(played[j]!).map((m) => [
            m.japan,
            m.allies,
            String(m.japanWins),
            String(m.draws),
            String(m.alliesWins),
          ]),
        ]),
      );
  }
  lines.push(
    '',
    'Score is wins plus half the draws; Elo starts at 1500 and is rated game by game in a fixed order.',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** How a tournament game is won (`--judge`). */
export const TOURNAMENT_JUDGES = ['goals', 'history'] as const;
export type TournamentJudge = (typeof TOURNAMENT_JUDGES)[number];

const JUDGED_BY: Record<TournamentJudge, string> = {
  goals: "Judged on the scenario's goals, as the end screen judges a game.",
  history:
    'Judged against history: the side that did better than the real war wins (a surrender within a month of the real one, or the same objectives held, is a draw).',
};

/**
 * The winner of one game under `judge`:
 * - `goals`: the end screen's verdict (src/judge/verdict.ts) — a surrender is an Allied win, a
 *   negotiated peace a Japanese one, a game played to its last turn is won on its objectives;
 * - `history`: the verdict's comparison with the real war (`betterFor`) — on the grand campaign
 *   every Allied side wins by surrender, and this tells how soon: an Allied side that beats Japan
 *   more than a month sooner than the real war wins, one that takes longer loses, within a month is
 *   a draw. A scenario that gives nothing to compare with makes every game a draw.
 */
export function gameWinner(
  run: Pick<RunResult, 'verdict' | 'winner'>,
  judge: TournamentJudge,
): TournamentGame['winner'] {
  switch (judge) {
    case 'goals':
      return run.verdict?.winner ?? run.winner ?? 'draw';
    case 'history': {
      const better = run.verdict?.betterFor ?? null;
      return better === null || better === 'even' ? 'draw' : better;
    }
    default:
      return assertNever(judge);
  }
}

/** `--judge goals`, `history`, or both as a list (`goals,history`): the same games judged each way. */
function judgeOption(raw: string | undefined, command: string): TournamentJudge[] {
  if (raw === undefined) return ['goals'];
  const judges: TournamentJudge[] = [];
  for (const name of raw.split(',')) {
    const judge = TOURNAMENT_JUDGES.find((j) => j === name.trim());
    if (!judge)
      throw new UsageError(
        `${command}: --judge must be ${TOURNAMENT_JUDGES.join(', ')} or a list of them (goals,history), not "${raw}"`,
        command,
      );
    if (!judges.includes(judge)) judges.push(judge);
  }
  return judges;
}

/** Every ordered pair of different policies: each pair plays once with each policy as Japan. */
export function matches(policies: readonly string[]): [japan: string, allies: string][] {
  const out: [string, string][] = [];
  for (let a = 0; a < policies.length; a++) {
    for (let b = a + 1; b < policies.length; b++) {
      out.push([policies[a]!, policies[b]!], [policies[b]!, policies[a]!]);
    }
  }
  return out;
}

/** The registered name a player's name stands for (a difficulty level names a policy). */
function resolved(name: string): string {
  return policyByName(name)?.name ?? name;
}

function policiesOption(raw: string | undefined, command: string): string[] {
  const names = raw === undefined ? [...DEFAULT_TOURNAMENT_POLICIES] : raw.split(',').map((s) => s.trim());
  for (const name of names) {
    if (name === '') throw new UsageError(`${command}: --policies has an empty name (write a,b,c)`, command);
    if (!policyByName(name))
      throw new UsageError(`${command}: --policies: ${unknownPolicyMessage(name)}`, command);
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new UsageError(`${command}: --policies names "${name}" twice`, command);
    seen.add(name);
  }
  if (names.length < 2) throw new UsageError(`${command}: --policies needs at least two players`, command);
  return names;
}
