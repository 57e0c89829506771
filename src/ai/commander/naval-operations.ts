/**
 * Operations at sea: damaged ships home for repair; fleets kept out of reach
 * of a stronger enemy; battle sought only with clear superiority (a fleet
 * action against an enemy fleet at sea, a carrier raid on an enemy port with
 * warships in it — the port-strike rule decides what it sinks); escorts on
 * the side's own convoy lanes and submarines on the enemy's, the lanes as the
 * shipping rules route the cargoes (sea-routes.ts).
 */

import { inNeedOfTheYard } from '../../engine/combat/yard';
import { isCarrier, isNaval, isSubmarine, strikeAircraft, strikePower } from '../../engine/combat-values';
import {
  atWar,
  type ForceState,
  flagsAfterDueEvents,
  forceById,
  inStrikeReach,
  portAntiAircraft,
  portStrikeTarget,
  strengthOf,
} from '../../engine/index';
import { atWarIn } from '../../engine/orders';
import { portStrikeShare } from '../../engine/phases/port-strike';
import { escortCount } from '../../engine/sea-control';
import { openDistance } from '../../engine/world';
import { moveToward } from '../sea-routes';
import { addOperation, type Book, markBook, tryOrder, undoTo, wouldBeLegal } from './book';
import { carrierAir, carrierBattleOdds, landAirNear, through } from './carrier-battle';
import { clockRunsOut, sailTurns, waitingLoses } from './clock';
import { seasNextTo } from './land-operations';
import { navalPower, type Situation } from './situation';

/** Percent of the enemy's power a fleet must bring to seek battle. */
export const SUPERIORITY = 150;
/** A ship this damaged (percent) goes home for repair. */
const REPAIR_DAMAGE = 40;

const free = (book: Book, s: Situation, pick: (f: ForceState) => boolean) =>
  s.state.forces.filter((f) => f.side === s.side && f.status === 'active' && !book.busy.has(f.id) && pick(f));

const isOwnPort = (s: Situation, id: string) => {
  const a = s.world.areas.get(id);
  return !!a?.port && a.kind !== 'sea' && s.holder(id) === s.side;
};

/**
 * A ship home: to an own port out of the enemy armies' reach that it can
 * reach this turn (in the scenario's order of areas), else a step toward the
 * capital (or the first such port). Where no own port lies out of that reach
 * (the Allies' in 1943 on the grand campaign, seed 1: Japan's armies can reach
 * every one), or the step is refused, to the nearest own port it can reach this
 * turn: a port's guns and repair yard beat the open sea (cmdr31 gave the
 * carriers off a hopeless station this fallback; cmdr32 every caller — a damaged
 * ship or a fleet before a stronger one stayed where it was).
 */
function homeward(book: Book, s: Situation, ship: ForceState): boolean {
  const ports = s.world.scenario.areas
    .filter((a) => isOwnPort(s, a.id) && (s.enemyReach.get(a.id) ?? 0) === 0)
    .map((a) => a.id);
  const capital = s.world.scenario.sides[s.side].capital;
  const goal = ports.includes(capital) ? capital : ports[0];
  for (const p of ports) if (tryOrder(book, { type: 'move', force: ship.id, to: p }).ok) return true;
  if (goal) {
    const step = moveToward(s.world, s.state, s.side, ship.id, ship.location, goal, book.orders);
    if (step && tryOrder(book, step).ok) return true;
  }
  return nearestPort(book, s, ship);
}

/** A ship to the nearest own port it can reach this turn, any port (the last resort of `homeward`). */
function nearestPort(book: Book, s: Situation, ship: ForceState): boolean {
  const range = s.world.scenario.rules.rangePerTurn.ship;
  const ports = s.world.scenario.areas
    .filter((a) => isOwnPort(s, a.id) && a.id !== ship.location)
    .map((a) => ({ id: a.id, d: openDistance(s.world, ship.location, a.id, range) }))
    .filter((p): p is { id: string; d: number } => p.d !== null)
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1));
  for (const p of ports) if (tryOrder(book, { type: 'move', force: ship.id, to: p.id }).ok) return true;
  return false;
}

export function repairDamaged(book: Book, s: Situation): void {
  const inDock: string[] = [];
  for (const ship of free(book, s, (f) => f.type === 'ship' && f.damage >= REPAIR_DAMAGE)) {
    if (isOwnPort(s, ship.location)) {
      book.busy.add(ship.id);
      inDock.push(ship.id);
      continue;
    }
    if (homeward(book, s, ship))
      addOperation(book, 'withdraw', 'repair', [ship.id], undefined, {
        damage: ship.type === 'ship' ? ship.damage : 0,
      });
  }
  if (inDock.length > 0) addOperation(book, 'hold', 'repair', inDock);
}

