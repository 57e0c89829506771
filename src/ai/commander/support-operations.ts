/**
 * Operations that prepare the next ones: strategic bombers to the airfield
 * nearest the enemy's capital (the B-29s to the Marianas), and transports to
 * the port where the armies for the next invasion wait without lift.
 */
import { airBaseThreat, type ForceState, strengthOf } from '../../engine/index';
import { seaLift } from '../../engine/orders';
import { airDistance, openDistance, seaDistance } from '../../engine/world';
import { airOrders } from '../air-orders';
import type { OperationKind, OperationReason } from '../intent';
import { addOperation, type Book, tryOrder, wouldBeLegal } from './book';
import { counted, defenceSupport, supportFire } from './fire-support';
import { mayLeave, worthTheRisk } from './land-operations';
import { areaWorth, isHomeAirfield, objectivesToTake } from './objectives';
import type { Situation } from './situation';

const FAR = 1_000_000;

/**
 * Close air support for a battle on the side's own ground: the land-based air groups fly to the
 * contested area of the side's where its troops stand the best chance (own troops against the
 * enemy's, by experience), the most worth first on a tie — the battle rules count the aircraft in
 * the area (battles.ts: supportAircraftPerPoint). Only where the area has an airfield; groups
 * already busy (covering a landing) stay on their task. The Allies' way to make Bataan last.
 */
export function supportBattles(book: Book, s: Situation): void {
  if (!s.war) return;
  const contested = s.world.scenario.areas
    .filter(
      (a) =>
        a.kind !== 'sea' &&
        a.airfield &&
        s.holder(a.id) === s.side &&
        (s.ground[s.side].get(a.id) ?? 0) > 0 &&
        (s.ground[s.enemy].get(a.id) ?? 0) > 0,
    )
    .map((a) => ({
      id: a.id,
      ratio: Math.floor(((s.ground[s.side].get(a.id) ?? 0) * 100) / (s.ground[s.enemy].get(a.id) ?? 1)),
      worth: areaWorth(s, a),
    }))
    .sort((a, b) => b.ratio - a.ratio || b.worth - a.worth || (a.id < b.id ? -1 : 1));
  const target = contested[0];
  if (!target) return;
  const sent: string[] = [];
  const there: string[] = [];
  const spare = spareAir(book, s);
  // Fly in only what the battle counts (supportMaxPercent of the troops' fire, fire-support.ts
  // `counted`), nearest first: in April 1942 the commander flew 930 aircraft from Hawaii, Midway,
  // Alaska, India and Australia to a Luzon whose 36 (thousand) men's battle counted about 50 of them
  // (cmdr31b, play31 §5.2).
  const troops = s.ground[s.side].get(target.id) ?? 0;
  let air = 0;
  // The enemy's air that can strike the battle's area this turn (engine/air-danger.ts
  // `airBaseThreat`, the reading `spareAir` weighs each base by): a group flown in against more
  // aircraft than the side would have there is lost without helping (play31's branch, April 1942:
  // the one group of 200 sent to Luzon was destroyed that turn by the 1,023 Japanese aircraft in
  // reach; cmdr32).
  const threat = airBaseThreat(s.world, s.state, s.side, target.id);
  let aircraft = 0;
  const held: string[] = [];
  /** The most aircraft the side would have had at the battle with one of the held groups. */
  let heldOurs = 0;
  const groups = tacticalAir(book, s)
    .map((g) => ({
      g,
      d: g.location === target.id ? -1 : (airDistance(s.world, g.location, target.id, FAR) ?? FAR),
    }))
    .sort((x, y) => x.d - y.d || (x.g.id < y.g.id ? -1 : 1))
    .map((x) => x.g);
  for (const g of groups) {
    if (g.location === target.id) {
      air += supportFire(s, g);
      aircraft += g.aircraft;
      // Already there: where the scenario has air missions it defends the area (its one order this
      // turn, so the air missions below give it no second task — ABDA's air at Luzon was both
      // "supporting the battle" and striking the South China Sea in one turn).
      if (s.world.scenario.rules.air?.missionRange)
        tryOrder(book, { type: 'air', force: g.id, mission: 'defend', target: target.id });
      book.busy.add(g.id);
      there.push(g.id);
      continue;
    }
    // A base the enemy can strike keeps its defence (`spareAir`); what the battle no longer counts stays.
    if (!spare.has(g.id)) continue;
    const fire = supportFire(s, g);
    if (counted(s, air + fire, troops) <= counted(s, air, troops)) continue;
    // Only where the side's aircraft there, with this group, match the enemy's that can strike the
    // area: more groups than the battle counts would match more, but that is the pile-up above.
    if (aircraft + g.aircraft < threat) {
      // Held back only if it could have flown there this turn: the intent names no group that could not.
      if (!wouldBeLegal(book, { type: 'move', force: g.id, to: target.id }).ok) continue;
      held.push(g.id);
      heldOurs = Math.max(heldOurs, aircraft + g.aircraft);
      continue;
    }
    if (tryOrder(book, { type: 'move', force: g.id, to: target.id }).ok) {
      sent.push(g.id);
      air += fire;
      aircraft += g.aircraft;
    }
  }
  const numbers = {
    troops: s.ground[s.side].get(target.id) ?? 0,
    enemyTroops: s.ground[s.enemy].get(target.id) ?? 0,
  };
  // The groups already there hold it, the others move there: one "reinforce" for both read
  // "Move ABDA fighters … to Luzon" four months running for groups that had been at Luzon since
  // the first (play24).
  if (sent.length > 0) addOperation(book, 'reinforce', 'enemy-within-reach', sent, target.id, numbers);
  if (there.length > 0) addOperation(book, 'defend', 'enemy-within-reach', there, target.id, numbers);
  // The groups the battle would have counted, kept at their bases (where `airMissions` tasks them):
  // the intent says why they do not fly to it.
  if (held.length > 0)
    addOperation(book, 'hold', 'air-danger', held, target.id, { threat, aircraft: heldOurs });
}

