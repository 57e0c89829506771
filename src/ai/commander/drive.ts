/**
 * The campaign drive (hard, issue 13): an objective that matters is taken when the force for it is
 * assembled, instead of waiting for one that already meets the odds with the armies where they
 * happen to stand. For the Allies the objective is an airfield within bombing range of Japan's
 * capital (the B-29s' bases: the Marianas, Iwo Jima, Okinawa — B13, USSBS-END) — the one the
 * side's armies can take soonest, i.e. that asks the least strength at the level's odds. The armies
 * it needs that may leave their areas are held for it and sail to the side's port nearest to it
 * (the staging area: Eniwetok for Saipan); the transports come to them (support-operations.ts
 * `ferryTransports`); once the landing meets the odds it goes in, with its escorts, bombardment
 * and air cover (land-operations.ts `invade`). Without it hard's Allies on the Road to Tokyo were
 * thrown back from the Marianas in the first turn and launched no landing for seven months: no
 * objective in reach met the odds with the armies left where they were (docs/AI.md, eighth and
 * ninth sessions).
 */
import { type ForceState, type Order, strengthOf } from '../../engine/index';
import { checkOrder } from '../../engine/orders';
import { openDistance } from '../../engine/world';
import { addOperation, type Book, tryOrder } from './book';
import { counted, supportFire } from './fire-support';
import {
  canLeave,
  invade,
  invasionNeed,
  isSeaControlRefusal,
  landingFire,
  mayLeave,
  needAgainst,
  withinRange,
  worthTheRisk,
} from './land-operations';
import { areaWorth, isHomeAirfield, type Objective, objectivesToTake } from './objectives';
import type { Situation } from './situation';

/** An army of the side with troops, not tasked this turn, ashore in an area the side holds: one that may be sent. */
function freeArmyAshore(s: Situation, book: Book, f: ForceState): boolean {
  return (
    f.side === s.side &&
    f.status === 'active' &&
    f.type === 'army' &&
    f.troops > 0 &&
    !book.busy.has(f.id) &&
    s.world.areas.get(f.location)?.kind !== 'sea' &&
    s.holder(f.location) === s.side
  );
}

/** The drive's objective: the enemy's airfield within bombing range of its capital that asks the least strength, if the side's armies together can bring it. */
export function driveObjective(s: Situation, odds: number): (Objective & { need: number }) | null {
  const armies = s.state.forces.filter(
    (f) => f.side === s.side && f.status === 'active' && f.type === 'army' && f.troops > 0,
  );
  const total = armies.filter((f) => mayLeave(s, f)).reduce((n, f) => n + landingFire(s, f), 0);
  let best: (Objective & { need: number }) | null = null;
  for (const obj of objectivesToTake(s)) {
    const a = s.world.areas.get(obj.area);
    if (!a || !isHomeAirfield(s.world, s.enemy, a)) continue;
    const need = invasionNeed(s, obj, odds);
    if (need > total) continue;
    // The least strength first; between equals the most worth (objectivesToTake's order).
    if (!best || need < best.need) best = { ...obj, need };
  }
  return best;
}

/** The side's port nearest to `target` (the staging area), not the target itself. */
function stagingPort(s: Situation, target: string): string | null {
  let best: { id: string; d: number } | null = null;
  for (const a of s.world.scenario.areas) {
    if (!a.port || a.kind === 'sea' || a.id === target || s.holder(a.id) !== s.side) continue;
    const d = openDistance(s.world, a.id, target, 1_000_000);
    if (d === null) continue;
    if (!best || d < best.d || (d === best.d && a.id < best.id)) best = { id: a.id, d };
  }
  return best?.id ?? null;
}

const byFireDesc = (s: Situation) => (a: ForceState, b: ForceState) =>
  landingFire(s, b) - landingFire(s, a) || (a.id < b.id ? -1 : 1);

/**
 * Takes the drive's objective if the landing meets `odds` now (one of the turn's invasions), else
 * gathers the armies it needs at the staging port: those that could land on it now stay where they
 * are, held for it; the others sail to the staging port. Returns the objective's area (the
 * transports are sent to it), or null when there is no drive this turn.
 */
export function campaignDrive(book: Book, s: Situation, odds: number, mayLaunch: boolean): string | null {
  if (!s.war) return null;
  const obj = driveObjective(s, odds);
  if (!obj) return null;
  if (
    mayLaunch &&
    invade(book, s, { odds, max: 1, only: { area: obj.area, reason: 'bomber-bases' } }).length > 0
  )
    return obj.area;
  return gather(book, s, obj, 'bomber-bases', (f) => mayLeave(s, f)) ? obj.area : null;
}