/**
 * Warships with nothing else to do cover the sea next to the best objective
 * (where the next landing will need them), unless a stronger enemy fleet
 * can reach that sea. With `approach` (a goal the armies gather for, drive.ts
 * `goalDrive`) a ship that cannot reach that sea this turn steams toward it:
 * the farthest step of its sea route it can make this turn (the Kidō Butai
 * by way of the North Pacific, B9); there its carriers strike the holder's air groups
 * and its warships cut the garrison's sea lanes — the softening up before the
 * landing. The approach sails as one force or not at all: the strength it
 * needs is the whole force's, and a force that could not sail whole (a ship
 * refused its move) stays where it is.
 *
 * `lastChanceOdds` (normal and hard, levels.ts; midway25): when waiting loses
 * the game — the goals judged now give the enemy the win (clock.ts) — and the
 * turns left are no more than the force needs to sail, soften the goal up and
 * land, it sails at these odds (even) instead of SUPERIORITY's, and says why.
 * Never below them: a fleet that could only lose is kept.
 */
export function coverFront(
  book: Book,
  s: Situation,
  target: string | undefined,
  approach = false,
  lastChanceOdds = 0,
  /** `readsStations` (levels.ts): a carrier is not kept on a station the port next to it outmatches (cmdr31). */
  readsStations = false,
): void {
  if (!s.war || !target) return;
  const ships = free(book, s, (f) => navalPower(f) > 0 && !(f.type === 'ship' && f.damage >= REPAIR_DAMAGE));
  const bySea = new Map<string, string[]>();
  let power = 0;
  // The softening up needs a force, not the navy: enough to outfight the enemy's fleet within reach
  // of the sea and its air groups next to it (as seekBattle asks), carriers first — their aircraft
  // strike the airfield; the rest stays for the next operation.
  // Where the holder's garrisons give up when cut off, enough to close the sea lane as well
  // (supply.ts: more than `rules.supply.cutPower`), with the same margin.
  const first = approach ? seasNextTo(s, target, ships[0]?.location ?? target)[0] : undefined;
  const cuts =
    s.world.scenario.rules.combat.cutOffSurrenderPercent?.[s.enemy] !== undefined
      ? (s.world.scenario.rules.supply?.cutPower ?? 0)
      : 0;
  // The force waits off the beach for turns: the enemy's fleets that can steam there in a turn (in
  // port too) count, not only those next to it; short of that, none sails.
  const threat = first ? Math.max(cuts, threatInReach(s, first) + landAirNear(s, first, s.enemy)) : 0;
  const wantedAt = (odds: number) =>
    first ? Math.max(1, Math.ceil((threat * odds) / 100)) : Number.POSITIVE_INFINITY;
  const order = approach
    ? (a: ForceState, b: ForceState) =>
        carrierAir(b) - carrierAir(a) || navalPower(b) - navalPower(a) || (a.id < b.id ? -1 : 1)
    : (a: ForceState, b: ForceState) => navalPower(b) - navalPower(a) || (a.id < b.id ? -1 : 1);
  ships.sort(order);
  const have = ships.reduce((n, f) => n + navalPower(f), 0);
  let odds = SUPERIORITY;
  let wanted = wantedAt(odds);
  let lastChance = false;
  if (approach && first && have < wanted && lastChanceOdds > 0 && have >= wantedAt(lastChanceOdds)) {
    // The clock: the turns the force needs — the slowest of the ships that make up its strength to
    // steam next to the goal, then the softening up and the landing (clock.ts).
    let sail = 0;
    let sum = 0;
    for (const f of ships) {
      if (sum >= wantedAt(lastChanceOdds)) break;
      sum += navalPower(f);
      sail = Math.max(sail, sailTurns(s, f.location, first));
    }
    if (clockRunsOut(s, sail) && waitingLoses(s)) {
      odds = lastChanceOdds;
      wanted = wantedAt(odds);
      lastChance = true;
    }
  }
  if (approach && have < wanted) return;
  const mark = markBook(book);
  // And a screen: a warship that escorts (escortCount) for each carrier, at least one — the landing
  // needs escorts in the sea next to the beach (sea-control.ts), and the carriers never sailed
  // without one (the Kidō Butai's Haruna, Kirishima, Tone, Chikuma, Nagara and destroyers, B9).
  let carriers = 0;
  let screen = 0;
  // What a ship is weighed with against the enemy that can strike where it goes: on the approach, the
  // whole force (it sails as one, below); else the ships sent so far and itself. Weighed ship by ship
  // the approach never sailed against a fleet in reach: the first carrier alone was always outgunned
  // (Midway against the US carriers parked at the atoll, notes of play25 §4.1; midway25).
  const weighed = (alone: number) => (approach ? Math.max(alone, wanted) : alone);
  for (const ship of ships) {
    const screens = escortCount(ship) > 0;
    if (power >= wanted && (screen >= Math.max(1, carriers) || !screens)) {
      if (screen >= Math.max(1, carriers)) break;
      continue;
    }
    const sea = seasNextTo(s, target, ship.location)[0];
    if (!sea) return;
    if (threatAt(s, sea) * 100 > weighed(power + navalPower(ship)) * odds) continue;
    // A carrier already in that sea would strike a port next to it each turn it stays there (the
    // port-strike rule): where the port outmatches the carriers there, it is not kept on that station
    // (`leaveHopelessStations` sails it away), save for the last chance, which accepts the odds.
    if (readsStations && !lastChance && isCarrier(ship) && ship.location === sea && hopelessStation(s, sea))
      continue;
    let to = sea;
    if (ship.location !== sea && !tryOrder(book, { type: 'move', force: ship.id, to: sea }).ok) {
      // The farthest step of the sea route toward it that the rules allow this turn (sea-routes.ts).
      const step = approach
        ? moveToward(s.world, s.state, s.side, ship.id, ship.location, sea, book.orders)
        : null;
      if (step?.type !== 'move' || threatAt(s, step.to) * 100 > weighed(navalPower(ship)) * odds) continue;
      if (!tryOrder(book, step).ok) continue;
      to = step.to;
    }
    book.busy.add(ship.id);
    power += navalPower(ship);
    if (isCarrier(ship)) carriers += 1;
    else if (screens) screen += 1;
    bySea.set(to, [...(bySea.get(to) ?? []), ship.id]);
  }
  // Short of the strength it needs (a ship refused its move): the approach does not sail.
  if (approach && power < wanted) {
    undoTo(book, mark);
    return;
  }
  // The last chance is one operation, for the goal: "Sail for Midway: waiting gives the Allies the game…".
  if (lastChance)
    addOperation(book, 'patrol', 'objective', [...bySea.values()].flat(), target, {
      power,
      enemyPower: threat,
      lastChance: 1,
    });
  else
    for (const [sea, ids] of bySea)
      addOperation(book, 'patrol', 'enemy-within-reach', ids, sea, { power, enemyPower: threatAt(s, sea) });
}