/** The side's land-based air groups free this turn, strategic bombers aside (they have their own task, `bombers`). */
function tacticalAir(book: Book, s: Situation) {
  return s.state.forces.filter(
    (g): g is Extract<ForceState, { type: 'air' }> =>
      g.side === s.side &&
      g.status === 'active' &&
      g.type === 'air' &&
      g.role !== 'strategic-bomber' &&
      !book.busy.has(g.id),
  );
}

export function bombers(book: Book, s: Situation): void {
  if (!s.war) return;
  const capital = s.world.scenario.sides[s.enemy].capital;
  const fields = s.world.scenario.areas
    .filter((a) => a.airfield && a.kind !== 'sea' && s.holder(a.id) === s.side)
    .map((a) => ({ id: a.id, d: airDistance(s.world, a.id, capital, FAR) ?? FAR }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1));
  for (const g of s.state.forces) {
    if (g.side !== s.side || g.status !== 'active' || g.type !== 'air' || g.role !== 'strategic-bomber')
      continue;
    if (book.busy.has(g.id)) continue;
    const here = airDistance(s.world, g.location, capital, FAR) ?? FAR;
    for (const f of fields) {
      if (f.d >= here) break;
      if (tryOrder(book, { type: 'move', force: g.id, to: f.id }).ok) {
        addOperation(book, 'air-strike', 'will', [g.id], capital, { distance: f.d, aircraft: g.aircraft });
        break;
      }
    }
    book.busy.add(g.id);
  }
}

/**
 * Free transports sail to the own port nearest the best objective where
 * armies that may sail for it stand without enough lift to embark. An army
 * may sail when its area can spare it (`mayLeave`) or the objective is worth
 * the risk (`worthTheRisk`: the 23rd Army in South China for Singapore), and
 * when the side's transports together can carry it; transports stay with an
 * army that may sail, not with a garrison that stays (`keepsGarrison`) nor
 * with an army too large to embark (the home armies' 400,000 men): on the
 * grand campaign the transports that carried the 16th Army to Java lay there
 * with it, and the 23rd Army never had a ship.
 */
