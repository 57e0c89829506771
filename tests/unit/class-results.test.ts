/** Class results without a page (src/ui/classroom/class-results-logic.ts): rows, groups, outcome counts, CSV, pasted links. */
import { describe, expect, it } from 'vitest';
import { autoplay, policyByName } from '../../src/ai/index';
import { scoreGame } from '../../src/judge/score';
import { judgeGame } from '../../src/judge/verdict';
import { type Replay, replayToFragment, verifyReplay } from '../../src/replay/index';
import { everyGameEndedText } from '../../src/text/class-results-text';
import { replayProblemPlain } from '../../src/text/replay-text';
import { verdictHeadline } from '../../src/text/verdict-text';
import {
  bucketOf,
  type ClassGame,
  countBuckets,
  countWinners,
  csvCell,
  endDateOf,
  endDateText,
  figuresOf,
  gameOf,
  groupGames,
  OUTCOME_BUCKETS,
  type OutcomeBucket,
  outcomeWords,
  playerWords,
  replayLinksIn,
  sharedOutcome,
  toCsv,
  WINNER_BUCKETS,
  winnerBucket,
  winnerOf,
} from '../../src/ui/classroom/class-results-logic';
import { answerClassResults } from '../../src/ui/classroom/class-results-worker';
import { labScenarioRaw, smallWorld } from '../support/scenarios';

const world = smallWorld();
const historical = policyByName('historical')!;
const played = (seed: string, maxTurns?: number): Replay =>
  autoplay(world, seed, { japan: historical, allies: historical }, maxTurns ? { maxTurns } : {}).replay;

function checked(n: number, source: string, replay: Replay): ClassGame {
  const game = gameOf(n, source, replay, world.scenario.meta.title);
  const result = verifyReplay(world, replay);
  if (result.ok) {
    game.status = 'verified';
    // As the worker judges it (class-results-worker.ts): the end screen's verdict from the last state.
    const judged = judgeGame(world, result.state, scoreGame(world, result.state, []));
    game.verdict = {
      ok: true,
      turns: result.turns,
      outcome: result.outcome,
      endDate: result.state.date,
      figures: figuresOf(world, result.state),
      judged: judged ? { winner: judged.winner, strength: judged.strength } : null,
    };
  } else {
    game.status = 'failed';
    game.verdict = { ok: false, why: replayProblemPlain(result.problem) };
  }
  return game;
}

