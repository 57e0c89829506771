/**
 * Words the tenth play-through found wrong on the command line: the header named the computer
 * player by its registered policy only ("commander:hard", where the start screen and the replay
 * viewer say "computer (hard)"), and the air war line read "The Allies's air arm".
 */
import { describe, expect, it } from 'vitest';
import { airReplacementLine, MISSION_HELP, missionHelp } from '../../src/text/air-text';
import { policyWords } from '../../src/text/player-text';

describe('the command line says who plays and whose air arm in the words of the screen', () => {
  it('names the level as the start screen does, then the policy that plays it', () => {
    expect(policyWords('commander:hard')).toBe('the computer (hard), policy commander:hard');
    expect(policyWords('historical')).toBe('the computer (as in history), policy historical');
    expect(policyWords('random')).toBe('the computer (random)');
    expect(policyWords('human')).toBe('a student');
  });

  it('makes the possessive of each side', () => {
    const item = {
      kind: 'air-replacement',
      side: 'allies',
      aircraft: 0,
      forces: 0,
      graduated: 0,
      intake: 0,
      oil: 0,
      ready: 40,
      aircraftStock: 55,
      readyExperience: 45,
      unitExperience: 41,
    } as const;
    expect(airReplacementLine(item)).toMatch(/^The Allies' air arm: no replacements/);
    expect(airReplacementLine({ ...item, side: 'japan' })).toMatch(/^Japan's air arm: /);
  });
});

describe("the strike mission's help says what a strike costs where the scenario makes it pay", () => {
  it('names the fighters and guns over the target only with rules.combat.strikeLosses', () => {
    expect(missionHelp('strike', true)).toBe(
      "attack the enemy forces in an area or sea area in reach (a battle is fought there); the defenders' fighters and guns shoot some of your aircraft down",
    );
    expect(missionHelp('strike', false)).toBe(MISSION_HELP.strike);
    expect(missionHelp('patrol', true)).toBe(MISSION_HELP.patrol);
  });
});
