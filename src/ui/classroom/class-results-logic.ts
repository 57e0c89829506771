/**
 * Class results, the part without a page: what a verified (or refused)
 * replay becomes as a row, how rows are grouped by scenario, the outcome and
 * verdict counts the charts compare, and the CSV a teacher exports. No DOM
 * here, so unit tests run it in Node.
 */
import { type GameState, type Outcome, turnDate, type World } from '../../engine/index';
import type { Verdict as JudgedGame } from '../../judge/verdict';
import type { Replay } from '../../replay/index';
import type { ShippingFigures } from '../../replay/shipping-war';
import type { SideId } from '../../scenario/schema';
import { formatDate } from '../../text/dates';
import { playerWords } from '../../text/player-text';
import { verdictHeadline } from '../../text/verdict-text';

/** A judged game's winner and how clearly (the end screen's verdict, src/judge/verdict.ts). */
export type Judged = Pick<JudgedGame, 'winner' | 'strength'>;

export type OutcomeBucket = Outcome['kind'] | 'unfinished';

/**
 * Each outcome's name, in the order the table and chart show them. A record, so the compiler asks
 * for a new kind of ending: the list left out Japan accepting the American terms (the Oil Clock's
 * peace), whose games were then counted nowhere (and as NaN).
 */
const OUTCOME_LABELS: Record<OutcomeBucket, string> = {
  'japan-surrenders': 'Japan surrenders',
  'japan-collapse': 'Japan collapses',
  'terms-accepted': 'Japan accepts the American terms',
  'negotiated-peace': 'Negotiated peace',
  'last-turn': 'Last turn reached',
  unfinished: 'Not finished',
};

/** The outcomes in the order the table and chart show them. */
export const OUTCOME_BUCKETS: readonly { kind: OutcomeBucket; label: string }[] = (
  Object.keys(OUTCOME_LABELS) as OutcomeBucket[]
).map((kind) => ({ kind, label: OUTCOME_LABELS[kind] }));

export function bucketLabel(kind: OutcomeBucket): string {
  return OUTCOME_BUCKETS.find((b) => b.kind === kind)?.label ?? kind;
}

/** The numbers a teacher compares between games, read from the last state. */
export interface GameFigures {
  /** Japan's oil stock at the end (thousand barrels). */
  japanOil: number | null;
  /** Japan's dry-cargo merchant ships and tankers at the end (thousand GT). */
  japanMerchant?: number | null;
  japanTankers?: number | null;
  /**
   * Japan's shipping war over the whole game (src/replay/shipping-war.ts, the batch's figures): thousand
   * GT sunk by each cause, oil shipped home; null in a scenario without shipping rules.
   */
  shipping?: ShippingFigures | null;
  japanWill: number | null;
  alliesWill: number | null;
  /** Land and island areas Japan holds at the end, of all that can be held. */
  japanAreas: number;
  areas: number;
}

/** `shipping`: the game's shipping figures summed over its turns, when the scenario has shipping rules. */
export function figuresOf(
  world: World,
  state: GameState,
  shipping: ShippingFigures | null = null,
): GameFigures {
  const will = world.scenario.victory.willResource;
  const stock = (side: 'japan' | 'allies', id: string) => state.sides[side].stocks[id] ?? null;
  const owned = Object.values(state.control);
  return {
    japanOil: stock('japan', 'oil'),
    japanMerchant: stock('japan', 'merchant'),
    japanTankers: stock('japan', 'tankers'),
    shipping,
    japanWill: stock('japan', will),
    alliesWill: stock('allies', will),
    japanAreas: owned.filter((o) => o === 'japan').length,
    areas: owned.length,
  };
}

/** What the worker says about one replay. */
export type Verdict =
  | {
      ok: true;
      turns: number;
      outcome: Outcome | null;
      /** The date the last played turn ended (the state's date). */
      endDate: string;
      figures: GameFigures;
      /**
       * The end screen's verdict on the scenario's goals (src/judge/verdict.ts), for a finished game:
       * the engine's outcome of a last turn reached is a draw, but the student's end screen said "A
       * decisive Allied victory" from the objectives held — the table says what the student read.
       */
      judged?: Judged | null;
    }
  | {
      ok: false;
      /** Why, in plain words. */
      why: string;
      /** The exact check that failed (turn, hashes), for whoever wants to look. */
      detail?: string;
    };

