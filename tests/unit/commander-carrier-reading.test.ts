/**
 * The normal commander reads a carrier battle as the battle rules fight it (cmdr29). On the small
 * scenario at war: the Kidō Butai's two carriers with four battleships, cruisers and destroyers in
 * the Home Islands, and US carriers in the Philippine Sea next door. Counted in guns and a third of
 * the aircraft (`navalPower`) the Japanese fleet is more than 1.5 times the American; counted in
 * strike aircraft, as the air stage decides where carriers fly (battles.ts), it is weaker. Before,
 * normal sailed into such a battle (Midway, seed play25-midway: five carriers lost on turn 2) and
 * so did hard, which read the carrier battle only for the battles the guns did not offer. Where its
 * strike aircraft give the odds, the carriers sail with their screen: the warships draw the strikes
 * and shoot down strikers (battles.ts `strikeLosses`, the air strikes' target weights).
 *
 * And the intent names every carrier that strikes a port (play25 §4.2: "Carrier raid into Dutch
 * Harbor: Hiryū, Sōryū, Jun'yō and Ryūjō" over a strike by nine carriers): the port-strike rule
 * sends every carrier that sails into a sea next to an enemy port with warships, whatever its order
 * was for.
 */
import { describe, expect, it } from 'vitest';
import { addOperation, newBook, tryOrder } from '../../src/ai/commander/book';
import { carrierBattleOdds } from '../../src/ai/commander/carrier-battle';
import { LEVELS } from '../../src/ai/commander/levels';
import { nameCarrierStrikes } from '../../src/ai/commander/naval-operations';
import { navalPower, readSituation } from '../../src/ai/commander/situation';
import { planVariant, VARIANTS } from '../../src/ai/commander/variants';
import { hasIntent, type IntentfulPolicy } from '../../src/ai/policy';
import { policyByName } from '../../src/ai/registry';
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { atWar, moveOf } from '../support/java-landing';
import { labWorld, type RawScenario, startWith } from '../support/lab';

const bot = (name: string) => {
  const p = policyByName(name);
  if (!p || !hasIntent(p)) throw new Error(name);
  return p as IntentfulPolicy;
};
const usCarrier = (id: string, aircraft: number) => ({
  id,
  name: id,
  side: 'allies',
  type: 'ship',
  class: 'fleet-carrier',
  location: 'philippine-sea',
  aircraft,
  experience: 60,
});
const battleship = (id: string) => ({
  id,
  name: id,
  side: 'japan',
  type: 'ship',
  class: 'battleship',
  location: 'home-islands',
  experience: 70,
});
/** `carriers` US carriers of 90 aircraft in the Philippine Sea; the Japanese fleet in the Home Islands. */
const lab = (carriers: number) =>
  labWorld((s: RawScenario) => {
    // No armies to land and no other Allied fleet: the battle in the Philippine Sea is the only one.
    s.forces = s.forces.filter(
      (f: { id: string; type: string }) =>
        f.type !== 'army' &&
        !['invasion-transports', 'houston', 'exeter', 'de-ruyter', 'abda-destroyers'].includes(f.id),
    );
    for (const f of s.forces) if (f.side === 'japan' && f.type !== 'air') f.location = 'home-islands';
    s.forces.push(battleship('nagato'), battleship('mutsu'));
    for (let i = 1; i <= carriers; i++) s.forces.push(usCarrier(`cv-${i}`, 90));
  });
const JAPANESE_SHIPS = [
  'akagi',
  'kaga',
  'kongo',
  'haruna',
  'nagato',
  'mutsu',
  'southern-cruisers',
  'southern-destroyers',
];

