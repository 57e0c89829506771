import { describe, expect, it } from 'vitest';
import { gameWinner, matches } from '../../src/cli/tournament';
import { byMatch, ELO_START, standings, type TournamentGame } from '../../src/cli/tournament-score';

describe('tournament standings', () => {
  it('every pair meets once with each policy as Japan', () => {
    expect(matches(['a', 'b', 'c'])).toEqual([
      ['a', 'b'],
      ['b', 'a'],
      ['a', 'c'],
      ['c', 'a'],
      ['b', 'c'],
      ['c', 'b'],
    ]);
  });

  it('score is wins plus half the draws; the winner gains Elo what the loser gives up', () => {
    const games: TournamentGame[] = [
      { index: 0, japan: 'a', allies: 'b', winner: 'japan' },
      { index: 1, japan: 'a', allies: 'b', winner: 'draw' },
      { index: 0, japan: 'b', allies: 'a', winner: 'allies' },
      { index: 1, japan: 'b', allies: 'a', winner: 'japan' },
    ];
    const [first, second] = standings(['b', 'a'], games);
    expect(first).toMatchObject({ policy: 'a', wins: 2, draws: 1, losses: 1, score: 2.5 });
    expect(second).toMatchObject({ policy: 'b', wins: 1, draws: 1, losses: 2, score: 1.5 });
    expect(first!.elo).toBeGreaterThan(ELO_START);
    expect(first!.elo + second!.elo).toBe(2 * ELO_START);
  });

  it('--by-match keeps each seat apart: a policy that wins only as the Allies shows it', () => {
    // a's two Allied wins and its Japanese loss sum to 2 of 3 in the standings; by match they are two rows.
    const games: TournamentGame[] = [
      { index: 0, japan: 'a', allies: 'b', winner: 'allies' },
      { index: 0, japan: 'b', allies: 'a', winner: 'allies' },
      { index: 1, japan: 'b', allies: 'a', winner: 'allies' },
      { index: 2, japan: 'b', allies: 'a', winner: 'draw' },
    ];
    expect(byMatch(games)).toEqual([
      { japan: 'a', allies: 'b', japanWins: 0, draws: 0, alliesWins: 1 },
      { japan: 'b', allies: 'a', japanWins: 0, draws: 1, alliesWins: 2 },
    ]);
  });

  it('does not depend on the order the matches were played in', () => {
    const games: TournamentGame[] = [
      { index: 0, japan: 'a', allies: 'b', winner: 'japan' },
      { index: 1, japan: 'a', allies: 'b', winner: 'japan' },
      { index: 0, japan: 'b', allies: 'a', winner: 'japan' },
      { index: 1, japan: 'b', allies: 'a', winner: 'allies' },
    ];
    const shuffled = [games[2]!, games[0]!, games[3]!, games[1]!];
    expect(standings(['a', 'b'], shuffled)).toEqual(standings(['a', 'b'], games));
  });
});

describe('a game played to its last turn is judged, not called a draw', () => {
  it('the batch records the end screen’s verdict: Japan passing holds none of its objectives and loses', async () => {
    const { playBatchJob } = await import('../../src/cli/batch-runs');
    const { readScenarioFile } = await import('../support/scenarios');
    const [run] = playBatchJob({
      scenarioText: readScenarioFile('southern-oil-1942.json'),
      whatIf: null,
      seeds: ['1'],
      japan: 'pass',
      allies: 'pass',
    });
    expect(run?.outcome).toBe('last-turn');
    expect(run?.winner).toBe('draw');
    expect(run?.verdict).toEqual({ winner: 'allies', strength: 'decisive', betterFor: 'allies' });
    // Against history (Japan held all four objectives in June 1942) the Allies did better too.
    expect(run && gameWinner(run, 'history')).toBe('allies');
  });
});

describe('--judge history: the side that did better than the real war wins', () => {
  const run = (winner: 'japan' | 'allies' | 'draw', betterFor: 'japan' | 'allies' | 'even' | null) => ({
    winner: winner === 'draw' ? null : winner,
    verdict: { winner, strength: null, betterFor },
  });
  it('an Allied surrender win counts for the Allies only if it came sooner than the real one', () => {
    expect(gameWinner(run('allies', 'allies'), 'goals')).toBe('allies');
    expect(gameWinner(run('allies', 'allies'), 'history')).toBe('allies');
    // Japan held out longer than in history: an Allied win on goals, a Japanese one against history.
    expect(gameWinner(run('allies', 'japan'), 'goals')).toBe('allies');
    expect(gameWinner(run('allies', 'japan'), 'history')).toBe('japan');
    // Within a month of the real surrender: a draw.
    expect(gameWinner(run('allies', 'even'), 'history')).toBe('draw');
    // Nothing to compare with: a draw.
    expect(gameWinner(run('japan', null), 'history')).toBe('draw');
  });

  it('the verdict dates a surrender by its turn: the August 1945 turn is within a month of 2 September', async () => {
    const { buildWorld, createGame } = await import('../../src/engine');
    const { scoreGame } = await import('../../src/judge/score');
    const { judgeGame: judgeData } = await import('../../src/judge/verdict');
    const { verdictWords } = await import('../../src/text/verdict-text');
    const judgeGame = (...args: Parameters<typeof judgeData>) => {
      const v = judgeData(...args);
      return v ? { ...v, ...verdictWords(v, args[0].scenario) } : null;
    };
    const { loadScenario } = await import('../support/scenarios');
    const world = buildWorld(loadScenario('pacific-1941.json'));
    const start = createGame(world, 's1');
    const surrender = (turn: number, date: string) => {
      const state = {
        ...start,
        turn,
        date,
        outcome: {
          kind: 'japan-surrenders' as const,
          winner: 'allies' as const,
          turn,
          date,
          cause: { code: 'worded' as const, text: 'test' },
        },
      };
      return judgeGame(world, state, scoreGame(world, state, []));
    };
    // Turns are months from July 1941: turn 50 is August 1945.
    expect(surrender(50, '1945-08-01')?.betterFor).toBe('even');
    expect(surrender(50, '1945-08-01')?.againstHistory).toMatch(/^Much as in the real war/);
    expect(surrender(49, '1945-07-01')?.betterFor).toBe('allies');
    expect(surrender(41, '1944-11-01')?.betterFor).toBe('allies');
    expect(surrender(41, '1944-11-01')?.againstHistory).toMatch(/9 months sooner/);
    const peace = {
      ...start,
      outcome: {
        kind: 'negotiated-peace' as const,
        winner: 'japan' as const,
        turn: 20,
        date: '1943-02-01',
        cause: { code: 'worded' as const, text: 'test' },
      },
    };
    expect(judgeGame(world, peace, scoreGame(world, peace, []))?.betterFor).toBe('japan');
  });
});