export interface ClassGame {
  /** Order of loading, to keep rows stable. */
  n: number;
  /** Where it came from: the file name (students name their files) or "pasted link 2". */
  source: string;
  /** Replays of one scenario (same id, content and what-if) are grouped. */
  group: string;
  scenarioId: string;
  scenarioTitle: string;
  /** The scenario plays monthly turns: an end date is a month ("September 1945"), not the day its last turn began. */
  monthlyTurns: boolean;
  whatIf: string | null;
  seed: string;
  players: Replay['players'];
  /** The state hash after each turn (a branch shares its first ones with the game it came from). */
  hashes: readonly string[];
  /**
   * For each side and turn, the computer policy that said its intents (null for none): a computer
   * that speaks leaves them on every turn it plays, and a branch started in the replay viewer keeps
   * them on the turns it shares with its original.
   */
  said: Record<SideId, readonly (string | null)[]>;
  /** The scenario's calendar, to date a turn (null when the scenario is not found). */
  calendar: { start: string; turnLength: Parameters<typeof turnDate>[1] } | null;
  /** What the replay claims (shown, marked as not verified, when it fails). */
  claimed: Replay['outcome'];
  turns: number;
  status: 'checking' | 'verified' | 'failed';
  verdict: Verdict | null;
}

export function gameOf(
  n: number,
  source: string,
  replay: Replay,
  scenarioTitle: string,
  monthlyTurns = false,
  calendar: ClassGame['calendar'] = null,
): ClassGame {
  const said = (side: SideId): (string | null)[] =>
    replay.turns.map(
      (t) => t.intents?.find((i) => i.side === side && i.policy !== undefined)?.policy ?? null,
    );
  return {
    n,
    source,
    group: `${replay.scenario.id}|${replay.scenario.hash}|${replay.whatIf ?? ''}`,
    scenarioId: replay.scenario.id,
    scenarioTitle,
    monthlyTurns,
    whatIf: replay.whatIf ?? null,
    seed: replay.seed,
    players: replay.players,
    hashes: replay.turns.map((t) => t.hash),
    said: { japan: said('japan'), allies: said('allies') },
    calendar,
    claimed: replay.outcome,
    turns: replay.turns.length,
    status: 'checking',
    verdict: null,
  };
}

/** Who played a side, in words: a student or the computer (and which), as in the replay viewer. */
export { playerWords } from '../../text/player-text';

/**
 * Who played a side's first turns when it was not the player the replay names (a branch: "Branch
 * from here" records the branch's players, and the turns it shares were the original game's): the
 * player and how many turns, or null. Found from the computer's intents kept in the shared turns, or
 * from another game of the class with the same scenario and seed whose first turns are the same
 * (the same state hashes) and whose player of the side is another. Play31: a branch after the
 * computer's 9 turns said "Japan played by: a student".
 */
export function earlierPlayer(
  game: ClassGame,
  side: SideId,
  games: readonly ClassGame[],
): { player: string; turns: number } | null {
  const now = game.players[side];
  const said = game.said[side];
  // The computer that said the first turns' intents, while the replay names another player.
  let first = 0;
  while (first < said.length && said[first] !== null && said[first] === said[0]) first++;
  const speaker = said[0];
  let best: { player: string; turns: number } | null =
    speaker && speaker !== now && first < game.turns ? { player: speaker, turns: first } : null;
  for (const other of games) {
    if (other === game || other.group !== game.group || other.seed !== game.seed) continue;
    const then = other.players[side];
    if (then === now || !then) continue;
    let k = 0;
    while (k < game.hashes.length && k < other.hashes.length && game.hashes[k] === other.hashes[k]) k++;
    // The whole game shared is the same game, not a branch of it.
    if (k === 0 || k >= game.turns) continue;
    // Which of the two is the branch: the turns both share are said by whoever played them. This
    // game's own computer speaking in them played them; the other's computer, if it speaks at all,
    // must have spoken in them to have played them.
    if (said.slice(0, k).some((p) => p !== null && p === now)) continue;
    const spoke = other.said[side];
    if (spoke.some((p) => p === then) && spoke[0] !== then) continue;
    if (!best || k > best.turns) best = { player: then, turns: k };
  }
  return best;
}

/**
 * "computer (as in history) to turn 9 (March 1942), then a student", or the player's words alone
 * when the one player played the whole game.
 */
export function playedByWords(
  game: ClassGame,
  side: SideId,
  games: readonly ClassGame[],
  person = 'a student',
): string {
  const now = playerWords(game.players[side], person);
  const before = earlierPlayer(game, side, games);
  if (!before) return now;
  const when = game.calendar
    ? ` (${formatDate(turnDate(game.calendar.start, game.calendar.turnLength, before.turns), !game.monthlyTurns)})`
    : '';
  return `${playerWords(before.player, person)} to turn ${before.turns}${when}, then ${now}`;
}

