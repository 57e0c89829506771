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
import type { JapaneseIntentions } from '../../engine/index';
import { addOperation, type Book, tryOrder, wouldBeLegal } from './book';
import { SUPERIORITY } from './naval-operations';
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
 * Allied warships to the sea areas where the decrypt says Japanese warships
 * go, where they can be at the odds the commander seeks battle with.
 */
export function waitForDecodedFleet(book: Book, s: Situation): void {
  if (!s.war || s.decoded.size === 0) return;
  const seas = [...s.decoded.entries()]
    .filter(([id, d]) => d.power > 0 && s.world.areas.get(id)?.kind === 'sea')
    .sort((a, b) => b[1].power - a[1].power || (a[0] < b[0] ? -1 : 1));
  for (const [sea, d] of seas) {
    // What will be there: the fleet ordered in and what already stands there (not counted twice).
    const coming = new Set(d.forces);
    const already = s.state.forces
      .filter((f) => f.side === s.enemy && f.status === 'active' && f.location === sea && !coming.has(f.id))
      .reduce((n, f) => n + navalPower(f), 0);
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
    const total = able.reduce((n, f) => n + navalPower(f), 0);
    if (total * 100 < enemyPower * SUPERIORITY) continue;
    const forces: string[] = [];
    let power = 0;
    // Ships already there all stay (the ambush); others sail in until the odds are met.
    for (const f of able.filter((x) => x.location === sea)) {
      book.busy.add(f.id);
      forces.push(f.id);
      power += navalPower(f);
    }
    for (const f of able) {
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
    });
  }
}
