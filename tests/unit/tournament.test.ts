import { describe, expect, it } from 'vitest';
import { matches } from '../../src/cli/tournament';
import { ELO_START, standings, type TournamentGame } from '../../src/cli/tournament-score';

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
    expect(run?.verdict).toEqual({ winner: 'allies', strength: 'decisive' });
  });
});
