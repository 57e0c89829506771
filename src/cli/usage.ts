import { DIFFICULTY_LEVELS } from '../ai/difficulty';
import { listPolicies, policyByName } from '../ai/registry';

const levels = () => DIFFICULTY_LEVELS.map((l) => `${l} = ${policyByName(l)?.name ?? '?'}`).join(', ');

const policies = () => {
  const width = Math.max(...listPolicies().map((p) => p.name.length));
  return listPolicies()
    .map((p) => `    ${p.name.padEnd(width)} ${p.description}`)
    .join('\n');
};

export const COMMAND_USAGE = {
  validate: `  validate <scenario.json>
      Check a scenario file. Prints a one-line summary, or every problem as "path: message".`,
  simulate: `  simulate --scenario <file> --seed <text> [--japan <policy>] [--allies <policy>]
           [--turns N] [--out <replay.json>] [--what-if <id>] [--fog] [--json]
      Play a game with computer players until it ends (or for N turns). Each turn
      starts with what each computer side says it intends (players that say).
      --out writes the replay to that file (replacing it if it exists); nothing else is written.
      --json prints one JSON object: scenario, seed, players, turns, endDate, outcome,
      winner, reason, finalHash, and series (stocks of both sides after each turn).
      --what-if plays one of the scenario's counterfactuals (e.g. no-codebreaking).
      --fog: the computer sides plan under the fog of war, with what their side sees
      of the enemy (the commander; the other players follow their plans).`,
  verify: `  verify <replay.json> [--scenario <file>] [--what-if <id>]
      Replay a recorded game and check every turn's state hash. The scenario is
      scenarios/<id>.json unless --scenario is given. A replay played with a what-if
      names it and it is applied by itself; --what-if, if given, must agree with the
      replay (it is only needed for replays recorded before they named their what-if).`,
  batch: `  batch --scenario <file> --seeds <from>..<to> [--japan <policy>] [--allies <policy>]
        [--workers N] [--what-if <id>] [--fog] [--json]
      Play one game per seed on all processor cores and print how the games ended:
      outcomes, end date and final stocks (10th, 50th and 90th percentiles).
      --json adds yearStart (stocks when each year began), events (share of games
      each event fired in), shipsLost (share of games each named ship was sunk in) and
      japanShipping (by year: thousand GT sunk by submarines, aircraft and mines, oil
      and raw materials delivered; percentiles and the mean).
      --what-if plays one of the scenario's counterfactuals in every game.
      --fog: the computer sides plan under the fog of war in every game (as simulate's --fog).`,
  tournament: `  tournament --scenario <file> --games N [--policies a,b,...] [--judge goals|history|goals,history] [--jobs K] [--by-match] [--json]
      Every pair of policies plays N games with each policy on each side (seeds 1..N,
      the same for every match), then the table: score (wins plus half the draws),
      Elo, wins, draws and losses. Default players: historical,easy,normal,hard.
      --judge goals (default) wins a game as the end screen does, on the scenario's
      goals; --judge history wins it for the side that did better than the real war
      (a surrender within a month of the real one, or the same objectives held: a draw);
      --judge goals,history plays the games once and prints a table for each judge.
      --jobs plays a match's games on K worker threads (default: every core).
      --by-match also prints each match's Japanese wins, draws and Allied wins (so a
      level's Japan and its Allies can each be compared with the historical plan's).
      --json prints one object: scenario, games, players [{policy, score, elo, wins,
      draws, losses}] (by the first judge; with two, also judge and byJudge; with
      --by-match, matches [{japan, allies, japanWins, draws, alliesWins}]).`,
} as const;

export type CommandName = keyof typeof COMMAND_USAGE;

export function usage(): string {
  return `Price of Victory — command line

Usage: npm run cli -- <command> [options]

Commands:
${Object.values(COMMAND_USAGE).join('\n\n')}

Policies (computer players for --japan and --allies; default: random):
${policies()}

Difficulty levels (the same names as on the start screen and in the replay viewer):
    easy, normal, hard — the computer commander of that level (${levels()})

Every command accepts --help. Exit codes: 0 success, 1 bad input or failed check, 2 bad command line.
To pipe --json output into another program, silence npm's banner: npm run -s cli -- simulate … --json
`;
}

export function commandUsage(name: CommandName): string {
  return `Usage: npm run cli -- ${COMMAND_USAGE[name].trimStart()}\n`;
}