/** The same for the CSV, in the replay's player names: "historical to turn 9, then human". */
export function playedByCode(game: ClassGame, side: SideId, games: readonly ClassGame[]): string {
  const before = earlierPlayer(game, side, games);
  return before ? `${before.player} to turn ${before.turns}, then ${game.players[side]}` : game.players[side];
}

export function bucketOf(game: ClassGame): OutcomeBucket | null {
  if (game.status !== 'verified' || !game.verdict?.ok) return null;
  return game.verdict.outcome?.kind ?? 'unfinished';
}

export function countBuckets(kinds: readonly (OutcomeBucket | null)[]): Record<OutcomeBucket, number> {
  const counts = Object.fromEntries(OUTCOME_BUCKETS.map((b) => [b.kind, 0])) as Record<OutcomeBucket, number>;
  for (const k of kinds) if (k) counts[k] += 1;
  return counts;
}

/**
 * The one way every game ended, when the class's verified games and all the computer's ended alike
 * (every short scenario reaches its last turn): the chart of two full bars then says nothing a
 * teacher can use, and shrinks to a line. Null while a class game is still being checked or the
 * computer is still playing (a later game may end otherwise), or when no game has ended yet.
 */
export function sharedOutcome(
  classKinds: readonly (OutcomeBucket | null)[],
  classChecking: number,
  computer: { counts: Record<OutcomeBucket, number>; played: number; games: number } | null,
): OutcomeBucket | null {
  if (classChecking > 0 || !computer || computer.played < computer.games) return null;
  const counts = countBuckets(classKinds);
  for (const b of OUTCOME_BUCKETS) counts[b.kind] += computer.counts[b.kind];
  const seen = OUTCOME_BUCKETS.filter((b) => counts[b.kind] > 0);
  return seen.length === 1 ? seen[0]!.kind : null;
}

/**
 * Who won, as the end screen judged it: the five verdicts from Japan's best to the Allies' best, and
 * the games that had not ended (no verdict yet). A short scenario always reaches its last turn, so
 * this, not the outcome, is what tells one class's games from another's.
 */
export type WinnerBucket =
  | 'japan-decisive'
  | 'japan-marginal'
  | 'draw'
  | 'allies-marginal'
  | 'allies-decisive'
  | 'unjudged';

/** The verdicts in the order the chart shows them, with the end screen's words for each. */
export const WINNER_BUCKETS: readonly { kind: WinnerBucket; label: string }[] = [
  { kind: 'japan-decisive', label: verdictHeadline({ winner: 'japan', strength: 'decisive' }) },
  { kind: 'japan-marginal', label: verdictHeadline({ winner: 'japan', strength: 'marginal' }) },
  { kind: 'draw', label: verdictHeadline({ winner: 'draw', strength: null }) },
  { kind: 'allies-marginal', label: verdictHeadline({ winner: 'allies', strength: 'marginal' }) },
  { kind: 'allies-decisive', label: verdictHeadline({ winner: 'allies', strength: 'decisive' }) },
  { kind: 'unjudged', label: bucketLabel('unfinished') },
];

/** A verdict's bucket; a winner without a strength is a marginal victory, as its headline says. */
export function winnerBucket(judged: Judged | null | undefined): WinnerBucket {
  if (!judged) return 'unjudged';
  if (judged.winner === 'draw') return 'draw';
  return `${judged.winner}-${judged.strength ?? 'marginal'}`;
}

/** A class game's verdict bucket, or null when it does not count (not verified, or still being checked). */
export function winnerOf(game: ClassGame): WinnerBucket | null {
  if (game.status !== 'verified' || !game.verdict?.ok) return null;
  return winnerBucket(game.verdict.judged);
}

export function countWinners(kinds: readonly (WinnerBucket | null)[]): Record<WinnerBucket, number> {
  const counts = Object.fromEntries(WINNER_BUCKETS.map((b) => [b.kind, 0])) as Record<WinnerBucket, number>;
  for (const k of kinds) if (k) counts[k] += 1;
  return counts;
}

export interface ClassGroup {
  key: string;
  scenarioId: string;
  scenarioTitle: string;
  whatIf: string | null;
  games: ClassGame[];
}

/** Games grouped by scenario (and what-if), groups in the order first loaded, games by seed then source. */
export function groupGames(games: readonly ClassGame[]): ClassGroup[] {
  const groups = new Map<string, ClassGroup>();
  for (const g of [...games].sort((a, b) => a.n - b.n)) {
    let group = groups.get(g.group);
    if (!group) {
      group = {
        key: g.group,
        scenarioId: g.scenarioId,
        scenarioTitle: g.scenarioTitle,
        whatIf: g.whatIf,
        games: [],
      };
      groups.set(g.group, group);
    }
    group.games.push(g);
  }
  return [...groups.values()];
}