/** Enemy naval power that can steam into `sea` this turn: its warships within a turn's range, in port too. */
function threatInReach(s: Situation, sea: string): number {
  const range = s.world.scenario.rules.rangePerTurn.ship;
  let n = 0;
  for (const f of s.state.forces) {
    if (f.side !== s.enemy || f.status !== 'active') continue;
    const p = navalPower(f);
    if (p > 0 && (f.location === sea || openDistance(s.world, f.location, sea, range) !== null)) n += p;
  }
  return n;
}

/** Enemy power that can strike `area` this turn: there and next door. */
export function threatAt(s: Situation, area: string): number {
  let n = s.fleet[s.enemy].get(area) ?? 0;
  for (const nb of s.world.neighbours.get(area) ?? []) n += s.fleet[s.enemy].get(nb.area) ?? 0;
  return n;
}

/**
 * Ships at sea where a stronger enemy can reach them pull back to port. With `readsCarriers`
 * (normal and hard), a battle the enemy's carriers would join is weighed as the battle rules fight it
 * (carrier-battle.ts): the strike aircraft on both sides, not the guns. `stand`: seas where the
 * fleet stands at lower odds (percent) — next to a goal when waiting loses the game (`lastChanceSeas`).
 */
export function avoidSuperiorFleets(
  book: Book,
  s: Situation,
  readsCarriers = false,
  stand: ReadonlyMap<string, number> = new Map(),
): void {
  const seas = new Set(
    free(book, s, (f) => navalPower(f) > 0)
      .map((f) => f.location)
      .filter((id) => s.world.areas.get(id)?.kind === 'sea'),
  );
  for (const sea of [...seas].sort()) {
    let mine = s.fleet[s.side].get(sea) ?? 0;
    let theirs = threatAt(s, sea);
    const air = readsCarriers
      ? carrierBattleOdds(
          s,
          sea,
          s.state.forces.filter((f) => f.side === s.side && f.status === 'active' && f.location === sea),
        )
      : null;
    if (air) {
      mine = air.ours;
      theirs = air.theirs;
    }
    if (theirs * 100 <= mine * (stand.get(sea) ?? SUPERIORITY)) continue;
    const moved: string[] = [];
    for (const ship of free(book, s, (f) => f.location === sea && navalPower(f) > 0))
      if (homeward(book, s, ship)) moved.push(ship.id);
    if (moved.length > 0)
      addOperation(book, 'withdraw', 'avoid-superior-fleet', moved, sea, { power: mine, enemyPower: theirs });
  }
}

