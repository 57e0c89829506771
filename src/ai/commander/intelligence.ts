/**
 * What the Allied commander does with Japan's decoded intentions (the
 * code-breakers' read, `PolicyInput.intel`, readJapaneseIntentions): the
 * decrypt names where Japan's forces are ordered this turn. Two cheap uses,
 * both as Nimitz used the decrypts before Midway (June 1942 — B8):
 *
 * - a Japanese fleet bound for a sea area: the Allied warships that can get
 *   there wait for it, if together they bring the odds the commander seeks
 *   battle with (SUPERIORITY); ships already there stay put, which the
 *   detection rule turns into an ambush;
 * - Japanese troops bound for an Allied-held area: the area is defended now,
 *   against the troops the decrypt names (defendAreas treats it as urgent at
 *   every level).
 *
 * Japan's commander never receives an intel; without a decrypt nothing changes.
 */
import { isCarrier } from '../../engine/combat-values';
import type { ForceState, JapaneseIntentions } from '../../engine/index';
import { addOperation, type Book, tryOrder, wouldBeLegal } from './book';
import { carrierAir } from './carrier-battle';
import { SUPERIORITY } from './naval-operations';
import { areaWorth } from './objectives';
import { navalPower, type Situation } from './situation';

/** A decoded destination: what Japan sends there, by the decrypt's force names. */
export interface Decoded {
  /** Troops (thousand men) of the armies ordered there. */
  troops: number;
  /** Naval power of the warships ordered there. */
  power: number;
  forces: string[];
}

/** The decrypt by destination (empty when nothing was read). */
export function decodeIntentions(
  s: Pick<Situation, 'state'>,
  intel: JapaneseIntentions | null | undefined,
): Map<string, Decoded> {
  const out = new Map<string, Decoded>();
  if (!intel?.read) return out;
  const byName = new Map(
    s.state.forces.filter((f) => f.side === 'japan' && f.status === 'active').map((f) => [f.name, f]),
  );
  for (const d of intel.destinations) {
    const entry: Decoded = { troops: 0, power: 0, forces: [] };
    for (const name of d.forces) {
      const f = byName.get(name);
      if (!f) continue;
      entry.forces.push(f.id);
      if (f.type === 'army') entry.troops += f.troops;
      entry.power += navalPower(f);
    }
    out.set(d.area, entry);
  }
  return out;
}

/**
 * The effect (percent) of a strike launched by a side that found the enemy unseen: battles.ts
 * gives a first strike 150% (`surprise`), and the enemy answers only with what survives it.
 */
const FIRST_STRIKE_PERCENT = 150;

/**
 * Whether carriers waiting in `sea` when the decrypt sends an enemy carrier fleet there should
 * stay for it — Nimitz's gamble of June 1942 (B9, C5): outnumbered in ships and guns, he kept his
 * three carriers north-east of Midway because the code-breakers had named the place. The battle
 * rules make the gamble sound: where carriers fly the guns stay out of range (battles.ts), so the
 * carriers' strike aircraft decide; forces already in position when the decrypt names their sea
 * find the enemy without searching while the enemy searches at half the chance (detection.ts), so
 * they strike first — at `FIRST_STRIKE_PERCENT`, and against carriers caught with aircraft on deck
 * at the scenario's `aircraftOnDeckHitPercent.ambush` — and the enemy answers only with what
 * survives. The carriers stay when that first strike brings the odds the commander seeks battle
 * with (SUPERIORITY) against the enemy carriers' own strike. Null when it is no carrier battle
 * (then the ordinary comparison of naval power decides).
 */
export function ambushOdds(s: Situation, sea: string, enemy: readonly ForceState[]): number | null {
  const theirs = enemy.reduce((n, f) => n + carrierAir(f), 0);
  const ours = s.state.forces
    .filter((f) => f.side === s.side && f.status === 'active' && f.location === sea)
    .reduce((n, f) => n + carrierAir(f), 0);
  if (theirs === 0 || ours === 0) return null;
  const onDeck = s.world.scenario.rules.combat.aircraftOnDeckHitPercent.ambush;
  return Math.floor((ours * FIRST_STRIKE_PERCENT * onDeck) / (100 * theirs));
}

/**
 * Allied warships to the sea areas where the decrypt says Japanese warships
 * go, where they can be at the odds the commander seeks battle with; with
 * `gamble` (normal and hard), carriers already there stay for an enemy carrier
 * fleet when the ambush's first strike brings those odds (ambushOdds), however
 * the ships and guns compare.
 */
