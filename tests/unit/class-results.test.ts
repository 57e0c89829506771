/** Class results without a page (src/ui/classroom/class-results-logic.ts): rows, groups, outcome counts, CSV, pasted links. */
import { describe, expect, it } from 'vitest';
import { autoplay, policyByName } from '../../src/ai/index';
import { type Replay, replayToFragment, verifyReplay } from '../../src/replay/index';
import { replayProblemPlain } from '../../src/text/replay-text';
import {
  bucketOf,
  type ClassGame,
  countBuckets,
  csvCell,
  figuresOf,
  gameOf,
  groupGames,
  outcomeWords,
  playerWords,
  replayLinksIn,
  toCsv,
} from '../../src/ui/classroom/class-results-logic';
import { smallWorld } from '../support/scenarios';

const world = smallWorld();
const historical = policyByName('historical')!;
const played = (seed: string, maxTurns?: number): Replay =>
  autoplay(world, seed, { japan: historical, allies: historical }, maxTurns ? { maxTurns } : {}).replay;

function checked(n: number, source: string, replay: Replay): ClassGame {
  const game = gameOf(n, source, replay, world.scenario.meta.title);
  const result = verifyReplay(world, replay);
  if (result.ok) {
    game.status = 'verified';
    game.verdict = {
      ok: true,
      turns: result.turns,
      outcome: result.outcome,
      endDate: result.state.date,
      figures: figuresOf(world, result.state),
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
});
