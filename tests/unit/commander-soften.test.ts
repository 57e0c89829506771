/**
 * The commander softens up a goal it cannot take yet, then lands (midway24; land-operations.ts
 * `landingOdds`, drive.ts `goalDrive`, naval-operations.ts `coverFront`). On the small scenario:
 * Java (a goal of the scenario) held by 10,000 men of the KNIL, supplied across the Java Sea from
 * Australia, and a Japanese landing force of 11,000 men at Borneo with a carrier, destroyers and
 * transports. Landing from the sea with the guns offshore it brings 13 tenths of fire against the
 * garrison's 12 with the holder's bonus: the normal level's 135% asks 17, which it never has. The
 * battle rules make a garrison cut off from supply give up once beaten (`cutOffSurrenderPercent`):
 * with the Java Sea held, outgunning it is enough. On Midway the normal commander never landed for
 * want of the odds (docs/CALIBRATION.md, midway24).
 */
import { describe, expect, it } from 'vitest';
import { landingOdds, needAgainst } from '../../src/ai/commander/land-operations';
import { LEVELS } from '../../src/ai/commander/levels';
import { objectivesToTake } from '../../src/ai/commander/objectives';
import { readSituation } from '../../src/ai/commander/situation';
import { type GameState, resolveTurn } from '../../src/engine';
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { atWar, javaLandingLab, moveOf, normalCommander } from '../support/java-landing';
import { startWith } from '../support/lab';

const world = javaLandingLab([]);
const commander = normalCommander;
const normal = { odds: LEVELS.normal.odds.japan, cutOffOdds: LEVELS.normal.cutOffOdds.japan, max: 3 };

describe('the commander softens up a goal before it lands', () => {
  const state0 = startWith(world, 'soften', atWar);
  const java = (state: GameState) => {
    const s = readSituation(world, state, 'japan');
    return { s, obj: objectivesToTake(s).find((o) => o.area === 'java')! };
  };

  it('asks the level odds of a supplied garrison and only to outgun one cut off', () => {
    const { s, obj } = java(state0);
    expect(landingOdds(s, obj, normal)).toBe(135);
    expect(needAgainst(s, obj, 0, 135)).toBe(17);
    const cut = startWith(world, 'soften', (st) => {
      atWar(st);
      for (const f of st.forces)
        if (f.id === 'akagi' || f.id === 'southern-destroyers') f.location = 'java-sea';
    });
    const c = java(cut);
    expect(landingOdds(c.s, c.obj, normal)).toBe(100);
    expect(needAgainst(c.s, c.obj, 0, 100)).toBe(12);
    // A level that does not read the surrender rule keeps its odds (easy).
    expect(landingOdds(c.s, c.obj, { odds: 300, cutOffOdds: 300, max: 1 })).toBe(300);
  });

  it('sends the carrier and a screen into the sea next to Java while the landing force waits, then lands', () => {
    const d1 = commander.decide(world, state0, 'japan');
    expect(moveOf(d1.orders, 'landing-force')).toBeUndefined();
    const gather = d1.intent.operations.find((o) => o.kind === 'reinforce' && o.target === 'java');
    expect(gather?.numbers?.drive).toBe(1);
    expect(gather?.forces).toContain('landing-force');
    // The gathering says why (the objective's reason, not the bombers'), its fire with the guns offshore
    // counted as the battle counts them, and the need once Java is cut off (intent-text.ts driveSentence).
    expect(operationSentence(intentNames(world, state0), gather!)).toMatch(
      /^Gather an army at Borneo to take Java for its oil: 1 of 1 ready to land \(strength 13 of the 12 needed\): Landing force\.$/,
    );
    expect(moveOf(d1.orders, 'akagi')).toBe('java-sea');
    expect(moveOf(d1.orders, 'southern-destroyers')).toBe('java-sea');
    const state1 = resolveTurn(world, state0, { japan: d1.orders, allies: [] }).state;
    expect(state1.forces.find((f) => f.id === 'akagi')?.location).toBe('java-sea');

    const d2 = commander.decide(world, state1, 'japan');
    expect(moveOf(d2.orders, 'landing-force')).toBe('java');
    expect(d2.intent.operations.some((o) => o.kind === 'invade' && o.target === 'java')).toBe(true);
  });
});
