/**
 * Intents as data (issue 13): recorded per turn in the replay by autoplay for
 * the computer sides that say what they intend, read back by the loader
 * (old version-1 files without them still load), and worded by one text
 * module for the CLI and the UI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { autoplay } from '../../src/ai/autoplay';
import { reasonFor } from '../../src/ai/commander/objectives';
import { readSituation } from '../../src/ai/commander/situation';
import { historicalPolicy } from '../../src/ai/historical';
import { passPolicy } from '../../src/ai/pass';
import { policyByName } from '../../src/ai/registry';
import { loadReplayText } from '../../src/replay/load';
import { verifyReplay } from '../../src/replay/verify';
import { intentHeading, intentLines, intentNames, listNames } from '../../src/text/intent-text';
import { fakeCommander, fakeIntent } from '../support/fake-commander';
import { labWorld, startWith } from '../support/lab';

const world = labWorld(() => {});

describe('intents in the replay', () => {
  it('autoplay records what each intentful side said, and nothing for the others', () => {
    const { replay } = autoplay(world, 'i', { japan: fakeCommander, allies: passPolicy }, { maxTurns: 2 });
    expect(replay.turns.map((t) => t.intents)).toEqual([[fakeIntent('japan')], [fakeIntent('japan')]]);
    // Read back through the loader and verified: the intents are kept and do not disturb verification.
    const loaded = loadReplayText(JSON.stringify(replay));
    expect(loaded.ok && loaded.value).toEqual(replay);
    expect(verifyReplay(world, replay).ok).toBe(true);
  });

  it('the historical bot’s intents are recorded every turn for both sides', () => {
    const { replay } = autoplay(
      world,
      'h',
      { japan: historicalPolicy, allies: historicalPolicy },
      { maxTurns: 2 },
    );
    for (const t of replay.turns) expect(t.intents?.map((i) => i.side)).toEqual(['japan', 'allies']);
  });

  it('a replay without intents is written exactly as before (no field) and old files still load', () => {
    const { replay } = autoplay(world, 'p', { japan: passPolicy, allies: passPolicy }, { maxTurns: 1 });
    expect(Object.keys(replay.turns[0]!)).toEqual(['turn', 'orders', 'hash']);
    const golden = readFileSync(new URL('../golden/southern-oil-1942.replay.json', import.meta.url), 'utf8');
    expect(loadReplayText(golden).ok).toBe(true);
  });

  it('a malformed intent is refused with its JSON path', () => {
    const { replay } = autoplay(world, 'i', { japan: fakeCommander, allies: passPolicy }, { maxTurns: 1 });
    const bad = structuredClone(replay) as unknown as {
      turns: { intents: { operations: { kind: string }[] }[] }[];
    };
    bad.turns[0]!.intents[0]!.operations[0]!.kind = 'conquer';
    const result = loadReplayText(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('turns[0].intents[0].operations[0].kind');
  });
});

describe('the words of an intent', () => {
  const names = intentNames(world);

  it('names areas and forces from the world, for a student', () => {
    expect(intentHeading('japan')).toBe('Japan intends:');
    expect(intentHeading('allies')).toBe('The Allies intend:');
    const java = world.areas.get('java')!.name;
    const army = world.scenario.forces.find((f) => f.id === 'sixteenth-army')!.name;
    expect(intentLines(names, fakeIntent('japan'))).toEqual([
      `Take ${java} for its oil: ${army}, with 40 transports, escorted by 16 warships.`,
    ]);
  });

  it('says when the plan is followed, and what was done when a step became impossible', () => {
    const lines = intentLines(names, {
      side: 'japan',
      operations: [
        {
          kind: 'replan',
          reason: 'step-impossible',
          target: 'east-china-sea',
          forces: ['kaga'],
          detail: 'force-lost',
        },
        {
          kind: 'replan',
          reason: 'step-impossible',
          target: 'luzon',
          forces: ['sixteenth-army'],
          detail: 'no-transports',
        },
      ],
    });
    expect(lines[0]).toBe(
      `Change of plan: a ship meant for ${world.areas.get('east-china-sea')!.name} has been lost, so Kaga goes instead.`,
    );
    expect(lines[1]).toMatch(/not enough transports .* so it waits\.$/);
    expect(intentLines(names, { side: 'allies', operations: [] })).toEqual([
      'No new operations: all forces stay in place.',
    ]);
  });

  it('a step of the real war’s plan reads as a plain instruction (the heading says whose plan)', () => {
    const intent = {
      side: 'japan' as const,
      operations: [
        {
          kind: 'policy' as const,
          reason: 'historical-plan' as const,
          target: 'sailings',
          forces: [],
          numbers: { level: 70 },
        },
      ],
    };
    expect(intentHeading('japan', intent)).toBe("Japan intends, following the real war's plan:");
    expect(intentLines(names, intent)).toEqual(['Send 70% of the cargo fleet to sea.']);
  });

  it('the heading says who speaks: the plan, or a commander that takes one of the plan’s steps', () => {
    const step = {
      kind: 'policy' as const,
      reason: 'historical-plan' as const,
      target: 'sailings',
      forces: [],
      numbers: { level: 70 },
    };
    const plan = { side: 'japan' as const, policy: 'historical', operations: [step] };
    expect(intentHeading('japan', plan)).toBe("Japan intends, following the real war's plan:");
    expect(intentLines(names, plan)).toEqual(['Send 70% of the cargo fleet to sea.']);
    const normal = { side: 'japan' as const, policy: 'commander:normal', operations: [step] };
    expect(intentHeading('japan', normal)).toBe('Japan (computer, normal) intends:');
    expect(intentLines(names, normal)).toEqual(['Send 70% of the cargo fleet to sea as history did.']);
    const hard = { side: 'allies' as const, policy: 'commander:hard', operations: [] };
    expect(intentHeading('allies', hard)).toBe('The Allies (computer, hard) intend:');
    // Told in the past once the turn is played (the heading tops that turn's report).
    expect(intentHeading('allies', hard, true)).toBe('The Allies (computer, hard) intended:');
    expect(intentHeading('japan', plan, true)).toBe("Japan intended, following the real war's plan:");
  });

  it('the commander and the historical bot name themselves in their intents', () => {
    const { replay } = autoplay(
      world,
      'c',
      { japan: policyByName('commander:normal')!, allies: historicalPolicy },
      { maxTurns: 1 },
    );
    expect(replay.turns[0]!.intents?.map((i) => i.policy)).toEqual(['commander:normal', 'historical']);
  });

  it('the garrisons of the objective areas are one line: their count and a few names', () => {
    const hold = (forces: string[], areas: number) => ({
      side: 'allies' as const,
      operations: [
        {
          kind: 'hold' as const,
          reason: 'objective' as const,
          forces,
          numbers: { garrisons: forces.length, areas, garrison: 100 },
        },
      ],
    });
    const name = (id: string) => names.force(id);
    expect(
      intentLines(names, hold(['usaffe', 'malaya-command', 'knil', 'borneo-garrison', 'darwin-garrison'], 5)),
    ).toEqual([
      `Hold 5 garrisons in place in 5 of the objective areas that decide who wins: ${name('usaffe')}, ${name('malaya-command')}, ${name('knil')} and 2 more.`,
    ]);
    expect(intentLines(names, hold(['knil'], 1))).toEqual([
      `Hold the garrison in place in one of the objective areas that decide who wins: ${name('knil')}.`,
    ]);
  });

  it('lists at most four names', () => {
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B'])).toBe('A and B');
    expect(listNames(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B, C and 3 more');
  });

  describe('no slips in the words a student reads (play7)', () => {
    const line = (op: Parameters<typeof intentLines>[1]['operations'][number]) =>
      intentLines(names, { side: 'japan', operations: [op] })[0];

    it('a decision for oil says war, not "a home-front policy for its oil"', () => {
      expect(line({ kind: 'policy', reason: 'oil', forces: [], numbers: { oilMonths: 7 } })).toBe(
        'Go to war for the oil of the south (oil for 7 more months).',
      );
      expect(line({ kind: 'policy', reason: 'conserve-oil', forces: [], numbers: { oilMonths: 20 } })).toBe(
        'Keep negotiating rather than fight, to save oil (oil for 20 more months).',
      );
      expect(line({ kind: 'policy', reason: 'raw-materials', forces: [], numbers: { count: 3 } })).toBe(
        'Build more cargo ships to carry raw materials home.',
      );
      const rationing = line({ kind: 'policy', reason: 'conserve-oil', forces: [], numbers: { level: 2 } });
      expect(rationing).toMatch(/^Ration oil at home: (“.+”|level 2) to save oil\.$/);
      for (const l of [rationing]) expect(l).not.toMatch(/\bits\b/);
    });

    it('no sentence reads "its area" when there is no target', () => {
      const damaged = line({ kind: 'withdraw', reason: 'repair', forces: ['kaga'], numbers: { damage: 40 } });
      expect(damaged).toBe('Pull Kaga back to port for repairs.');
      // The sea named is the one the fleet leaves, not where it goes (seen as "back to Hawaiian waters").
      expect(
        line({
          kind: 'withdraw',
          reason: 'avoid-superior-fleet',
          forces: ['kaga'],
          target: 'java-sea',
          numbers: { power: 10, enemyPower: 30 },
        }),
      ).toBe('Pull Kaga out of Java Sea and back to port to keep away from a stronger enemy fleet.');
      // Transports sent to an army waiting in a port: not "for an airfield within reach of the next
      // target" (the landing's reason, which read as the port's; Road to Tokyo, the Army transports to Guam).
      expect(
        line({
          kind: 'reinforce',
          reason: 'air-base',
          forces: ['invasion-transports'],
          target: 'formosa',
          numbers: { transports: 60, transportsNeeded: 100 },
        }),
      ).toBe(
        'Send Invasion transports to Formosa for the troops waiting there to sail to the next landing (60 transports; they need 100).',
      );
      const onStation = line({
        kind: 'air-strike',
        reason: 'enemy-within-reach',
        forces: ['eleventh-air-fleet'],
      });
      expect(onStation).toMatch(/^Keep .+ ready to bomb any enemy that comes within reach\.$/);
      for (const l of [damaged, onStation]) expect(l).not.toContain('its area');
    });

    it('air groups guard their bases against raids, not "to defend the homeland" from Malaya', () => {
      expect(
        line({ kind: 'defend', reason: 'home-defence', forces: ['abda-air'], numbers: { aircraft: 80 } }),
      ).toMatch(/^Keep an air group on guard over its base against enemy air raids: .+ \(80 aircraft\)\.$/);
    });

    it('a raid of battleships alone is not a carrier raid, and an invasion names its army first', () => {
      expect(
        line({
          kind: 'carrier-raid',
          reason: 'destroy-fleet',
          target: 'java-sea',
          forces: ['kongo', 'haruna'],
        }),
      ).toMatch(/^Raid into /);
      expect(
        line({
          kind: 'carrier-raid',
          reason: 'destroy-fleet',
          target: 'java-sea',
          forces: ['kaga', 'kongo'],
        }),
      ).toMatch(/^Carrier raid into /);
      const army = world.scenario.forces.find((f) => f.id === 'sixteenth-army')!.name;
      const invasion = line({
        kind: 'invade',
        reason: 'oil',
        target: 'java',
        forces: ['southern-destroyers', 'southern-cruisers', 'kongo', 'haruna', 'sixteenth-army'],
      });
      expect(invasion).toContain(`: ${army}, `);
    });
  });
});

describe('why the commander takes an area', () => {
  it('an objective that decides who wins is said to be one, before its airfield; oil first', () => {
    const s = readSituation(world, startWith(world, 'why'), 'japan', false);
    const area = (id: string) => world.areas.get(id)!;
    const objectives = world.scenario.meta.goals?.objectives ?? [];
    const plain = world.scenario.areas.find(
      (a) =>
        a.airfield &&
        a.kind !== 'sea' &&
        !objectives.includes(a.id) &&
        !a.produces.oil &&
        !a.produces.industry,
    )!;
    expect(
      area('malaya').airfield && !area('malaya').produces.oil && objectives.includes('malaya'),
    ).toBeTruthy();
    expect(reasonFor(s, area('malaya'))).toBe('objective');
    expect(reasonFor(s, area('borneo'))).toBe('oil');
    expect(reasonFor(s, plain)).toBe('air-base');
  });
});
