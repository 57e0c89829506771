/**
 * The end screen's verdict (src/ui/game/verdict.ts) judged on the golden game of
 * every bundled scenario (both sides play their historical plan): it names a
 * winner against the scenario's goals, compares with the real war, and never
 * says Japan surrendered at a date the scenario only uses as its end.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame, type GameState, resolveTurn, type TurnReport } from '../../src/engine';
import { scoreGame } from '../../src/judge/score';
import { judgeGame as judgeData } from '../../src/judge/verdict';
import { loadReplayText } from '../../src/replay/index';
import { verdictWords } from '../../src/text/verdict-text';
import { formatThousands, namePossessive } from '../../src/ui/kit/format';
import { forStudents } from '../../src/ui/kit/student-text';
import { loadScenario } from '../support/scenarios';

/** The verdict with its words (src/text/verdict-text.ts), as the end screen and the CLI print them. */
function judgeGame(...args: Parameters<typeof judgeData>) {
  const v = judgeData(...args);
  return v ? { ...v, ...verdictWords(v, args[0].scenario) } : null;
}

function playGolden(id: string) {
  const scenario = loadScenario(`${id}.json`);
  const world = buildWorld(scenario);
  const replay = loadReplayText(
    readFileSync(new URL(`../golden/${id}.replay.json`, import.meta.url), 'utf8'),
  );
  if (!replay.ok) throw new Error('golden replay does not load');
  let state: GameState = createGame(world, replay.value.seed);
  const reports: TurnReport[] = [];
  for (const t of replay.value.turns) {
    const r = resolveTurn(world, state, t.orders);
    state = r.state;
    reports.push(r.report);
  }
  return { world, state, reports };
}

describe('verdict at the end of each bundled scenario (historical play)', () => {
  for (const id of [
    'southern-oil-1942',
    'oil-clock-1941',
    'midway-1942',
    'road-to-tokyo-1944',
    'pacific-1941',
  ]) {
    it(`${id}: a winner, a comparison with the real war, only true history`, () => {
      const { world, state, reports } = playGolden(id);
      const v = judgeGame(world, state, scoreGame(world, state, reports));
      expect(v).not.toBeNull();
      if (!v) return;
      expect(v.headline).toMatch(/victory|goal/);
      expect(v.againstHistory).toMatch(/real war/);
      expect(v.history).toBeTruthy();
      const all = [v.headline, ...v.reasons, v.againstHistory, v.history, v.afterwards].join(' ');
      // The old end screen turned the scenario's end date into a surrender.
      expect(all).not.toMatch(/1 December 1941, when Japan surrendered|20 July 1942, when Japan surrendered/);
      if (id === 'oil-clock-1941' || id === 'midway-1942' || id === 'southern-oil-1942')
        expect(v.afterwards).toMatch(/surrendered on 2 September 1945/);
    });
  }

  it('Midway: losing four carriers and Midway is a decisive Allied victory, as in history', () => {
    const { world, state, reports } = playGolden('midway-1942');
    const score = scoreGame(world, state, reports);
    // Force the historical result onto the final state: four Japanese carriers lost, one American
    // (and no other named ship, whatever the golden game's random orders sank).
    const sunk = new Set(['Akagi', 'Kaga', 'Sōryū', 'Hiryū', 'Yorktown']);
    const forced: GameState = {
      ...state,
      control: { ...state.control, midway: 'allies', aleutians: 'japan' },
      forces: state.forces.map((f) =>
        f.type === 'ship' ? { ...f, status: sunk.has(f.name) ? ('lost' as const) : ('active' as const) } : f,
      ),
    };
    const v = judgeGame(world, forced, scoreGame(world, forced, reports));
    expect(score).toBeTruthy();
    expect(v?.headline).toBe('A decisive Allied victory');
    expect(v?.againstHistory).toMatch(/^Much as in the real war/);
  });
});