describe('class results', () => {
  const whole = played('a');
  const short = played('b', 2);
  const tampered = structuredClone(whole);
  tampered.turns[1]!.hash = '0000000000000000';
  const games = [
    checked(1, 'maria.replay.json', whole),
    checked(2, 'ana.replay.json', short),
    checked(3, 'sam.replay.json', tampered),
  ];

  it('verifies genuine games and flags a changed one, with its figures only when it verifies', () => {
    expect(games.map((g) => g.status)).toEqual(['verified', 'verified', 'failed']);
    const f = games[0]!.verdict?.ok ? games[0]!.verdict.figures : null;
    expect(f?.japanOil).toBeGreaterThan(0);
    expect(f?.areas).toBeGreaterThan(0);
    expect(outcomeWords(games[1]!)).toBe('Not finished (after turn 2)');
    expect(outcomeWords(games[2]!)).toMatch(/^claims: /);
  });

  it('gives a monthly game’s end as its month and a weekly game’s as its day (play24: "1 September 1945" read as a day before the surrender)', () => {
    const end = endDateOf(games[1]!);
    expect(end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const asMonth = { ...games[1]!, monthlyTurns: true };
    const asDay = { ...games[1]!, monthlyTurns: false };
    const [y, m, d] = end.split('-').map(Number) as [number, number, number];
    const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    expect(endDateText(asMonth)).toBe(`${month} ${y}`);
    expect(endDateText(asDay)).toBe(`${d} ${month} ${y}`);
    expect(endDateText({ ...games[2]!, verdict: null, claimed: null })).toBe('–');
  });

  it('counts only verified games in the chart', () => {
    const counts = countBuckets(games.map(bucketOf));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(2);
    expect(counts.unfinished).toBe(1);
  });

  it('groups by scenario, content and what-if', () => {
    const other = { ...whole, whatIf: 'no-embargo' };
    const groups = groupGames([...games, gameOf(4, 'x', other, 'T')]);
    expect(groups.map((g) => g.games.length)).toEqual([3, 1]);
    expect(groups[1]?.whatIf).toBe('no-embargo');
  });

  it('exports every row as CSV, quoted where needed and never as a spreadsheet formula', () => {
    const csv = toCsv(games);
    expect(csv.startsWith('\uFEFFscenario,what-if,file,seed')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toContain('sam.replay.json');
    expect(lines[3]).toContain(',no,');
    // Maria's row: its outcome, then who won and the verdict as the table's Outcome column says them.
    const judged = games[0]!.verdict?.ok ? games[0]!.verdict.judged : null;
    expect(judged).toBeTruthy();
    const cells = lines[1]!.split(',');
    const at = (column: string) =>
      cells[
        lines[0]!
          .replace(/^\uFEFF/, '')
          .split(',')
          .indexOf(column)
      ];
    expect(at('file')).toBe('maria.replay.json');
    expect(at('winner')).toBe(judged!.winner);
    expect(at('verdict')).toBe(verdictHeadline(judged!));
    expect(outcomeWords(games[0]!)).toContain(at('verdict'));
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
  });

  it('finds replay links in pasted text, one per line or mixed with words', () => {
    const packed = replayToFragment(short);
    expect(packed.ok).toBe(true);
    if (!packed.ok) return;
    const text = `maria: https://school.example/pov/#${packed.fragment}\n\nnot a link\nhttps://x.example/#${packed.fragment}`;
    expect(replayLinksIn(text)).toEqual([`#${packed.fragment}`, `#${packed.fragment}`]);
  });

  it('says who played in words', () => {
    expect(playerWords('human')).toBe('a student');
    expect(playerWords('adaptive:hard')).toBe('computer (hard)');
    // The same names as the start screen and the command line, for old and new players alike.
    expect(playerWords('commander:easy')).toBe('computer (easy)');
    expect(playerWords('adaptive')).toBe('computer (normal)');
    expect(playerWords('hard')).toBe('computer (hard)');
    expect(playerWords('historical')).toBe('computer (as in history)');
    expect(playerWords('mystery')).toBe('computer (mystery)');
  });

  it('counts every kind of ending, Japan accepting the American terms too', () => {
    // OUTCOME_BUCKETS left it out: such a game was counted as NaN and charted nowhere.
    expect(OUTCOME_BUCKETS.map((b) => b.kind)).toContain('terms-accepted');
    expect(countBuckets(['terms-accepted', 'last-turn', 'terms-accepted'])['terms-accepted']).toBe(2);
  });

  it('sorts verdicts from Japan’s best to the Allies’ best, in the end screen’s words', () => {
    expect(WINNER_BUCKETS.map((b) => b.kind)).toEqual([
      'japan-decisive',
      'japan-marginal',
      'draw',
      'allies-marginal',
      'allies-decisive',
      'unjudged',
    ]);
    expect(WINNER_BUCKETS.map((b) => b.label).slice(0, 5)).toEqual([
      'A decisive Japanese victory',
      'A marginal Japanese victory',
      'Neither side has reached its goal',
      'A marginal Allied victory',
      'A decisive Allied victory',
    ]);
    expect(winnerBucket({ winner: 'allies', strength: 'decisive' })).toBe('allies-decisive');
    expect(winnerBucket({ winner: 'japan', strength: 'marginal' })).toBe('japan-marginal');
    // A winner the judge gave no strength reads "A marginal … victory" on the end screen: counted so.
    expect(winnerBucket({ winner: 'japan', strength: null })).toBe('japan-marginal');
    expect(verdictHeadline({ winner: 'japan', strength: null })).toBe(WINNER_BUCKETS[1]!.label);
    expect(winnerBucket({ winner: 'draw', strength: null })).toBe('draw');
    expect(winnerBucket(null)).toBe('unjudged');
  });

  it('counts who won from each verified game’s verdict, as its row says it', () => {
    // Maria's finished game is judged, Ana's unfinished one is not, Sam's changed one does not count.
    const kinds = games.map(winnerOf);
    expect(kinds[0]).not.toBe('unjudged');
    expect(kinds.slice(1)).toEqual(['unjudged', null]);
    const counts = countWinners(kinds);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(2);
    expect(counts[kinds[0]!]).toBe(1);
    // The chart's row is the verdict the table shows.
    const label = WINNER_BUCKETS.find((b) => b.kind === kinds[0])?.label;
    expect(outcomeWords(games[0]!)).toContain(`: ${label}`);
    // A game checked by an older page (no judged verdict) is counted as not judged, not as a draw.
    const old = structuredClone(games[0]!);
    if (old.verdict?.ok) delete old.verdict.judged;
    expect(winnerOf(old)).toBe('unjudged');
  });

  it('shrinks the endings to one line only when every game, the class’s and the computer’s, ended alike', () => {
    const lastTurn = (n: number): OutcomeBucket[] => Array.from({ length: n }, () => 'last-turn');
    const computer = (counts: Partial<Record<OutcomeBucket, number>>, played = 20) => ({
      counts: { ...countBuckets([]), ...counts },
      played,
      games: 20,
    });
    expect(sharedOutcome(lastTurn(3), 0, computer({ 'last-turn': 20 }))).toBe('last-turn');
    expect(everyGameEndedText('last-turn')).toBe('Every game reached its last turn.');
    // A failed replay (null) does not count against it.
    expect(sharedOutcome([...lastTurn(2), null], 0, computer({ 'last-turn': 20 }))).toBe('last-turn');
    // One game of the class ended otherwise; one of the computer's did.
    expect(sharedOutcome([...lastTurn(2), 'japan-surrenders'], 0, computer({ 'last-turn': 20 }))).toBeNull();
    expect(sharedOutcome(lastTurn(3), 0, computer({ 'last-turn': 19, unfinished: 1 }))).toBeNull();
    // Not yet: a class game is being checked, the computer is still playing, or has not been asked.
    expect(sharedOutcome(lastTurn(3), 1, computer({ 'last-turn': 20 }))).toBeNull();
    expect(sharedOutcome(lastTurn(3), 0, computer({ 'last-turn': 8 }, 8))).toBeNull();
    expect(sharedOutcome(lastTurn(3), 0, null)).toBeNull();
  });

  it('sends the computer’s verdicts back from the worker, for the Who won chart', () => {
    const reply = answerClassResults({
      type: 'batch',
      job: 1,
      scenarioText: JSON.stringify(labScenarioRaw()),
      whatIf: null,
      seeds: ['computer-1'],
      japan: 'historical',
      allies: 'historical',
    });
    expect(reply.type).toBe('batch');
    if (reply.type !== 'batch') return;
    const run = reply.runs[0]!;
    expect(run.outcome).not.toBeNull();
    // The same verdict the end screen gives the same game.
    const game = autoplay(world, 'computer-1', { japan: historical, allies: historical });
    const judged = judgeGame(world, game.state, scoreGame(world, game.state, []));
    expect(run.verdict).toEqual({ winner: judged?.winner, strength: judged?.strength });
  });
});
