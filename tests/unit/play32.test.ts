/**
 * The thirty-second play-through's fixes without a page: the Danger line of ships in port (where the
 * carriers are, what else can be done, folded once read), the words of a shipping tile that has not
 * moved, and who played a branch's first turns in class results.
 */
import { describe, expect, it } from 'vitest';
import { autoplay, policyByName } from '../../src/ai/index';
import type { Replay } from '../../src/replay/index';
import { portDangerFolded, portDangerHint } from '../../src/text/air-danger-text';
import { proseListUpTo } from '../../src/text/name-list';
import { aircraftWaitingWhyText, unchangedShippingWhyText } from '../../src/text/stock-text';
import {
  earlierPlayer,
  gameOf,
  playedByCode,
  playedByWords,
} from '../../src/ui/classroom/class-results-logic';
import { smallWorld } from '../support/scenarios';

describe('play32: the Danger line of ships in port', () => {
  const home = {
    port: 'Home Islands (Tokyo)',
    aircraft: 236,
    shotDown: 40,
    mustSail: true,
    carriersAt: 'Hawaii (Pearl Harbor)',
  };
  it('says where the carriers are now when they must sail in', () => {
    expect(portDangerHint([home])).toBe(
      'Danger: enemy carriers with 236 aircraft, now in Hawaii (Pearl Harbor), can strike your ships in port at Home Islands (Tokyo) this turn; the port’s guns and fighters stop only about 40. Move them away.',
    );
    // Carriers already off the port need not come: no "now in".
    expect(portDangerHint([{ ...home, mustSail: false }])).toBe(
      'Danger: enemy carriers with 236 aircraft can strike your ships in port at Home Islands (Tokyo) this turn; the port’s guns and fighters stop only about 40. Move them away.',
    );
    expect(
      portDangerHint([
        home,
        {
          port: 'Formosa',
          aircraft: 100,
          shotDown: 10,
          mustSail: true,
          carriersAt: 'Luzon',
        },
      ]),
    ).toBe(
      'Danger: enemy carriers with up to 236 aircraft, now in Hawaii (Pearl Harbor), can strike your ships in port at Home Islands (Tokyo) and Formosa this turn. Move them away.',
    );
  });
  it('folds to one short line that still names the ports and the strength', () => {
    expect(portDangerFolded([home, { ...home, port: 'Formosa', aircraft: 100 }])).toBe(
      'Still in reach of enemy carriers (236 aircraft): ships in port at Home Islands and Formosa.',
    );
    expect(portDangerFolded([])).toBe('');
  });
});

describe('play32: a shipping tile that has not moved says why', () => {
  it('the side’s own ships, and what the player can change instead', () => {
    const allies = unchangedShippingWhyText('the Allies', 'Japan', 'Tankers', 2000, 310);
    expect(allies).toContain("Why Tankers is still 2,000: these are the Allies' own ships.");
    expect(allies).toContain("What you can change is Japan's shipping");
    expect(allies).toContain("So far 310 thousand gross tons of Japan's ships have been sunk.");
    expect(unchangedShippingWhyText('the Allies', 'Japan', 'Tankers', 2000, 0)).toContain(
      "None of Japan's ships has been sunk yet.",
    );
    // Japan's tankers at peace: the Allies' shipping is not at stake, so it is not offered.
    const japan = unchangedShippingWhyText('Japan', 'the Allies', 'Tankers', 530, null);
    expect(japan).toContain("these are Japan's own ships");
    expect(japan).not.toContain('What you can change');
  });
});

describe('play32: a stock of new aircraft that only grows says why', () => {
  it('says where they go and that none was needed last turn', () => {
    expect(aircraftWaitingWhyText('the Allies', 2800, 'month')).toBe(
      "Why New aircraft only grows: these 2,800 aircraft are built but not yet in a unit. They go to the Allies' carriers in a friendly port and air groups at a friendly airfield that have lost aircraft, with new pilots (the report's air replacements). Last month none of your units needed any, so they wait here; after a battle they make good the losses.",
    );
  });
});