export function waitForDecodedFleet(book: Book, s: Situation, gamble = false): void {
  if (!s.war || s.decoded.size === 0) return;
  const seas = [...s.decoded.entries()]
    .filter(([id, d]) => d.power > 0 && s.world.areas.get(id)?.kind === 'sea')
    .sort((a, b) => b[1].power - a[1].power || (a[0] < b[0] ? -1 : 1));
  for (const [sea, d] of seas) {
    // What will be there: the fleet ordered in and what already stands there (not counted twice).
    const coming = new Set(d.forces);
    const enemyThere = s.state.forces.filter(
      (f) => f.side === s.enemy && f.status === 'active' && (coming.has(f.id) || f.location === sea),
    );
    const already = enemyThere.filter((f) => !coming.has(f.id)).reduce((n, f) => n + navalPower(f), 0);
    const enemyPower = d.power + already;
    const ships = s.state.forces
      .filter(
        (f) =>
          f.side === s.side &&
          f.status === 'active' &&
          !book.busy.has(f.id) &&
          navalPower(f) > 0 &&
          !(f.type === 'ship' && f.damage >= 40),
      )
      .sort((a, b) => navalPower(b) - navalPower(a) || (a.id < b.id ? -1 : 1));
    // Which of them can get there this turn (the engine's check, nothing ordered yet).
    const able = ships.filter(
      (f) => f.location === sea || wouldBeLegal(book, { type: 'move', force: f.id, to: sea }).ok,
    );
    const odds = gamble ? ambushOdds(s, sea, enemyThere) : null;
    const ambush = odds !== null && odds >= SUPERIORITY;
    const total = able.reduce((n, f) => n + navalPower(f), 0);
    if (!ambush && total * 100 < enemyPower * SUPERIORITY) continue;
    const forces: string[] = [];
    let power = 0;
    // Ships already there all stay (the ambush); others sail in until the odds are met.
    for (const f of able.filter((x) => x.location === sea)) {
      book.busy.add(f.id);
      forces.push(f.id);
      power += navalPower(f);
    }
    for (const f of ambush ? [] : able) {
      if (power * 100 >= enemyPower * SUPERIORITY) break;
      if (f.location === sea) continue;
      if (!tryOrder(book, { type: 'move', force: f.id, to: sea }).ok) continue;
      forces.push(f.id);
      power += navalPower(f);
    }
    if (forces.length === 0) continue;
    addOperation(book, 'fleet-action', 'destroy-fleet', forces, sea, {
      power,
      enemyPower,
      decoded: d.forces.length,
      ...(ambush ? { ambushOdds: odds } : {}),
    });
  }
}

/**
 * Carriers into position a turn ahead (hard): the ambush needs forces already waiting where the
 * enemy comes (detection.ts), so where the decrypt sends an enemy carrier fleet to a sea from
 * which it can strike, next turn, the sea off one of this side's areas, the carriers that can get
 * there wait off the most valuable such area (areaWorth: the scenario's objectives first) — as
 * Task Forces 16 and 17 sailed to "Point Luck" north-east of Midway on 28–30 May 1942, days before
 * Kidō Butai came (B9, C5) — if their ambush would bring the odds (ambushOdds).
 */
export function positionForDecodedFleet(book: Book, s: Situation): void {
  if (!s.war || s.decoded.size === 0) return;
  for (const [dest, d] of s.decoded) {
    if (s.world.areas.get(dest)?.kind !== 'sea') continue;
    const coming = new Set(d.forces);
    const fleet = s.state.forces.filter((f) => coming.has(f.id));
    if (!fleet.some((f) => carrierAir(f) > 0)) continue;
    // The seas next to its destination, which it can reach next turn, off an area this side holds.
    // Not its destination itself: a fleet sailing in the same turn meets it by search, no ambush.
    const seas = (s.world.neighbours.get(dest) ?? [])
      .map((n) => n.area)
      .filter((id) => s.world.areas.get(id)?.kind === 'sea');
    const guarded = seas
      .map((sea) => {
        const worth = Math.max(
          0,
          ...(s.world.neighbours.get(sea) ?? [])
            .map((n) => s.world.areas.get(n.area)!)
            .filter((a) => a.kind !== 'sea' && s.holder(a.id) === s.side)
            .map((a) => areaWorth(s, a)),
        );
        return { sea, worth };
      })
      .filter((x) => x.worth > 0)
      .sort((a, b) => b.worth - a.worth || (a.sea < b.sea ? -1 : 1));
    const target = guarded[0];
    if (!target) continue;
    const carriers = s.state.forces
      .filter(
        (f) =>
          f.side === s.side &&
          f.status === 'active' &&
          isCarrier(f) &&
          !book.busy.has(f.id) &&
          !(f.type === 'ship' && f.damage >= 40) &&
          (f.location === target.sea || wouldBeLegal(book, { type: 'move', force: f.id, to: target.sea }).ok),
      )
      .sort((a, b) => carrierAir(b) - carrierAir(a) || (a.id < b.id ? -1 : 1));
    const ours = carriers.reduce((n, f) => n + carrierAir(f), 0);
    const theirs = fleet.reduce((n, f) => n + carrierAir(f), 0);
    const onDeck = s.world.scenario.rules.combat.aircraftOnDeckHitPercent.ambush;
    if (ours * FIRST_STRIKE_PERCENT * onDeck < theirs * SUPERIORITY * 100) continue;
    // The carriers and their screen: warships where the carriers are, sailing with them.
    const from = new Set(carriers.map((f) => f.location));
    const screen = s.state.forces.filter(
      (f) =>
        f.side === s.side &&
        f.status === 'active' &&
        !isCarrier(f) &&
        !book.busy.has(f.id) &&
        navalPower(f) > 0 &&
        from.has(f.location),
    );
    const forces: string[] = [];
    for (const f of [...carriers, ...screen]) {
      if (f.location === target.sea) book.busy.add(f.id);
      else if (!tryOrder(book, { type: 'move', force: f.id, to: target.sea }).ok) continue;
      forces.push(f.id);
    }
    if (forces.length === 0) continue;
    addOperation(book, 'fleet-action', 'destroy-fleet', forces, target.sea, {
      power: ours,
      enemyPower: theirs,
      decoded: d.forces.length,
      ahead: 1,
    });
  }
}