describe('Midway: the carriers sunk weigh beside the islands (goals.carrierPoints)', () => {
  /** The golden game's end with Midway and the Aleutians held as given and exactly `sunk` named ships lost. */
  function endWith(control: Record<string, 'japan' | 'allies'>, sunk: Set<string>) {
    const { world, state, reports } = playGolden('midway-1942');
    const forced: GameState = {
      ...state,
      control: { ...state.control, ...control },
      forces: state.forces.map((f) =>
        f.type === 'ship' ? { ...f, status: sunk.has(f.name) ? ('lost' as const) : ('active' as const) } : f,
      ),
    };
    return judgeGame(world, forced, scoreGame(world, forced, reports));
  }

  it('does not call it an Allied victory to keep Midway at the price of all three US carriers', () => {
    // play20: Enterprise, Hornet and Yorktown sent to Midway on turn 1, all sunk on turn 5, no Japanese
    // carrier hit; the old verdict said "A marginal Allied victory" for Midway held.
    const v = endWith(
      { midway: 'allies', aleutians: 'japan' },
      new Set(['Enterprise', 'Hornet', 'Yorktown']),
    );
    expect(v?.winner).toBe('japan');
    expect(v?.headline).toBe('A marginal Japanese victory');
    expect(v?.reasons.join(' ')).toMatch(
      /Each carrier sunk is worth 2 victory points.*Japan sank 3, the Allies 0/,
    );
  });

  it('still makes Midway taken at the price of the Kidō Butai a narrow thing for Japan', () => {
    const v = endWith(
      { midway: 'japan', aleutians: 'japan' },
      new Set(['Akagi', 'Kaga', 'Sōryū', 'Hiryū', 'Yorktown']),
    );
    expect(v?.winner).toBe('japan');
    expect(v?.strength).toBe('marginal');
  });
});

describe('student-facing text', () => {
  it('says numbers as people say them', () => {
    expect(formatThousands(1000)).toBe('1 million');
    expect(formatThousands(1580)).toBe('1.6 million');
    expect(formatThousands(350)).toBe('350 thousand');
    expect(namePossessive('Allies')).toBe("Allies'");
    expect(namePossessive('Japan')).toBe("Japan's");
  });
  it('names no internal file', () => {
    for (const id of [
      'southern-oil-1942',
      'oil-clock-1941',
      'midway-1942',
      'road-to-tokyo-1944',
      'pacific-1941',
    ]) {
      const s = loadScenario(`${id}.json`);
      const texts = [
        ...s.meta.sources.map((x) => x.citation),
        ...s.meta.discussionPrompts.map((p) => p.prompt),
        ...s.meta.teacherNotes,
        ...s.events.map((e) => e.note),
      ].map(forStudents);
      for (const t of texts) expect(t).not.toMatch(/HISTORY\.md|seeds\/|docs\/|seed essay|seed text/);
    }
  });
});