/**
 * The outcome of a row in words, with the end screen's verdict when the game is judged: "Last turn
 * reached, turn 6: A decisive Allied victory" ("Japan surrenders (Allies win), turn 5" without it).
 */
export function outcomeWords(game: ClassGame): string {
  if (game.status === 'checking') return 'checking…';
  if (game.status === 'failed' || !game.verdict?.ok) {
    const c = game.claimed;
    return c ? `claims: ${bucketLabel(c.kind)}, turn ${c.turn}` : 'claims: not finished';
  }
  const o = game.verdict.outcome;
  if (!o) return `Not finished (after turn ${game.verdict.turns})`;
  const judged = game.verdict.judged;
  if (judged) return `${bucketLabel(o.kind)}, turn ${o.turn}: ${verdictHeadline(judged)}`;
  const who = o.winner === 'draw' ? 'draw' : o.winner === 'japan' ? 'Japan wins' : 'Allies win';
  return `${bucketLabel(o.kind)} (${who}), turn ${o.turn}`;
}

/**
 * The end date as the table shows it: in a game of monthly turns the month its last turn was played in
 * ("September 1945": "1 September 1945", the day that turn began, read as a day before history's 2 September
 * surrender), in a game of weekly or daily turns the day.
 */
export function endDateText(game: ClassGame): string {
  const end = endDateOf(game);
  return end ? formatDate(end, !game.monthlyTurns) : '–';
}

export function endDateOf(game: ClassGame): string {
  if (game.verdict?.ok) return game.verdict.outcome?.date ?? game.verdict.endDate;
  return game.claimed?.date ?? '';
}

export const CSV_COLUMNS = [
  'scenario',
  'what-if',
  'file',
  'seed',
  'Japan played by',
  'Allies played by',
  'verified',
  'problem',
  'outcome',
  'winner',
  'verdict',
  'turns',
  'end date',
  'Japan oil (thousand barrels)',
  'Japan will',
  'Allied will',
  'areas Japan holds',
  'Japan merchant ships at the end (thousand GT)',
  'Japan tankers at the end (thousand GT)',
  'Japanese ships sunk by submarines (thousand GT)',
  'Japanese ships sunk by aircraft (thousand GT)',
  'Japanese ships sunk by mines (thousand GT)',
  'oil shipped home to Japan (thousand barrels)',
] as const;

/** A CSV cell: quoted when needed, and a leading = + - @ made inert so a spreadsheet never runs it as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(games: readonly ClassGame[]): string {
  const rows = groupGames(games).flatMap((g) => g.games);
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const g of rows) {
    const v = g.verdict?.ok ? g.verdict : null;
    const f = v?.figures;
    lines.push(
      [
        g.scenarioId,
        g.whatIf ?? '',
        g.source,
        g.seed,
        playedByCode(g, 'japan', games),
        playedByCode(g, 'allies', games),
        g.status === 'verified' ? 'yes' : g.status === 'failed' ? 'no' : 'checking',
        g.verdict && !g.verdict.ok ? g.verdict.why : '',
        v ? (v.outcome?.kind ?? 'unfinished') : '',
        // Who won as the verdict says (the end screen's): the engine calls every last turn reached a
        // draw, and "draw" next to "A decisive Allied victory" read as a contradiction.
        v ? (v.judged?.winner ?? v.outcome?.winner ?? '') : '',
        v?.judged ? verdictHeadline(v.judged) : '',
        v ? v.turns : g.turns,
        endDateOf(g),
        f?.japanOil,
        f?.japanWill,
        f?.alliesWill,
        f ? `${f.japanAreas} of ${f.areas}` : '',
        f?.japanMerchant,
        f?.japanTankers,
        f?.shipping?.sunkBySubmarines,
        f?.shipping?.sunkByAircraft,
        f?.shipping?.sunkByMines,
        f?.shipping?.oilDelivered,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  // CRLF, as RFC 4180 and spreadsheets expect; a BOM so Excel reads UTF-8 (titles may have accents).
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Replay links pasted one per line (or separated by spaces): the `#replay=…` part of each. */
export function replayLinksIn(text: string): string[] {
  return text
    .split(/\s+/)
    .map((s) => s.trim())
    .filter((s) => s.includes('#replay='))
    .map((s) => s.slice(s.indexOf('#replay=')));
}