describe('the normal commander weighs a carrier battle in strike aircraft, not guns', () => {
  it('is set up as meant: more than 1.5 times the guns, fewer strike aircraft', () => {
    const world = lab(3);
    const state = startWith(world, 'carrier-reading', atWar);
    const s = readSituation(world, state, 'japan', false);
    const ours = state.forces.filter((f) => JAPANESE_SHIPS.includes(f.id));
    const theirs = state.forces.filter((f) => f.side === 'allies' && f.location === 'philippine-sea');
    const guns = (fs: typeof ours) => fs.reduce((n, f) => n + navalPower(f), 0);
    expect(guns(ours) * 100).toBeGreaterThanOrEqual(guns(theirs) * 150);
    const air = carrierBattleOdds(s, 'philippine-sea', ours)!;
    expect(air.ours).toBeLessThan(air.theirs);
  });

  for (const level of ['normal', 'hard'])
    it(`${level}: does not sail into a carrier battle the count of guns offers and the strike aircraft do not`, () => {
      const world = lab(3);
      const state = startWith(world, 'carrier-reading', atWar);
      const d = bot(`commander:${level}`).decide(world, state, 'japan');
      // And the plan variant that seeks battle, whichever the rollouts choose.
      const operational = planVariant(
        readSituation(world, state, 'japan'),
        LEVELS[level as 'normal' | 'hard'],
        VARIANTS[0]!,
      );
      for (const [orders, operations] of [
        [d.orders, d.intent.operations],
        [operational.orders, operational.operations],
      ] as const) {
        for (const id of JAPANESE_SHIPS) expect(moveOf([...orders], id), id).not.toBe('philippine-sea');
        expect(operations.some((o) => o.kind === 'fleet-action' && o.reason === 'destroy-fleet')).toBe(false);
      }
    });

  it('normal: seeks the carrier battle its strike aircraft win, the carriers with their screen', () => {
    // One US carrier: the Japanese carriers' strike outweighs it by more than 1.5 to 1.
    const world = lab(1);
    const state = startWith(world, 'carrier-reading', atWar);
    const s = readSituation(world, state, 'japan', false);
    const ours = state.forces.filter((f) => JAPANESE_SHIPS.includes(f.id));
    const air = carrierBattleOdds(s, 'philippine-sea', ours)!;
    expect(air.ours * 100).toBeGreaterThanOrEqual(air.theirs * 150);
    // The plan variant that seeks battle (the rollouts choose between it and the others).
    const d = planVariant(readSituation(world, state, 'japan'), LEVELS.normal, VARIANTS[0]!);
    const op = d.operations.find((o) => o.kind === 'fleet-action' && o.target === 'philippine-sea');
    expect(op).toBeDefined();
    // Every warship sails with the carriers (the count of guns stopped at 1.5 times the enemy's power).
    for (const id of JAPANESE_SHIPS) {
      expect(op!.forces, id).toContain(id);
      expect(moveOf(d.orders, id), id).toBe('philippine-sea');
    }
  });
});