export function ferryTransports(book: Book, s: Situation): void {
  if (!s.war) return;
  // The campaign drive's objective first: the transports come to the armies gathered for it; then
  // the scenario's goals (the US West Coast, worth more to Japan for its value, drew the transports
  // away to Korea and Palau while Singapore waited for an army).
  const objectives = objectivesToTake(s);
  const goals = s.world.scenario.meta.goals?.objectives ?? [];
  const target =
    objectives.find((o) => o.area === s.drive) ??
    objectives.find((o) => goals.includes(o.area)) ??
    objectives[0];
  if (!target) return;
  const transports = s.state.forces.filter(
    (t) => t.side === s.side && t.status === 'active' && t.type === 'flotilla' && t.class === 'transport',
  );
  const capacity =
    transports.reduce((n, t) => n + strengthOf(t), 0) * s.world.scenario.rules.troopsPerTransport;
  const maySail = (f: ForceState) =>
    f.side === s.side &&
    f.status === 'active' &&
    f.type === 'army' &&
    f.troops > 0 &&
    f.troops <= capacity &&
    (mayLeave(s, f) || worthTheRisk(s, f.location, target));
  const withArmies = new Set(s.state.forces.filter(maySail).map((f) => f.location));
  const range = s.world.scenario.rules.rangePerTurn.ship * 3;
  const ports = s.world.scenario.areas
    .filter((a) => a.port && a.kind !== 'sea' && s.holder(a.id) === s.side)
    .map((a) => ({ id: a.id, d: seaDistance(s.world, a.id, target.area, range) ?? FAR }))
    .filter((p) => p.d < FAR)
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1));
  // An army ordered elsewhere this turn does not wait; one that only holds its area (a `defend`
  // garrison, the 23rd Army in South China) may sail once the ships come.
  const moving = new Set(book.orders.flatMap((o) => (o.type === 'move' ? [o.force] : [])));
  for (const port of ports) {
    const waiting = s.state.forces.filter(
      (f) =>
        f.location === port.id &&
        !moving.has(f.id) &&
        maySail(f) &&
        !seaLift(s.world, s.state, f, book.orders).ok,
    );
    if (waiting.length === 0) continue;
    const sent: string[] = [];
    let ships = 0;
    const need = Math.ceil(
      waiting.reduce((n, f) => n + strengthOf(f), 0) / s.world.scenario.rules.troopsPerTransport,
    );
    for (const t of transports) {
      if (ships >= need) break;
      if (book.busy.has(t.id) || t.location === port.id) continue;
      if (withArmies.has(t.location)) continue; // transports with armies that may sail stay for them
      if (!tryOrder(book, { type: 'move', force: t.id, to: port.id }).ok) continue;
      sent.push(t.id);
      ships += strengthOf(t);
    }
    if (sent.length > 0)
      addOperation(book, 'reinforce', target.reason, sent, port.id, {
        transports: ships,
        transportsNeeded: need,
      });
    return;
  }
}

/**
 * Tactical air groups with nothing else to do: to the own airfield nearest
 * the best objective when that brings them closer; groups already based
 * within reach of enemy land or ships fight there (the battle rules send
 * them in), and are listed as such.
 */