/**
 * Gathers the armies `obj` needs (`obj.need` of landing fire) at the side's port nearest to it:
 * those that could land on it now stay where they are, held for it; the others sail to the staging
 * port (`mayGo`: those that may leave where they are). Whether any army was held or sent.
 */
function gather(
  book: Book,
  s: Situation,
  obj: Objective & { need: number },
  reason: Objective['reason'],
  mayGo: (f: ForceState) => boolean,
  /** Tenths of bombardment and air support the landing will have (counted as the battle counts it). */
  support = 0,
): boolean {
  const staging = stagingPort(s, obj.area);
  if (!staging) return false;
  const armies = s.state.forces.filter((f) => freeArmyAshore(s, book, f) && mayGo(f)).sort(byFireDesc(s));
  const held: string[] = [];
  let fire = 0;
  let readyFire = 0;
  let ready = 0;
  for (const army of armies) {
    if (fire + counted(s, support, fire) >= obj.need) break;
    const verdict = checkOrder(
      s.world,
      s.state,
      s.side,
      { type: 'move', force: army.id, to: obj.area },
      book.orders,
    );
    // Ready: it could land now, or once warships sail ahead for the landing (invade's cover).
    const landing = { ok: verdict.ok || isSeaControlRefusal(verdict) };
    if (landing.ok || army.location === staging) book.busy.add(army.id);
    else if (!tryOrder(book, { type: 'move', force: army.id, to: staging }).ok) continue;
    held.push(army.id);
    fire += landingFire(s, army);
    if (landing.ok) {
      ready += 1;
      readyFire += landingFire(s, army);
    }
  }
  if (held.length === 0) return false;
  addOperation(
    book,
    'reinforce',
    reason,
    held,
    obj.area,
    {
      armies: held.length,
      ready,
      strength: readyFire + counted(s, support, readyFire),
      need: obj.need,
      drive: 1,
    },
    staging,
  );
  return true;
}

/**
 * The other side of the drive (hard, issue 13): the side whose capital the enemy drives for holds its
 * airfields within the enemy's bombing range of its capital that the enemy can reach — the
 * Marianas, Iwo Jima, Okinawa, Formosa, Luzon (B13, USSBS-END: each lost brought the B-29s or the
 * invasion closer) — instead of scattering its armies over every area in reach. The armies there
 * stay (no other operation takes them: on the Road to Tokyo the 14th Area Army left Luzon, a goal
 * of the scenario, to guard Mindanao, worth a third as much), and armies that may leave areas
 * that are neither such an airfield nor an objective of the scenario's goals are sent to the most
 * worth first, until the garrison matches what the enemy can bring there this turn. The air cover
 * is reinforceObjectiveAir's (support-operations.ts), the fleet's the plan's and seekBattle's.
 * Only where a bombing or threat range is in the rules (the Road to Tokyo, the grand campaign).
 */