describe('the intent names the carriers that strike a port', () => {
  it('lists in the raid every carrier that sails next to the port, whatever its order was for', () => {
    // Houston, Exeter and De Ruyter in Java's port; Akagi sent to raid it, Kaga to patrol the Java Sea.
    const world = labWorld((s: RawScenario) => {
      for (const f of s.forces)
        if (['houston', 'exeter', 'de-ruyter', 'abda-destroyers'].includes(f.id)) f.location = 'java';
      for (const f of s.forces) if (f.id === 'akagi' || f.id === 'kaga') f.location = 'borneo';
    });
    const state = startWith(world, 'raid-names', atWar);
    const s = readSituation(world, state, 'japan', false);
    const book = newBook(world, state, 'japan');
    expect(tryOrder(book, { type: 'move', force: 'akagi', to: 'java-sea' }).ok).toBe(true);
    addOperation(book, 'carrier-raid', 'destroy-fleet', ['akagi'], 'java', { power: 25, enemyPower: 14 });
    expect(tryOrder(book, { type: 'move', force: 'kaga', to: 'java-sea' }).ok).toBe(true);
    addOperation(book, 'patrol', 'enemy-within-reach', ['kaga'], 'java-sea');
    nameCarrierStrikes(book, s);
    const raid = book.operations.find((o) => o.kind === 'carrier-raid')!;
    expect(raid.forces).toEqual(['akagi', 'kaga']);
    expect(raid.numbers?.carriers).toBe(2);
    expect(operationSentence(intentNames(world, state), raid)).toMatch(
      /^Carrier raid into Java .*: Akagi and Kaga\.$/,
    );
    // The patrol still says what Kaga does besides.
    expect(book.operations.find((o) => o.kind === 'patrol')?.forces).toEqual(['kaga']);
  });

  it('makes a raid of a strike no operation meant, and none where the carriers meet a fleet at sea first', () => {
    const world = labWorld((s: RawScenario) => {
      for (const f of s.forces) if (['houston', 'exeter'].includes(f.id)) f.location = 'java';
      for (const f of s.forces) if (f.id === 'akagi' || f.id === 'kaga') f.location = 'borneo';
    });
    const state = startWith(world, 'raid-names', atWar);
    const s = readSituation(world, state, 'japan', false);
    const book = newBook(world, state, 'japan');
    expect(tryOrder(book, { type: 'move', force: 'kaga', to: 'java-sea' }).ok).toBe(true);
    addOperation(book, 'patrol', 'enemy-within-reach', ['kaga'], 'java-sea');
    // De Ruyter and the destroyers are still at sea in the Java Sea: a battle there, no port strike.
    nameCarrierStrikes(book, s);
    expect(book.operations.some((o) => o.kind === 'carrier-raid')).toBe(false);
    const quiet = startWith(world, 'raid-names', (g) => {
      atWar(g);
      for (const f of g.forces) if (f.side === 'allies' && f.location === 'java-sea') f.location = 'java';
    });
    const book2 = newBook(world, quiet, 'japan');
    expect(tryOrder(book2, { type: 'move', force: 'kaga', to: 'java-sea' }).ok).toBe(true);
    addOperation(book2, 'patrol', 'enemy-within-reach', ['kaga'], 'java-sea');
    nameCarrierStrikes(book2, readSituation(world, quiet, 'japan', false));
    expect(book2.operations.find((o) => o.kind === 'carrier-raid')).toMatchObject({
      target: 'java',
      forces: ['kaga'],
      numbers: { carriers: 1 },
    });
  });

  it('names the carriers it leaves on station next to the port: they strike it again (portstay29)', () => {
    // Akagi and Kaga already in the Java Sea, Houston and Exeter in Java's port, no move ordered:
    // the port-strike rule strikes Java with them as a fleet on station.
    const world = labWorld((s: RawScenario) => {
      for (const f of s.forces)
        if (['houston', 'exeter', 'de-ruyter', 'abda-destroyers'].includes(f.id)) f.location = 'java';
      for (const f of s.forces) if (f.id === 'akagi' || f.id === 'kaga') f.location = 'java-sea';
    });
    const state = startWith(world, 'raid-names', atWar);
    const book = newBook(world, state, 'japan');
    nameCarrierStrikes(book, readSituation(world, state, 'japan', false));
    expect(book.operations.find((o) => o.kind === 'carrier-raid')).toMatchObject({
      target: 'java',
      forces: ['akagi', 'kaga'],
      numbers: { carriers: 2 },
    });
    // Kaga ordered away (to the South China Sea, far from Java): Akagi alone stays and strikes Java.
    const book2 = newBook(world, state, 'japan');
    expect(tryOrder(book2, { type: 'move', force: 'kaga', to: 'south-china-sea' }).ok).toBe(true);
    nameCarrierStrikes(book2, readSituation(world, state, 'japan', false));
    expect(book2.operations.find((o) => o.kind === 'carrier-raid' && o.target === 'java')?.forces).toEqual([
      'akagi',
    ]);
  });
});