export function forwardAir(book: Book, s: Situation): void {
  if (!s.war) return;
  const reach = s.world.scenario.rules.landAirReach;
  const target = objectivesToTake(s)[0]?.area;
  const enemyNear = (base: string) =>
    s.world.scenario.areas.some(
      (a) =>
        (s.holder(a.id) === s.enemy || (s.fleet[s.enemy].get(a.id) ?? 0) > 0) &&
        airDistance(s.world, base, a.id, reach) !== null,
    );
  // Forward bases are fields the enemy's armies cannot reach this turn (cmdr29): the groups with
  // nothing to do gather where they can stay, not on a field about to be fought for. Flying them into
  // one, the Allied commander sent the air of Hawaii, Wake, Alaska and the West Coast to Luzon in the
  // autumn of 1941 and lost it there with the island (play24 §3, close23). Holding a threatened field
  // is weighed elsewhere, against the threat: its own groups stay (above), the battles on the side's
  // ground draw support (supportBattles), hard flies air in to the goals' objectives
  // (reinforceObjectiveAir).
  const fields = s.world.scenario.areas
    .filter(
      (a) =>
        a.airfield &&
        a.kind !== 'sea' &&
        s.holder(a.id) === s.side &&
        (s.enemyReach.get(a.id) ?? 0) === 0 &&
        // Nor a field the enemy's troops fight for already: a battle draws only the air it counts
        // (supportBattles), the rest is not flown into it as to a quiet base (cmdr31b).
        (s.ground[s.enemy].get(a.id) ?? 0) === 0,
    )
    .map((a) => ({ id: a.id, d: target ? (airDistance(s.world, a.id, target, FAR) ?? FAR) : FAR }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1));
  // The airfields moved to, each with its groups: the intent names the base, not the objective beyond it.
  const moved = new Map<string, string[]>();
  const onStation: string[] = [];
  const spare = spareAir(book, s);
  for (const g of tacticalAir(book, s)) {
    // A group at a base of its side the enemy can reach stays to defend it (ABDA's air on Java):
    // moving it forward would leave the area it must hold open to the enemy's air; so does the
    // defence of a base the enemy's air or carriers can strike, or of an objective (`spareAir`).
    if (s.holder(g.location) === s.side && ((s.enemyReach.get(g.location) ?? 0) > 0 || !spare.has(g.id))) {
      // Without the rules of air missions it is on station there; with them airMissions tasks it.
      if (!s.world.scenario.rules.air) {
        book.busy.add(g.id);
        onStation.push(g.id);
      }
      continue;
    }
    const here = target ? (airDistance(s.world, g.location, target, FAR) ?? FAR) : FAR;
    let sent = false;
    for (const f of fields) {
      if (f.d >= here) break;
      // One group a field a turn, the nearest free field first: the spare air spreads over the
      // forward fields rather than crowd into one (cmdr31b: seven groups, 930 aircraft, to Luzon).
      if (moved.has(f.id)) continue;
      if (tryOrder(book, { type: 'move', force: g.id, to: f.id }).ok) {
        moved.set(f.id, [...(moved.get(f.id) ?? []), g.id]);
        sent = true;
        break;
      }
    }
    if (
      !sent &&
      !s.world.scenario.rules.air &&
      (enemyNear(g.location) || (target && airDistance(s.world, g.location, target, reach) !== null))
    ) {
      book.busy.add(g.id);
      onStation.push(g.id);
    }
  }
  for (const [field, groups] of moved) addOperation(book, 'reinforce', 'air-base', groups, field);
  if (onStation.length > 0) addOperation(book, 'air-strike', 'enemy-within-reach', onStation);
}

/**
 * The side's free air groups (not strategic bombers) that may leave their bases this turn. A base of
 * the side keeps a defence when the enemy's land-based air or carriers can strike it (engine/
 * air-danger.ts `airBaseThreat`: as many aircraft as the enemy can bring), and one group at least
 * when the enemy's armies can reach it (`enemyReach`) or it is an objective of the scenario's goals:
 * its groups stay there, the largest first, until they match the threat. The others are spare.
 */