describe('play32: class results name who played a branch’s first turns', () => {
  const world = smallWorld();
  const historical = policyByName('historical')!;
  const original: Replay = autoplay(
    world,
    'p32-class',
    { japan: historical, allies: historical },
    { maxTurns: 4 },
  ).replay;
  const calendar = { start: world.scenario.calendar.start, turnLength: world.scenario.calendar.turnLength };
  /**
   * A branch after `k` turns played by a student as Japan: the same first hashes, then others; with
   * `intents`, the computer's intents of the shared turns kept (as the replay viewer now keeps them),
   * without, none (a branch saved before).
   */
  const branch = (k: number, intents: boolean): Replay => ({
    ...original,
    players: { japan: 'human', allies: 'historical' },
    turns: original.turns.map((t, i) =>
      i < k
        ? intents
          ? t
          : { turn: t.turn, orders: t.orders, hash: t.hash }
        : { turn: t.turn, orders: t.orders, hash: `${i}`.padStart(16, 'f') },
    ),
  });
  const monthly = world.scenario.calendar.turnLength.unit === 'month';

  it('from the original game loaded beside it (the same seed and first hashes)', () => {
    const a = gameOf(1, 'original.json', original, 'T', monthly, calendar);
    const b = gameOf(2, 'branch.json', branch(2, false), 'T', monthly, calendar);
    expect(earlierPlayer(b, 'japan', [a, b])).toEqual({ player: 'historical', turns: 2 });
    expect(earlierPlayer(b, 'allies', [a, b])).toBeNull();
    expect(earlierPlayer(a, 'japan', [a, b])).toBeNull();
    // Alone, with no intents kept, nothing can be said.
    expect(earlierPlayer(b, 'japan', [b])).toBeNull();
    expect(playedByWords(b, 'japan', [a, b])).toMatch(
      /^computer \(as in history\) to turn 2 \([A-Z][a-z]+ \d{4}\), then a student$/,
    );
    expect(playedByWords(b, 'allies', [a, b])).toBe('computer (as in history)');
    expect(playedByCode(b, 'japan', [a, b])).toBe('historical to turn 2, then human');
  });

  it('from the computer’s intents kept in the shared turns, with no original loaded', () => {
    const b = gameOf(1, 'branch.json', branch(3, true), 'T', monthly, calendar);
    expect(earlierPlayer(b, 'japan', [b])).toEqual({ player: 'historical', turns: 3 });
    // A game the computer played to its end is not a branch.
    const all = gameOf(2, 'all.json', branch(4, true), 'T', monthly, calendar);
    expect(earlierPlayer(all, 'japan', [all])).toBeNull();
  });

  it('a student’s game continued by the computer is not said to be the computer’s at first', () => {
    const alliesOnly = (t: Replay['turns'][number]) => ({
      ...t,
      intents: (t.intents ?? []).filter((i) => i.side === 'allies'),
    });
    const student: Replay = {
      ...original,
      players: { japan: 'human', allies: 'historical' },
      turns: original.turns.map(alliesOnly),
    };
    const continued: Replay = {
      ...original,
      turns: original.turns.map((t, i) => (i < 2 ? alliesOnly(t) : { ...t, hash: `${i}`.padStart(16, 'e') })),
    };
    const a = gameOf(1, 'student.json', student, 'T', monthly, calendar);
    const b = gameOf(2, 'continued.json', continued, 'T', monthly, calendar);
    expect(earlierPlayer(a, 'japan', [a, b])).toBeNull();
    expect(earlierPlayer(b, 'japan', [a, b])).toEqual({ player: 'human', turns: 2 });
  });
});

describe('the port Danger line names two places of the carriers at most', () => {
  it('counts the rest: four places on a phone took seven lines (play32 §2, the 1944 branch)', () => {
    const four = [
      'Central Pacific (Marshalls waters)',
      'Hawaii (Pearl Harbor)',
      'Ceylon (Colombo, Trincomalee)',
      'US West Coast (San Francisco)',
    ];
    expect(proseListUpTo(four, 2)).toBe(
      'Central Pacific (Marshalls waters), Hawaii (Pearl Harbor) and 2 more',
    );
    expect(proseListUpTo(four.slice(1, 3), 2)).toBe('Hawaii (Pearl Harbor); Ceylon (Colombo, Trincomalee)');
    expect(proseListUpTo(['Midway approaches'], 2)).toBe('Midway approaches');
  });
});