describe('verdict when Japan accepts the American terms', () => {
  it('is a marginal Allied victory, worse for Japan’s aims and better for Japan than the real war', () => {
    const world = buildWorld(loadScenario('pacific-1941.json'));
    let state = createGame(world, 'terms');
    const reports: TurnReport[] = [];
    for (const japan of [
      [{ type: 'choose' as const, choice: 'negotiate' }],
      [{ type: 'choose' as const, choice: 'accept-terms' }],
    ]) {
      const r = resolveTurn(world, state, { japan, allies: [] });
      state = r.state;
      reports.push(r.report);
    }
    expect(state.outcome?.kind).toBe('terms-accepted');
    const v = judgeGame(world, state, scoreGame(world, state, reports));
    expect(v?.winner).toBe('allies');
    expect(v?.strength).toBe('marginal');
    expect(v?.againstHistory).toMatch(/^Worse for Japan's aims, better for Japan/);
  });
});

describe('a scenario can ask Japan for more than half of its objectives (goals.japanNeedsPercent)', () => {
  const world = buildWorld(
    (() => {
      const s = loadScenario('southern-oil-1942.json');
      return {
        ...s,
        meta: {
          ...s.meta,
          goals: {
            ...s.meta.goals!,
            objectives: ['malaya', 'luzon', 'borneo', 'java'],
            japanNeedsPercent: 100,
          },
        },
      };
    })(),
  );
  const atEnd = (held: string[]): GameState => {
    const start = createGame(world, 'needs');
    const control = { ...start.control };
    for (const id of held) control[id] = 'japan';
    return {
      ...start,
      control,
      outcome: {
        kind: 'last-turn',
        winner: 'draw',
        turn: 6,
        date: '1942-06-01',
        cause: { code: 'worded', text: 'test' },
      },
    };
  };
  const judge = (held: string[]) => {
    const state = atEnd(held);
    return judgeGame(world, state, scoreGame(world, state, []));
  };

  it('three of the four (more than half their value) is still an Allied victory', () => {
    const v = judge(['malaya', 'luzon', 'borneo']);
    expect(v?.winner).toBe('allies');
    expect(v?.strength).toBe('marginal');
    // Worse for Japan than June 1942, when it held all four.
    expect(v?.betterFor).toBe('allies');
  });

  it('all four is a decisive Japanese victory, much as in the real war', () => {
    const v = judge(['malaya', 'luzon', 'borneo', 'java']);
    expect(v?.winner).toBe('japan');
    expect(v?.strength).toBe('decisive');
    expect(v?.betterFor).toBe('even');
  });
});

describe('a scenario can be won against history (goals.winAgainstHistory)', () => {
  const world = buildWorld(
    (() => {
      const s = loadScenario('road-to-tokyo-1944.json');
      return { ...s, meta: { ...s.meta, goals: { ...s.meta.goals!, winAgainstHistory: true } } };
    })(),
  );
  const judge = (outcome: GameState['outcome'], date = outcome!.date) => {
    const state: GameState = { ...createGame(world, 'history'), date, outcome };
    return judgeGame(world, state, scoreGame(world, state, []));
  };
  const surrender = (turn: number, date: string): GameState['outcome'] => ({
    kind: 'japan-surrenders',
    winner: 'allies',
    turn,
    date,
    cause: { code: 'worded' as const, text: 'test' },
  });

  it('a surrender months before the real one is an Allied win; in its month a draw', () => {
    expect(judge(surrender(11, '1945-04-01'))?.winner).toBe('allies');
    const v = judge(surrender(15, '1945-08-01'));
    expect(v?.winner).toBe('draw');
    expect(v?.reasons.at(-1)).toMatch(/went much as it did/);
  });

  it('a war still going at the last turn is a Japanese win', () => {
    const v = judge(
      {
        kind: 'last-turn',
        winner: 'draw',
        turn: 16,
        date: '1945-09-01',
        cause: { code: 'worded', text: 'test' },
      },
      '1945-10-01',
    );
    expect(v?.winner).toBe('japan');
    expect(v?.betterFor).toBe('japan');
  });
});

describe("Japan's other way to its goal (goals.japanOtherWay: the Oil Clock's embargo lifted)", () => {
  const world = buildWorld(loadScenario('oil-clock-1941.json'));
  const atEnd = (flags: Record<string, boolean>): GameState => {
    const start = createGame(world, 'other');
    return {
      ...start,
      flags: { ...start.flags, ...flags },
      outcome: {
        kind: 'last-turn',
        winner: 'draw',
        turn: 6,
        date: '1941-12-01',
        cause: { code: 'worded', text: 'test' },
      },
    };
  };
  const judge = (flags: Record<string, boolean>) => {
    const state = atEnd(flags);
    return judgeGame(world, state, scoreGame(world, state, []));
  };

  it('leaving Indochina with the embargo lifted, at peace, is a marginal Japanese victory, better than history', () => {
    const v = judge({ embargo: false, withdrawn: true, 'war-us': false });
    expect(v?.winner).toBe('japan');
    expect(v?.strength).toBe('marginal');
    expect(v?.betterFor).toBe('japan');
    expect(v?.reasons.join(' ')).toContain('the embargo was lifted');
  });

  it('talks that leave the embargo in place are not: the Allies hold the oil and kept the embargo', () => {
    const v = judge({ embargo: true, withdrawn: false, 'war-us': false, negotiating: true });
    expect(v?.winner).toBe('allies');
    expect(v?.betterFor).not.toBe('japan');
  });
});
