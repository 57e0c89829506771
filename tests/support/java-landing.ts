/**
 * The commander's Java landing laboratory (commander-soften and commander-last-chance tests): Java, a
 * goal of the scenario, held by 10,000 men of the KNIL and supplied across the Java Sea from
 * Australia; a Japanese landing force of 11,000 men at Borneo (Japanese, worth little, not a goal)
 * with `japanese` warships and the transports; a garrison cut off from supply gives up once beaten.
 * `edit` changes the laboratory further (after the common part).
 */
import { hasIntent, type IntentfulPolicy } from '../../src/ai/policy';
import { policyByName } from '../../src/ai/registry';
import type { GameState, World } from '../../src/engine';
import { labWorld, type RawScenario } from './lab';

export function javaLandingLab(
  keepAlso: readonly string[],
  edit: (s: RawScenario) => void = () => {},
): World {
  return labWorld((s: RawScenario) => {
    s.rules.combat.supportMaxPercent = 50;
    s.rules.combat.cutOffSurrenderPercent = { allies: 90 };
    s.rules.supply = {
      sources: [
        { side: 'japan', area: 'home-islands', note: 'the home arsenals', source: 'T' },
        { side: 'allies', area: 'australia', note: 'Australia', source: 'T' },
      ],
      cutPower: 10,
    };
    // Borneo, Japanese here, is the landing force's base: not a goal (a goal's last garrison stays)
    // and worth little (the last army of a valuable island does not leave it for Java).
    for (const a of s.areas)
      if (a.id === 'borneo') Object.assign(a, { owner: 'japan', produces: {}, value: 1 });
    s.meta.goals.objectives = ['malaya', 'luzon', 'java'];
    s.meta.goals.history.held = ['malaya', 'luzon', 'java'];
    const keep = new Set([
      'akagi',
      'southern-destroyers',
      'invasion-transports',
      'knil',
      'malaya-command',
      'usaffe',
      'darwin-garrison',
      ...keepAlso,
    ]);
    s.forces = s.forces.filter((f: { id: string }) => keep.has(f.id));
    for (const f of s.forces) {
      if (f.side === 'japan') f.location = 'borneo';
      if (f.id === 'knil') Object.assign(f, { troops: 10, experience: 50 });
    }
    s.forces.push({
      id: 'landing-force',
      name: 'Landing force',
      side: 'japan',
      type: 'army',
      troops: 11,
      location: 'borneo',
      experience: 70,
    });
    edit(s);
  });
}

/** The normal commander, which says what it intends. */
export const normalCommander: IntentfulPolicy = (() => {
  const p = policyByName('commander:normal');
  if (!p || !hasIntent(p)) throw new Error('commander:normal');
  return p;
})();

/** Where `orders` move force `id`, if anywhere. */
export const moveOf = (orders: { type: string; force?: string; to?: string }[], id: string) =>
  orders.find((o) => o.type === 'move' && o.force === id)?.to;

/** The war on (a `startWith` edit). */
export const atWar = (s: GameState) => {
  s.flags = { ...s.flags, war: true };
};