export function holdHomeAirfields(book: Book, s: Situation): void {
  if (!s.war || !s.guardsHomeAirfields) return;
  const goals = s.world.scenario.meta.goals?.objectives ?? [];
  const fields = s.world.scenario.areas
    .filter(
      (a) =>
        s.holder(a.id) === s.side &&
        isHomeAirfield(s.world, s.side, a) &&
        ((s.enemyReach.get(a.id) ?? 0) > 0 || goals.includes(a.id)),
    )
    .map((a) => ({ a, worth: areaWorth(s, a), threat: s.enemyReach.get(a.id) ?? 0 }))
    .sort((x, y) => y.worth - x.worth || (x.a.id < y.a.id ? -1 : 1));
  if (fields.length === 0) return;
  const guarded = new Set(fields.map((f) => f.a.id));
  const leaving = new Map<string, number>();
  for (const { a, threat } of fields) {
    // The armies there stay, the strongest first, until they match the threat (one, at least, on a
    // goal's objective the enemy cannot reach yet): the others remain free for other operations.
    const here = s.state.forces
      .filter(
        (f) =>
          f.side === s.side &&
          f.status === 'active' &&
          f.type === 'army' &&
          f.troops > 0 &&
          f.location === a.id &&
          !book.busy.has(f.id),
      )
      .sort((x, y) => strengthOf(y) - strengthOf(x) || (x.id < y.id ? -1 : 1));
    const garrison: ForceState[] = [];
    let held = 0;
    for (const f of here) {
      if (garrison.length > 0 && held >= threat) break;
      garrison.push(f);
      book.busy.add(f.id);
      held += strengthOf(f);
    }
    let troops = s.troops[s.side].get(a.id) ?? 0;
    const sent: string[] = [];
    const donors = s.state.forces
      .filter(
        (f) =>
          freeArmyAshore(s, book, f) &&
          !guarded.has(f.location) &&
          !goals.includes(f.location) &&
          withinRange(s, f.location, a.id),
      )
      .sort((x, y) => strengthOf(y) - strengthOf(x) || (x.id < y.id ? -1 : 1));
    // Armies are sent only where, together with those there, they match the threat (the moves are
    // tried first and written down only then): on the grand campaign the Chinese armies (a million
    // men) can reach Central China, and hard's Japan sent the 14th, 16th and 25th Armies there in
    // October 1941 instead of to Malaya and the Indies.
    const moves: { order: Order; army: ForceState }[] = [];
    const trying = new Map(leaving);
    let reached = troops;
    for (const army of threat > 0 ? donors : []) {
      if (reached >= threat) break;
      if (!canLeave(s, army, trying)) continue;
      const order: Order = { type: 'move', force: army.id, to: a.id };
      if (!checkOrder(s.world, s.state, s.side, order, [...book.orders, ...moves.map((m) => m.order)]).ok)
        continue;
      moves.push({ order, army });
      reached += strengthOf(army);
      trying.set(army.location, (trying.get(army.location) ?? 0) + strengthOf(army));
    }
    for (const { order, army } of reached >= threat ? moves : []) {
      if (!tryOrder(book, order).ok) continue;
      sent.push(army.id);
      troops += strengthOf(army);
      leaving.set(army.location, (leaving.get(army.location) ?? 0) + strengthOf(army));
    }
    if (garrison.length + sent.length === 0) continue;
    addOperation(book, 'hold', 'bomber-bases', [...garrison.map((f) => f.id), ...sent], a.id, {
      holdDrive: 1,
      sent: sent.length,
      troops,
      threat,
    });
  }
}

/**
 * The drive for a goal of the scenario (normal and hard, `goalDrive`; midway24): on a turn that
 * launched no landing, the goal's objective (`meta.goals.objectives`, the areas the verdict counts)
 * worth the most that the side's free armies together can take once it is softened up — the
 * holder's air groups within reach struck (the carriers and warships that cover the front sail into
 * the sea next to it and fight them: naval-operations.ts `coverFront`) and, where its side gives up
 * when cut off and beaten, its sea lanes cut (the landing then asks `cutOffOdds`,
 * land-operations.ts `landingOdds`) — and gathers the armies for it at the nearest port, as the
 * campaign drive does. The Midway Occupation Force was brought to Saipan and sailed by way of Wake
 * while the Kidō Butai struck the atoll's air group (B9). Without it the normal commander's Japan
 * launched nothing once the plan's landing day had passed: its landing force stayed where it was
 * and no objective ever met the odds with the armies where they stood (docs/CALIBRATION.md,
 * midway24). Each goal in turn, the most worth first, with the armies left free by the one before.
 * Returns the objectives' areas, the most worth first.
 */
export function goalDrive(book: Book, s: Situation, odds: number, cutOffOdds: number): string[] {
  if (!s.war) return [];
  const goals = s.world.scenario.meta.goals?.objectives ?? [];
  if (goals.length === 0) return [];
  const surrenders = s.world.scenario.rules.combat.cutOffSurrenderPercent?.[s.enemy] !== undefined;
  const softened = surrenders ? Math.min(odds, cutOffOdds) : odds;
  const gathering: string[] = [];
  // The warships free to sail will fire for the landing (fire-support.ts): as much as the battle
  // counts beside the troops.
  const support = s.state.forces
    .filter((f) => f.side === s.side && f.status === 'active' && f.type === 'ship' && !book.busy.has(f.id))
    .reduce((n, f) => n + supportFire(s, f), 0);
  for (const obj of objectivesToTake(s)) {
    if (!goals.includes(obj.area)) continue;
    // As for a landing (land-operations.ts `invade`): an army may leave an area the enemy could
    // reach, or the last garrison of an island, for a goal worth far more (`worthTheRisk`).
    const mayGo = (f: ForceState) => mayLeave(s, f) || worthTheRisk(s, f.location, obj);
    const troops = s.state.forces
      .filter((f) => freeArmyAshore(s, book, f) && mayGo(f))
      .reduce((n, f) => n + landingFire(s, f), 0);
    const need = needAgainst(s, obj, 0, softened);
    if (need > troops + counted(s, support, troops)) continue;
    if (gather(book, s, { ...obj, need }, obj.reason, mayGo, support)) gathering.push(obj.area);
  }
  return gathering;
}