export function spareAir(book: Book, s: Situation): Set<string> {
  const goals = new Set(s.world.scenario.meta.goals?.objectives ?? []);
  const byBase = new Map<string, ReturnType<typeof tacticalAir>>();
  for (const g of tacticalAir(book, s)) byBase.set(g.location, [...(byBase.get(g.location) ?? []), g]);
  const spare = new Set<string>();
  for (const [base, groups] of byBase) {
    const own = s.holder(base) === s.side;
    const armies = own && (s.enemyReach.get(base) ?? 0) > 0;
    const guarded = armies || goals.has(base);
    const need = own ? Math.max(airBaseThreat(s.world, s.state, s.side, base), guarded ? 1 : 0) : 0;
    let kept = 0;
    const largest = [...groups].sort((a, b) => b.aircraft - a.aircraft || (a.id < b.id ? -1 : 1));
    for (const g of largest) {
      if (kept < need) kept += g.aircraft;
      else spare.add(g.id);
    }
  }
  return spare;
}

/**
 * Missions for the land-based air groups that stay at their airfields, where
 * the scenario has the rules of air missions (`rules.air`): the historical
 * bot's rule (air-orders.ts) — cover this turn's landings, strike an enemy
 * fleet or air base it can match, patrol an enemy lane, or defend the base.
 * Without `airWar` (easy) groups only cover landings and defend their bases.
 * A cover mission joins the invasion it covers; the others are operations of
 * their own, one per mission and target, with the aircraft they send.
 */
export function airMissions(book: Book, s: Situation, airWar: boolean): void {
  // Without the air war (easy) a strike or patrol becomes the defence of the group's base.
  const given = airOrders(s.world, s.state, s.side, book.orders).map((o) => {
    if (airWar || o.type !== 'air' || o.mission === 'cover' || o.mission === 'defend') return o;
    const base = s.state.forces.find((f) => f.id === o.force)?.location ?? o.target;
    return { ...o, mission: 'defend' as const, target: base };
  });
  const planes = (id: string) => {
    const f = s.state.forces.find((x) => x.id === id);
    return f?.type === 'air' ? f.aircraft : 0;
  };
  const groups = new Map<
    string,
    { kind: OperationKind; reason: OperationReason; target?: string; ids: string[] }
  >();
  for (const o of given) {
    // A group already tasked this turn (a battle it supports, an objective it flies to) keeps that task.
    if (o.type !== 'air' || book.busy.has(o.force) || !tryOrder(book, o).ok) continue;
    book.busy.add(o.force);
    const invasion =
      o.mission === 'cover'
        ? book.operations.find((op) => op.kind === 'invade' && op.target === o.target)
        : undefined;
    if (invasion) {
      invasion.forces.push(o.force);
      invasion.numbers = {
        ...invasion.numbers,
        aircraft: (invasion.numbers?.aircraft ?? 0) + planes(o.force),
      };
      continue;
    }
    const atSea = s.world.areas.get(o.target)?.kind === 'sea';
    const [kind, reason]: [OperationKind, OperationReason] =
      o.mission === 'patrol'
        ? ['patrol', 'cut-lane']
        : o.mission === 'defend'
          ? ['defend', 'home-defence']
          : ['air-strike', atSea ? 'destroy-fleet' : 'enemy-within-reach'];
    // Groups guarding their own bases are one operation (no target): many bases, one idea.
    const key = o.mission === 'defend' ? 'defend' : `${o.mission}/${o.target}`;
    const g = groups.get(key) ?? {
      kind,
      reason,
      ...(o.mission === 'defend' ? {} : { target: o.target }),
      ids: [],
    };
    g.ids.push(o.force);
    groups.set(key, g);
  }
  for (const g of groups.values())
    addOperation(book, g.kind, g.reason, g.ids, g.target, {
      aircraft: g.ids.reduce((n, id) => n + planes(id), 0),
    });
}

/**
 * Air groups fly in to an objective area of the scenario's goals that the enemy can reach (or a
 * decrypt names), where the garrison and the air already there are short of what the enemy can
 * bring: the battle rules count the aircraft at the area in its defence (battles.ts,
 * supportAircraftPerPoint), and an invader weighs them (fire-support.ts) before it lands. Midway's
 * air group was reinforced from Hawaii to 127 aircraft in the weeks before the battle (B9); hard
 * does it for every threatened goal area, from bases the enemy cannot reach, nearest first.
 */