/**
 * The seas next to the goals `targets` where a fleet already there stands at `odds` (percent) rather
 * than pull back: waiting loses the game and the turns left are only those the softening up and the
 * landing need (clock.ts; midway25). A fleet that came to soften a goal up does not sail home from
 * it the turn before the landing.
 */
export function lastChanceSeas(s: Situation, targets: readonly string[], odds: number): Map<string, number> {
  const out = new Map<string, number>();
  if (odds <= 0 || targets.length === 0 || !clockRunsOut(s, 0) || !waitingLoses(s)) return out;
  for (const t of targets)
    for (const nb of s.world.neighbours.get(t) ?? [])
      if (s.world.areas.get(nb.area)?.kind === 'sea') out.set(nb.area, odds);
  return out;
}

/**
 * Battle where the fleet is clearly stronger: against the largest enemy
 * concentration it can reach, at sea (fleet action) or in port (a carrier
 * raid from the sea next to the port, within the port-strike reach). With
 * `readsCarriers` (normal and hard), a fleet action the enemy's carriers can
 * join is weighed in strike aircraft (carrier-battle.ts) and fought by
 * carriers — sought when they give the odds and not otherwise, whatever the
 * count of guns says: where carriers fly the fleets keep out of gun range and
 * the strike aircraft decide (battles.ts).
 */
