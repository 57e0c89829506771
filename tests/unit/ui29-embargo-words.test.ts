/**
 * ui29 (play25 §4.6): the Oil Clock and the grand campaign open in July 1941, a month before the American oil embargo
 * (1 August, the `embargo` event). Words a student can read in July — the choices' descriptions and
 * the messages of the events a choice fires — must not say that an embargo not yet in force "stays".
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame } from '../../src/engine/index';
import { loadScenario } from '../support/scenarios';

describe('ui29: the embargo words in July 1941', () => {
  it.each(['oil-clock-1941.json', 'pacific-1941.json'])(
    '%s says the embargo is not lifted, not that it stays, before it begins',
    (file) => {
      const world = buildWorld(loadScenario(file));
      const start = createGame(world, 'ui29');
      // The embargo is not in force when the scenario opens, and begins on 1 August 1941.
      expect(start.flags.embargo).toBe(false);
      const embargo = world.scenario.events.find((e) => e.id === 'embargo');
      expect(JSON.stringify(embargo?.trigger)).toContain('1941-08-01');
      const choices = world.scenario.choices.filter((c) => c.side === 'japan');
      const messages = world.scenario.events
        .filter((e) => e.trigger.type === 'choice')
        .flatMap((e) => e.effects.flatMap((x) => (x.type === 'message' ? [x.text] : [])));
      const flags = world.scenario.flags.map((f) => f.description ?? '');
      const words = [...choices.map((c) => c.description), ...messages, ...flags];
      expect(words.filter((w) => /embargo stays/.test(w))).toEqual([]);
      const negotiate = choices.find((c) => c.id === 'negotiate');
      expect(negotiate?.description.toLowerCase()).toContain(
        'the american oil embargo (from 1 august 1941) is not lifted',
      );
    },
  );
});