export function reinforceObjectiveAir(book: Book, s: Situation): void {
  if (!s.war) return;
  const combat = s.world.scenario.rules.combat;
  // With the goal's objectives, at hard the airfields within the enemy's bombing range of the capital
  // (the other side of the campaign drive, drive.ts holdHomeAirfields): their air cover is theirs.
  const objectives = [
    ...(s.world.scenario.meta.goals?.objectives ?? []),
    ...(s.guardsHomeAirfields
      ? s.world.scenario.areas
          .filter(
            (a) =>
              !s.world.scenario.meta.goals?.objectives?.includes(a.id) && isHomeAirfield(s.world, s.side, a),
          )
          .map((a) => a.id)
      : []),
  ];
  const threatened = objectives
    .map((id) => s.world.areas.get(id))
    .filter((a): a is NonNullable<typeof a> => !!a && !!a.airfield && s.holder(a.id) === s.side)
    .map((a) => ({
      a,
      threat: Math.max(s.enemyReach.get(a.id) ?? 0, s.decoded.get(a.id)?.troops ?? 0),
    }))
    .filter((x) => x.threat > 0)
    .sort((x, y) => areaWorth(s, y.a) - areaWorth(s, x.a) || (x.a.id < y.a.id ? -1 : 1));
  const goals = s.world.scenario.meta.goals?.objectives ?? [];
  const stay = new Set([...goals, ...threatened.map((x) => x.a.id)]);
  for (const { a, threat } of threatened) {
    // Tenths of fire, as the battle rules count them: the garrison and the air groups there, with
    // the holder's bonus, against the troops that can land (less the landing's penalty) and the
    // guns and aircraft of the enemy's warships and carriers that can reach the seas off the beach.
    // Support counts as the battle counts it beside each side's troops (fire-support.ts `counted`):
    // where the garrison's fire already carries all the air it can, more aircraft add nothing.
    const bonus = 100 + combat.defenderBonusPercent;
    const garrison = s.ground[s.side].get(a.id) ?? 0;
    let air = defenceSupport(s, s.side, a.id);
    let defence = Math.floor(((garrison + counted(s, air, garrison)) * bonus) / 100);
    const landing = Math.floor((threat * (100 - combat.amphibiousPenaltyPercent)) / 100);
    const wanted = landing + counted(s, enemyFireNear(s, a.id), landing);
    if (defence >= wanted) continue;
    const groups = tacticalAir(book, s)
      .filter(
        (g) => g.location !== a.id && !stay.has(g.location) && (s.enemyReach.get(g.location) ?? 0) === 0,
      )
      .map((g) => ({ g, d: airDistance(s.world, g.location, a.id, FAR) ?? FAR }))
      .sort((x, y) => x.d - y.d || (x.g.id < y.g.id ? -1 : 1));
    const sent: string[] = [];
    for (const { g } of groups) {
      if (defence >= wanted) break;
      const fire = supportFire(s, g);
      const more = counted(s, air + fire, garrison) - counted(s, air, garrison);
      if (fire > 0 && more === 0) continue;
      if (!tryOrder(book, { type: 'move', force: g.id, to: a.id }).ok) continue;
      sent.push(g.id);
      air += fire;
      defence += Math.floor((more * bonus) / 100);
    }
    if (sent.length > 0) addOperation(book, 'reinforce', 'objective', sent, a.id, { threat, defence });
  }
}

/** The bombardment and air support the enemy's warships and carriers could bring to `area` this turn. */
function enemyFireNear(s: Situation, area: string): number {
  const range = s.world.scenario.rules.rangePerTurn.ship;
  let tenths = 0;
  for (const f of s.state.forces) {
    if (f.side !== s.enemy || f.status !== 'active' || f.type !== 'ship') continue;
    if (openDistance(s.world, f.location, area, range) !== null) tenths += supportFire(s, f);
  }
  return tenths;
}