export function seekBattle(
  book: Book,
  s: Situation,
  oilShort: boolean,
  readsCarriers = false,
  odds = SUPERIORITY,
  readsStations = false,
): void {
  if (!s.war) return;
  const targets = [...s.fleet[s.enemy].entries()]
    .filter(([, p]) => p > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const need = oilShort ? odds * 2 : odds;
  for (const [where, power] of targets.slice(0, 3)) {
    if (!atWarIn(s.world, s.state, where)) continue;
    const isSea = s.world.areas.get(where)?.kind === 'sea';
    const seas = isSea
      ? [where]
      : (s.world.neighbours.get(where) ?? [])
          .filter((n) => s.world.areas.get(n.area)?.kind === 'sea' && inStrikeReach(s.world, n))
          .map((n) => n.area);
    // A fleet already on station next to the port strikes from where it lies (readsStations, below).
    const sea =
      (!isSea && readsStations ? seas.find((id) => stayingCarriers(book, s, id).length > 0) : undefined) ??
      seas[0];
    if (!sea) continue;
    let enemyThere = isSea ? threatAt(s, sea) : power + threatAt(s, sea);
    const ships = free(book, s, (f) => navalPower(f) > 0 && !(f.type === 'ship' && f.damage >= REPAIR_DAMAGE))
      // A raid on a port is flown by the carriers that sail in, with all their aircraft (the
      // port-strike rule; one already in the sea that stays flies only a share: strikesOnArrival).
      .filter((f) => isSea || strikesOnArrival(f, sea))
      .sort((a, b) => navalPower(b) - navalPower(a) || (a.id < b.id ? -1 : 1));
    // Which of them can get there this turn (the engine's check, nothing ordered yet).
    let able = ships.filter((f) => f.location === sea || canMove(book, f.id, sea));
    let weight = navalPower;
    // With `readsStations` (normal and hard, cmdr31): carriers already in the sea next to the port
    // strike it again if they stay (port-strike.ts `carriersThatStay`), and the raid counts them —
    // first, as they are there — with the share of their aircraft the rule flies (`portStrikeShare`:
    // a fleet mostly on station flies `restrikePercent`, one that mostly sails in flies all).
    const staying = !isSea && readsStations ? stayingCarriers(book, s, sea) : [];
    if (staying.length > 0) {
      able = [...staying, ...able];
      const share = portStrikeShare(s.world, aboard(staying), aboard(able));
      weight = (f) => Math.floor((navalPower(f) * share) / 100);
    }
    let total = able.reduce((n, f) => n + weight(f), 0);
    // A battle the enemy's carriers can join is a carrier battle: carriers fight it (the strongest air
    // groups first), weighed in strike aircraft — e.g. three carriers against a fleet of battleships
    // and four carriers whose air groups they outnumber with the air within reach. And one the count of
    // guns offers but the strike aircraft do not is not sought: on turn 2 of Midway (seed
    // play25-midway, the US carriers parked in Midway approaches) the guns' count gave the Kidō Butai
    // 300 against 158 and it sailed in with five carriers whose strike (105, with the land-based air
    // in reach) did not outweigh the US carriers' and Midway's (91); the US found it first and sank
    // all five (cmdr29; the hard level sought such battles too until then).
    const crude = total * 100 >= enemyThere * need;
    const air = isSea && readsCarriers ? carrierBattleOdds(s, sea, able) : null;
    if (air) {
      if (air.ours * 100 < air.theirs * need) continue;
      able = able
        .filter((f) => carrierAir(f) > 0)
        .sort((a, b) => carrierAir(b) - carrierAir(a) || (a.id < b.id ? -1 : 1));
      weight = carrierAir;
      enemyThere = air.theirs;
      // The air groups within reach fight anyway: the carriers make up the rest.
      total = air.ours - able.reduce((n, f) => n + carrierAir(f), 0);
    } else if (!crude) continue;
    const forces: string[] = [];
    const mark = markBook(book);
    let sent = air ? total : 0;
    for (const f of able) {
      if (sent * 100 >= enemyThere * need) break;
      if (f.location === sea) book.busy.add(f.id);
      else if (!tryOrder(book, { type: 'move', force: f.id, to: sea }).ok) continue;
      forces.push(f.id);
      sent += weight(f);
    }
    if (forces.length === 0) continue;
    // A raid on a port is weighed against the port's air defence as the strike meets it (cmdr31):
    // a strike its guns and fighters shoot down, or whose carriers its air groups hit harder than
    // the strike hits the port, is not flown (`stationStrike`, `portOutmatches`).
    let reading: StationStrike | null = null;
    if (!isSea && readsStations) {
      const chosen = able.filter((f) => forces.includes(f.id));
      reading = stationStrike(
        s,
        sea,
        chosen.filter((f) => f.location === sea),
        chosen.filter((f) => f.location !== sea),
      );
      if (!reading || portOutmatches(reading)) {
        undoTo(book, mark);
        continue;
      }
    }
    // The carriers fight with their screen: every free warship that can reach the sea. In the carrier
    // battle the screen's guns shoot down strikers and its ships draw bombs away from the carriers
    // (battles.ts: `strikeLosses`, the air strikes' target weights), and if the carriers are lost the
    // guns decide what follows. Carriers sent alone into the US ambush at Midway lost 2.39 a game
    // against the historical Allies; with their screen 1.87 (cmdr29). Yamamoto's battleships sailed
    // 300 nm behind the carriers on 4 June 1942 and gave them no cover (B9, PARSHALL-TULLY-2005).
    if (air)
      for (const f of ships) {
        if (isCarrier(f) || escortCount(f) === 0 || book.busy.has(f.id)) continue;
        if (f.location === sea) book.busy.add(f.id);
        else if (!tryOrder(book, { type: 'move', force: f.id, to: sea }).ok) continue;
        forces.push(f.id);
      }
    addOperation(book, isSea ? 'fleet-action' : 'carrier-raid', 'destroy-fleet', forces, where, {
      power: sent,
      enemyPower: enemyThere,
      ...(reading && reading.stayed > 0 ? stationNumbers(reading) : {}),
    });
  }
}

/** Aircraft aboard `carriers` that a strike can fly. */
const aboard = (carriers: readonly ForceState[]) => carriers.reduce((n, f) => n + strikeAircraft(f), 0);

/**
 * `s.side`'s free carriers in `sea` that would strike a port next to it again if they stay there
 * (port-strike.ts `carriersThatStay`): with aircraft aboard and not in need of the yard.
 */
function stayingCarriers(book: Book, s: Situation, sea: string): ForceState[] {
  if (!s.war || !atWarIn(s.world, s.state, sea)) return [];
  return free(
    book,
    s,
    (f) => f.location === sea && isCarrier(f) && strikeAircraft(f) > 0 && !inNeedOfTheYard(s.world, f),
  );
}

/**
 * What a port strike from `sea` by carriers that stay there (`staying`) and carriers that sail in
 * (`arriving`) would fly and meet, read with the port-strike rule's own parts (cmdr31): the port
 * (`portStrikeTarget`), the share of the aircraft flown (`portStrikeShare`), the aircraft the
 * port's guns and fighters shoot down before the bombs fall (`portAntiAircraft`, at the average
 * fortune), and the port's air groups that strike back at the carriers through their fighters
 * when the port is within `landAirReach` of the sea (carrier-battle.ts `through`). Null when the
 * carriers strike no port from there.
 */
export interface StationStrike {
  port: string;
  /** Carriers of the strike, and of them those that stayed (on station). */
  carriers: number;
  stayed: number;
  /** Aircraft aboard, and those that fly against the port. */
  aboard: number;
  flew: number;
  /** Of those, shot down by the port's AA and fighters. */
  shotDown: number;
  /** The strike power that reaches the port (what flies, less what is shot down). */
  power: number;
  /** The power of the port's air groups' strike back that gets through the carriers' fighters. */
  counter: number;
}

export function stationStrike(
  s: Situation,
  sea: string,
  staying: readonly ForceState[],
  arriving: readonly ForceState[],
): StationStrike | null {
  const carriers = [...arriving, ...staying].filter((f) => isCarrier(f) && strikeAircraft(f) > 0);
  if (carriers.length === 0) return null;
  const strike = portStrikeTarget(s.world, s.state, s.side, sea, carriers);
  if (!strike) return null;
  const share = portStrikeShare(s.world, aboard(staying), aboard(carriers));
  const flew = carriers.reduce((n, f) => n + Math.floor((strikeAircraft(f) * share) / 100), 0);
  const sent = carriers.reduce((n, f) => n + Math.floor((strikePower(f) * share) / 100), 0);
  const shotDown = portAntiAircraft(s.world, strike.targets, flew).shotDown;
  const power = flew > shotDown ? Math.floor((sent * (flew - shotDown)) / flew) : 0;
  const distance = (s.world.neighbours.get(sea) ?? []).find((n) => n.area === strike.port)?.distance ?? 0;
  const portAir =
    distance <= s.world.scenario.rules.landAirReach
      ? strike.targets.reduce((n, f) => n + (f.type === 'air' ? strikePower(f) : 0), 0)
      : 0;
  return {
    port: strike.port,
    carriers: carriers.length,
    stayed: staying.filter((f) => carriers.includes(f)).length,
    aboard: aboard(carriers),
    flew,
    shotDown,
    power,
    counter: through(
      s,
      portAir,
      carriers.reduce((n, f) => n + carrierAir(f), 0),
      s.side,
    ),
  };
}

/**
 * Whether the port's air defence beats the strike (cmdr31): its guns and fighters shoot down all
 * that flies, or its air groups' strike back hits the carriers at least as hard as the strike that
 * gets through hits the port. A lone carrier with 36 aircraft left off the alert Home Islands flew
 * 10 of them against the port each month and lost all 10 (grand campaign seed 1, March and April
 * 1943, the Allies' commander:normal).
 */
export function portOutmatches(r: StationStrike): boolean {
  return r.power === 0 || r.counter >= r.power;
}

/** Whether the port next to `sea` outmatches the strike of all `s.side`'s carriers there if they stay (`portOutmatches`). */
function hopelessStation(s: Situation, sea: string): boolean {
  if (!s.war || !atWarIn(s.world, s.state, sea)) return false;
  const there = s.state.forces.filter(
    (f) =>
      f.side === s.side &&
      f.status === 'active' &&
      f.location === sea &&
      isCarrier(f) &&
      strikeAircraft(f) > 0 &&
      !inNeedOfTheYard(s.world, f),
  );
  const r = stationStrike(s, sea, there, []);
  return r !== null && portOutmatches(r);
}

/** The intent's figures of a strike with carriers on station (intent-text.ts says them). */
function stationNumbers(r: StationStrike): Record<string, number> {
  return { stayed: r.stayed, flew: r.flew, aboard: r.aboard, shotDown: r.shotDown };
}

/**
 * Carriers left with nothing to do in a sea next to an enemy port strike it each turn they stay
 * (port-strike.ts `carriersThatStay`); where the port's air defence beats that strike
 * (`portOutmatches`: small or outmatched groups), they sail home instead (cmdr31). Only carriers
 * no operation holds there: a landing's cover or the commander's own raid stays for its purpose
 * (the raid was weighed against the same defence in `seekBattle`).
 */
export function leaveHopelessStations(book: Book, s: Situation): void {
  if (!s.war) return;
  const ordered = new Set(book.orders.flatMap((o) => (o.type === 'move' ? [o.force] : [])));
  const seas = new Set<string>();
  for (const f of s.state.forces)
    if (
      f.side === s.side &&
      f.status === 'active' &&
      isCarrier(f) &&
      !book.busy.has(f.id) &&
      !ordered.has(f.id)
    )
      if (s.world.areas.get(f.location)?.kind === 'sea') seas.add(f.location);
  for (const sea of [...seas].sort()) {
    const met = s.state.forces.some(
      (f) =>
        f.side === s.enemy && f.status === 'active' && f.location === sea && isNaval(f) && !isSubmarine(f),
    );
    if (met || !atWarIn(s.world, s.state, sea)) continue;
    const staying = s.state.forces.filter(
      (f) =>
        f.side === s.side &&
        f.status === 'active' &&
        f.location === sea &&
        !ordered.has(f.id) &&
        isCarrier(f) &&
        strikeAircraft(f) > 0 &&
        !inNeedOfTheYard(s.world, f),
    );
    if (staying.length === 0) continue;
    const arriving = book.orders.flatMap((o) => {
      if (o.type !== 'move' || o.to !== sea) return [];
      const f = forceById(s.state, o.force);
      return f && strikesOnArrival(f, sea) ? [f] : [];
    });
    const reading = stationStrike(s, sea, staying, arriving);
    if (!reading || !portOutmatches(reading)) continue;
    const moved: string[] = [];
    for (const ship of staying) if (!book.busy.has(ship.id) && homeward(book, s, ship)) moved.push(ship.id);
    if (moved.length > 0)
      addOperation(book, 'withdraw', 'port-defences', moved, sea, {
        flew: reading.flew,
        aboard: reading.aboard,
        shotDown: reading.shotDown,
        power: reading.power,
        counter: reading.counter,
      });
  }
}

function canMove(book: Book, force: string, to: string): boolean {
  return wouldBeLegal(book, { type: 'move', force, to }).ok;
}

/** Escort flotillas on the side's own convoy lanes, busiest first, one flotilla a sea. */
export function escortConvoys(book: Book, s: Situation): void {
  if (!s.war || !s.world.scenario.rules.shipping?.sides.includes(s.side)) return;
  const lanes = s.lanes(s.side);
  if (lanes.length === 0) return;
  const escorts = free(book, s, (f) => f.type === 'flotilla' && f.class === 'escort');
  for (const [i, e] of escorts.entries()) {
    const sea = lanes[i % lanes.length]!;
    if (e.location === sea) book.busy.add(e.id);
    else if (!tryOrder(book, { type: 'move', force: e.id, to: sea }).ok) continue;
    addOperation(book, 'escort-convoys', 'protect-lane', [e.id], sea, { ships: strengthOf(e) });
  }
}

/** Submarines on the enemy's convoy lanes, busiest first (where the shipping rules model the enemy's lanes). */
export function submarineCampaign(book: Book, s: Situation): void {
  if (!s.war || !s.world.scenario.rules.shipping?.sides.includes(s.enemy)) return;
  const lanes = s.lanes(s.enemy);
  if (lanes.length === 0) return;
  const boats = free(book, s, (f) => f.type === 'flotilla' && f.class === 'submarine');
  const byLane = new Map<string, string[]>();
  for (const [i, b] of boats.entries()) {
    const sea = lanes.includes(b.location) ? b.location : lanes[i % Math.min(3, lanes.length)]!;
    if (b.location === sea) book.busy.add(b.id);
    else if (!tryOrder(book, { type: 'move', force: b.id, to: sea }).ok) {
      const step = moveToward(s.world, s.state, s.side, b.id, b.location, sea, book.orders);
      if (!step || !tryOrder(book, step).ok) continue;
    }
    byLane.set(sea, [...(byLane.get(sea) ?? []), b.id]);
  }
  for (const [sea, ids] of byLane)
    addOperation(book, 'submarine-campaign', 'cut-lane', ids, sea, { flotillas: ids.length });
}

/**
 * Whether carrier `f` flies the port strike from the sea it is ordered into this turn, by the
 * port-strike rule (src/engine/phases/port-strike.ts `runPortStrikes`): a carrier with aircraft
 * aboard that sails into the sea strikes with all of them. One already there that stays strikes
 * too since portstay29, but as a fleet on station, with a share of its aircraft
 * (`portStrikeShare`): the commander's raids are planned and weighed with the carriers that sail
 * in; `nameCarrierStrikes` names those it leaves on station too.
 */
function strikesOnArrival(f: ForceState, sea: string): boolean {
  return f.location !== sea && isCarrier(f) && strikeAircraft(f) > 0;
}

/**
 * The intent names every carrier that strikes a port this turn (cmdr29). The port-strike rule sends
 * every carrier that sails into a sea next to an enemy port with warships against it, whatever the
 * order was for: the Kidō Butai's carriers sent into Aleutian waters to cover the landing and to
 * soften up Midway struck Dutch Harbor with the four of the raid, and the intent said "Carrier raid
 * into Dutch Harbor: Hiryū, Sōryū, Jun'yō and Ryūjō" over a strike of nine carriers (play25 §4.2;
 * seed play25-midway, turn 2). So each carrier the orders sail into such a sea is listed in the raid
 * on that port — the commander's own raid (seekBattle) or its war's opening strike (home-front.ts),
 * or, if no operation meant one, a raid of its own beside the operation it sails for — with the
 * carriers' count. The orders are not changed: only what the intent says of them.
 */
export function nameCarrierStrikes(book: Book, s: Situation): void {
  const arriving = new Map<string, ForceState[]>();
  for (const o of book.orders) {
    if (o.type !== 'move' || s.world.areas.get(o.to)?.kind !== 'sea') continue;
    const f = forceById(s.state, o.force);
    if (f?.side === s.side && f.status === 'active' && strikesOnArrival(f, o.to))
      arriving.set(o.to, [...(arriving.get(o.to) ?? []), f]);
  }
  // Carriers left in a sea area at war with no move order strike a port next to it again, as a
  // fleet on station (port-strike.ts `carriersThatStay`, portstay29): named with the raid too, and
  // the raid says what they fly (cmdr31).
  const stays = new Set<string>();
  if (s.war) {
    const ordered = new Set(book.orders.flatMap((o) => (o.type === 'move' ? [o.force] : [])));
    for (const f of s.state.forces) {
      if (f.side !== s.side || f.status !== 'active' || ordered.has(f.id)) continue;
      if (!isCarrier(f) || strikeAircraft(f) === 0 || inNeedOfTheYard(s.world, f)) continue;
      if (s.world.areas.get(f.location)?.kind !== 'sea' || !atWarIn(s.world, s.state, f.location)) continue;
      arriving.set(f.location, [...(arriving.get(f.location) ?? []), f]);
      stays.add(f.id);
    }
  }
  if (arriving.size === 0) return;
  // A decision for war ordered this turn comes before the strike (resolve-turn.ts: events, then port
  // strikes): the ports count as at war if this turn's choices raise the war (as the oil tile reads them).
  const chosen = book.orders.filter((o) => o.type === 'choose');
  const deciding =
    !s.war &&
    chosen.length > 0 &&
    atWar(s.world, {
      ...s.state,
      flags: flagsAfterDueEvents(s.world, {
        ...s.state,
        choices: { ...s.state.choices, ...Object.fromEntries(chosen.map((o) => [o.choice, s.state.turn])) },
      }),
    });
  for (const [sea, carriers] of [...arriving.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // A fleet that meets enemy ships at sea fights them first, and strikes no port (port-strike.ts).
    const met = s.state.forces.some(
      (f) =>
        f.side === s.enemy && f.status === 'active' && f.location === sea && isNaval(f) && !isSubmarine(f),
    );
    const strike = met ? null : portStrikeTarget(s.world, s.state, s.side, sea, carriers, deciding);
    if (!strike) continue;
    const ids = carriers.map((f) => f.id);
    const staying = carriers.filter((f) => stays.has(f.id));
    const reading =
      staying.length > 0
        ? stationStrike(
            s,
            sea,
            staying,
            carriers.filter((f) => !stays.has(f.id)),
          )
        : null;
    const numbers = { carriers: ids.length, ...(reading ? stationNumbers(reading) : {}) };
    const raid = book.operations.find(
      (op) => op.kind === 'carrier-raid' && (op.target === strike.port || op.target === sea),
    );
    if (raid) {
      raid.forces = [...new Set([...raid.forces, ...ids])];
      raid.numbers = { ...raid.numbers, ...numbers };
    } else addOperation(book, 'carrier-raid', 'destroy-fleet', ids, strike.port, numbers);
  }
}
