/**
 * Operations on land: defending areas the enemy can reach with more troops
 * than stand there, and invasions — the army with the transports it embarks
 * on (the engine takes them along), warships to escort it into the sea next
 * to the objective, and air cover from an airfield within reach. An invasion
 * is launched only with the odds the level asks for against the garrison and
 * what can come to its help, and no army leaves an area the enemy can reach
 * unless enough troops stay: an area taken is meant to be held, not taken
 * and lost and taken again.
 */

import { airInReach } from '../../engine/air-reach';
import { isCarrier, withExperience } from '../../engine/combat-values';
import { type ForceState, type Order, strengthOf } from '../../engine/index';
import { checkOrder, seaLiftTransports } from '../../engine/orders';
import { escortCount } from '../../engine/sea-control';
import { suppliedAt } from '../../engine/supplied-at';
import { airDistance, openDistance, seaDistance } from '../../engine/world';
import { addOperation, type Book, tryOrder } from './book';
import { counted, defenceSupport, quietSeasNextTo, supportFire, supportInPlace } from './fire-support';
import {
  areasToHold,
  areaWorth,
  isHomeAirfield,
  type Objective,
  objectivesToTake,
  reasonFor,
} from './objectives';
import { navalPower, type Situation } from './situation';

const byTroopsDesc = (a: ForceState, b: ForceState) =>
  strengthOf(b) - strengthOf(a) || (a.id < b.id ? -1 : 1);

function freeForces(book: Book, s: Situation, pick: (f: ForceState) => boolean): ForceState[] {
  return s.state.forces.filter(
    (f) => f.side === s.side && f.status === 'active' && !book.busy.has(f.id) && pick(f),
  );
}

/**
 * Whether an army could reach `to` this turn at all: no route, overland or by
 * sea, is shorter than the straight table distance (world.ts), so a table
 * lookup spares the engine's full check for areas out of reach.
 */
export function withinRange(s: Situation, from: string, to: string): boolean {
  const { army, ship } = s.world.scenario.rules.rangePerTurn;
  return openDistance(s.world, from, to, Math.max(army, ship)) !== null;
}

/** Thousand men: an army smaller than this is a garrison or a landing detachment. */
const GARRISON_TROOPS = 20;

/** Troops that must stay in an area the enemy can reach (0 where it cannot). */
function garrisonNeeded(s: Situation, area: string): number {
  return s.enemyReach.get(area) ?? 0;
}

/**
 * Whether an army may leave its area without leaving it open to the enemy:
 * enough troops stay for what the enemy can bring this turn, the last army
 * in an objective of the scenario's goals the side holds stays (its garrison:
 * `keepsGarrison`), and the last army on an island of the side's stays when
 * it is a garrison or a landing detachment (under GARRISON_TROOPS: the
 * Marshalls, Wake) — islands are taken from the sea, which this turn's reach
 * does not foresee; field armies move on.
 */
export function canLeave(s: Situation, army: ForceState, leaving: Map<string, number>): boolean {
  if (keepsGarrison(s, army.location)) {
    const left =
      (s.troops[s.side].get(army.location) ?? 0) - (leaving.get(army.location) ?? 0) - strengthOf(army);
    if (left <= 0) return false;
  }
  const here0 = s.world.areas.get(army.location);
  if (
    here0?.kind === 'island' &&
    s.holder(army.location) === s.side &&
    (strengthOf(army) < GARRISON_TROOPS || takenIslandOfNoWorth(s, army.location))
  ) {
    const left =
      (s.troops[s.side].get(army.location) ?? 0) - (leaving.get(army.location) ?? 0) - strengthOf(army);
    if (left <= 0 && army.location !== s.world.scenario.sides[s.side].capital) return false;
  }
  const need = garrisonNeeded(s, army.location);
  if (need === 0) return true;
  const here = (s.troops[s.side].get(army.location) ?? 0) - (leaving.get(army.location) ?? 0);
  return here - strengthOf(army) >= need;
}

/**
 * Whether the last army in `id` stays there: an objective of the scenario's goals (what the verdict
 * counts at the end) that the side took (it holds it and the scenario gave it to another side).
 * An objective of its own from the start keeps the older rule (troops for what the enemy can bring
 * this turn): Malaya Command may sail from Malaya for the drive on Formosa. The enemy's reach this turn does not
 * foresee the landing or the march of a month later, nor the reinforcement the scenario lands there
 * (the British 18th Division at Singapore in January 1942): on the grand campaign normal's Japan
 * took Singapore and Malaya and sailed every army on, and 54 of the Allies' 63 takes of them found
 * no Japanese army there (docs/AI.md, thirteenth play-through). The next landing is made by the
 * armies free to sail (`invade` picks, army by army, the one that fits it), as the 25th Army held
 * Malaya and Singapore while the 16th took Java and the 14th Luzon.
 */
export function keepsGarrison(s: Situation, id: string): boolean {
  return (
    s.world.scenario.calendar.lastTurn - s.state.turn >= ENDGAME_TURNS &&
    s.world.areas.get(id)?.owner !== s.side &&
    s.holder(id) === s.side &&
    (s.world.scenario.meta.goals?.objectives?.includes(id) ?? false)
  );
}

/**
 * In a scenario's last turns a goal's objective still to take comes before a garrison for one the
 * enemy cannot reach this turn: the verdict counts who holds them at the end. On the Southern Oil
 * Run (six turns) Japan's three armies must take four objectives — the 16th Army takes Borneo and
 * then Java, as in the real war — and hard's Japan, its 16th Army kept in Borneo, lost to the
 * historical Allies (seed 5). Six turns: the short scenarios' length.
 */
const ENDGAME_TURNS = 6;

/**
 * An island the side took from the enemy that is worth nothing for itself (not a goal's objective,
 * no oil nor raw materials: an air base, a stepping stone): its last army stays, whatever its size.
 * A field army that lands and sails on leaves it empty for the enemy to walk back in, and the
 * commander then takes it again — on the grand campaign normal's Japan took New Caledonia–Fiji,
 * sailed the 16th Army on to Midway the next turn, the 1st Marine Division walked in, and the
 * island changed hands three more times (seed grand-8 with scripts/data/subwar42.py; issue 13
 * item 5, no area retaken more than twice).
 */
function takenIslandOfNoWorth(s: Situation, id: string): boolean {
  return s.world.areas.get(id)?.owner !== s.side && !worthTheOil(s, id);
}

/**
 * Whether an invasion of `obj` is worth leaving `from` open to the enemy's reach: the objective is
 * worth TRADE_FACTOR times what holding `from` is, and `from` is not itself an objective of the
 * scenario's goals. The 14th Army does not guard Formosa against a landing that may never come
 * while Borneo's oil, which decides the game, is there to take (oil-clock-1941).
 */
export function worthTheRisk(s: Situation, from: string, obj: Objective): boolean {
  const here = s.world.areas.get(from);
  if (!here || s.world.scenario.meta.goals?.objectives?.includes(from)) return false;
  return obj.worth >= TRADE_FACTOR * areaWorth(s, here);
}

/** How many times more an objective must be worth than the area an army leaves open for it. */
const TRADE_FACTOR = 4;

export function defendAreas(book: Book, s: Situation, anticipate: boolean): void {
  const leaving = new Map<string, number>();
  for (const hold of areasToHold(s)) {
    // A slow commander (easy) reinforces only once enemy troops stand next door.
    let short = anticipate || hold.urgent ? hold.support - hold.defenders : 0;
    if (short <= 0 && hold.defenders === 0) continue;
    const sent: string[] = [];
    let troops = 0;
    const armies = freeForces(
      book,
      s,
      (f) =>
        f.type === 'army' &&
        f.troops > 0 &&
        f.location !== hold.area &&
        withinRange(s, f.location, hold.area),
    )
      .filter((f) => canLeave(s, f, leaving))
      .sort(byTroopsDesc);
    for (const army of armies) {
      if (short <= 0) break;
      if (!tryOrder(book, { type: 'move', force: army.id, to: hold.area }).ok) continue;
      sent.push(army.id);
      troops += strengthOf(army);
      short -= strengthOf(army);
      leaving.set(army.location, (leaving.get(army.location) ?? 0) + strengthOf(army));
    }
    const garrison = s.state.forces
      .filter(
        // Not an army already tasked this turn (sent to another area, or landing elsewhere): one
        // force, one operation.
        (f) =>
          f.side === s.side &&
          f.status === 'active' &&
          f.type === 'army' &&
          f.location === hold.area &&
          !book.busy.has(f.id),
      )
      .map((f) => f.id);
    for (const id of garrison) book.busy.add(id);
    if (sent.length + garrison.length === 0) continue;
    addOperation(book, 'defend', 'enemy-within-reach', [...garrison, ...sent], hold.area, {
      threat: hold.support,
      garrison: hold.defenders,
      sent: troops,
      worth: hold.worth,
      ...(hold.decoded > 0 ? { decoded: hold.decoded } : {}),
    });
  }
}

/**
 * Armies fighting in an area the enemy still holds press the attack: they stay and fight on (the
 * battle goes on each turn while both sides have troops there), rather than being pulled back to
 * guard an area the enemy could reach — the 25th Army in Malaya, the 14th on Luzon. An invasion
 * broken off halfway gives the area back and loses the troops it cost.
 */
export function pressAttacks(book: Book, s: Situation): void {
  const byArea = new Map<string, string[]>();
  for (const f of s.state.forces) {
    if (f.side !== s.side || f.status !== 'active' || f.type !== 'army' || f.troops <= 0) continue;
    if (book.busy.has(f.id) || s.world.areas.get(f.location)?.kind === 'sea') continue;
    if (s.holder(f.location) === s.side) continue;
    byArea.set(f.location, [...(byArea.get(f.location) ?? []), f.id]);
  }
  for (const [area, armies] of [...byArea].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const def = s.world.areas.get(area);
    if (!def) continue;
    for (const id of armies) book.busy.add(id);
    addOperation(book, 'invade', reasonFor(s, def), armies, area, {
      troops: s.ground[s.side].get(area) ?? 0,
      defenders: s.ground[s.enemy].get(area) ?? 0,
      worth: areaWorth(s, def),
    });
  }
}

/**
 * Garrisons of the scenario's objective areas (`meta.goals.objectives`) that no other operation
 * needs hold them on purpose: the verdict counts who holds them at the end (verdict.ts), so an
 * army there is doing its job even when no enemy can reach it this turn. One `hold` operation
 * for all of them (a class reads one line, "Hold 6 garrisons in place…", not six), with the
 * count of garrisons and areas and the troops in them.
 */
export function holdObjectives(book: Book, s: Situation): void {
  const held: string[] = [];
  let areas = 0;
  let troops = 0;
  for (const id of s.world.scenario.meta.goals?.objectives ?? []) {
    const def = s.world.areas.get(id);
    if (!def || s.holder(id) !== s.side) continue;
    const armies = s.state.forces
      .filter(
        (f) =>
          f.side === s.side &&
          f.status === 'active' &&
          f.type === 'army' &&
          f.location === id &&
          !book.busy.has(f.id),
      )
      .map((f) => f.id);
    if (armies.length === 0) continue;
    for (const a of armies) book.busy.add(a);
    held.push(...armies);
    areas += 1;
    troops += s.troops[s.side].get(id) ?? 0;
  }
  if (held.length === 0) return;
  addOperation(book, 'hold', 'objective', held, undefined, {
    garrisons: held.length,
    areas,
    garrison: troops,
  });
}

export interface InvasionOptions {
  /** Percent of the defence the invaders must bring. */
  odds: number;
  /**
   * Percent of the defence to bring against a garrison that is cut off from supply and whose side
   * gives up when cut off and beaten (`cutOffOdds`); absent, `odds` (a level that does not read
   * the rule). Never more than `odds`.
   */
  cutOffOdds?: number;
  /** At most this many invasions. */
  max: number;
  /**
   * Only for areas worth the oil (`worthTheOil`): set while the side's oil runs out before the war
   * ends (hard, `readsOilClock`).
   */
  vitalOnly?: boolean;
  /** Only this area (the campaign drive's objective, drive.ts), and the reason to give. */
  only?: { area: string; reason: Objective['reason'] };
  /**
   * Lands on the enemy's capital only when the troops alone meet the odds (the campaign drive's
   * commander, hard): bombardment and carrier aircraft do not take a homeland of hundreds of
   * thousands of men. Counted with them, hard's Allies on the Road to Tokyo landed the Sixth Army
   * (134,000 men against 340,000) on Japan's home islands in November 1944 and lost it (seed 1
   * against normal's Japan; docs/AI.md, ninth session).
   */
  troopsForCapital?: boolean;
}

/**
 * The ground fire an invasion of `obj` must bring at `odds` percent: the garrison, half of what can
 * come to its help and the holder's air and warships (fire-support.ts), with the holder's bonus —
 * as the battle rules weigh them.
 */
export function invasionNeed(s: Situation, obj: Objective, odds: number): number {
  return needAgainst(s, obj, defenceSupport(s, s.enemy, obj.area), odds);
}

/**
 * The ground fire to bring against `obj` at `odds` percent when the holder's air and warships add
 * `held` tenths: counted as the battle counts them beside the troops (fire-support.ts `counted`).
 */
export function needAgainst(s: Situation, obj: Objective, held: number, odds: number): number {
  const combat = s.world.scenario.rules.combat;
  const troops = obj.defenders + Math.floor(obj.support / 2);
  const defence = Math.floor(
    ((troops + counted(s, held, troops)) * (100 + (combat?.defenderBonusPercent ?? 0))) / 100,
  );
  return Math.max(1, Math.ceil((defence * odds) / 100));
}

/** An army's ground fire when it lands from the sea (the landing's penalty, as the battle rules weigh it). */
export function landingFire(s: Situation, army: ForceState): number {
  if (army.type !== 'army') return 0;
  const penalty = s.world.scenario.rules.combat?.amphibiousPenaltyPercent ?? 0;
  return Math.floor((withExperience(army.troops, army.experience) * (100 - penalty)) / 100);
}

/** Whether `army` may leave its area for a landing elsewhere (the garrison its area needs stays). */
export function mayLeave(s: Situation, army: ForceState): boolean {
  return canLeave(s, army, new Map());
}

/**
 * Whether a landing is worth the last of the oil: an objective of the scenario's goals, an airfield
 * within the enemy's bombing range of the capital (when the level guards them), or an area that
 * produces oil or raw materials. A landing elsewhere burns the sortie of its transports and
 * escorts for an area that does not slow the enemy's drive nor feed the home front; every month
 * of oil burned is a month of the dry pressure sooner (phases/will.ts).
 */
export function worthTheOil(s: Situation, id: string): boolean {
  const a = s.world.areas.get(id);
  if (!a) return false;
  if (s.world.scenario.meta.goals?.objectives?.includes(id)) return true;
  if (s.guardsHomeAirfields && isHomeAirfield(s.world, s.side, a)) return true;
  return (a.produces.oil ?? 0) > 0 || (a.produces.industry ?? 0) > 0;
}

export function invade(book: Book, s: Situation, options: InvasionOptions): Objective[] {
  const launched: Objective[] = [];
  const leaving = new Map<string, number>();
  const only = options.only;
  const objectives = objectivesToTake(s);
  for (const obj of only
    ? objectives.filter((o) => o.area === only.area).map((o) => ({ ...o, reason: only.reason }))
    : objectives) {
    if (launched.length >= options.max) break;
    if (options.vitalOnly && !worthTheOil(s, obj.area)) continue;
    // Ground fire as the battle rules weigh it: the holder's bonus, the landing's penalty (below).
    const combat = s.world.scenario.rules.combat;
    // The holder's air groups and warships fight for it too (fire-support.ts).
    const held = defenceSupport(s, s.enemy, obj.area);
    const need = needAgainst(s, obj, held, landingOdds(s, obj, options));
    const trial: Order[] = [...book.orders];
    const picked: ForceState[] = [];
    // Troops already fighting there (pressAttacks) count: the new ones join their battle.
    const already = s.ground[s.side].get(obj.area) ?? 0;
    // Bombardment and air support already in place count as the battle rules count them: beside
    // the troops, at most `supportMaxPercent` of the troops' own fire (fire-support.ts `counted`).
    const inPlace = supportInPlace(book, s, obj.area);
    let ground = already;
    let bombardment = inPlace.tenths;
    const fire = () => ground + counted(s, bombardment, ground);
    const armies = fitFirst(
      s,
      freeForces(book, s, (f) => f.type === 'army' && f.troops > 0).sort(byTroopsDesc),
      // Already enough: the strongest first, as they come (fitFirst finds none that fits).
      (a) =>
        fire() < need &&
        ground + landingFire(s, a) + counted(s, bombardment, ground + landingFire(s, a)) >= need,
    );
    const cover: Order[] = [];
    for (const army of armies) {
      if (fire() >= need && picked.length > 0) break;
      if (!withinRange(s, army.location, obj.area)) continue;
      if (!canLeave(s, army, leaving) && !worthTheRisk(s, army.location, obj)) continue;
      const order: Order = { type: 'move', force: army.id, to: obj.area };
      let verdict = checkOrder(s.world, s.state, s.side, order, trial);
      if (!verdict.ok && isSeaControlRefusal(verdict)) {
        // The rules ask for escorts (or sea control) the port cannot give: warships sail ahead to cover the landing.
        const sent = coverLanding(book, s, trial, order, obj.area, army.location);
        if (sent.length > 0) {
          cover.push(...sent);
          verdict = checkOrder(s.world, s.state, s.side, order, trial);
        }
      }
      if (!verdict.ok || army.type !== 'army') continue;
      trial.push(order);
      picked.push(army);
      const landing = verdict.bySea ? 100 - (combat?.amphibiousPenaltyPercent ?? 0) : 100;
      ground += Math.floor((withExperience(army.troops, army.experience) * landing) / 100);
    }
    if (picked.length === 0) continue;
    // Short of the odds: warships and carriers sail into a quiet sea next to the beach to fire for
    // it — if the troops leave the battle room to count their fire (fire-support.ts `counted`).
    const short = need - fire();
    const room = counted(s, bombardment + short, ground) - counted(s, bombardment, ground);
    const bombard =
      short > 0 && room >= short ? sendSupport(book, s, trial, obj.area, picked[0]!.location, short) : null;
    if (bombard) {
      cover.push(...bombard.orders);
      bombardment += bombard.tenths;
    }
    if (fire() < need) continue;
    if (options.troopsForCapital && obj.area === s.world.scenario.sides[s.enemy].capital && ground < need)
      continue;
    // The support the battle will count beside the troops, and the fire the landing brings: its
    // armies and the warships sent to fire for it.
    const fireSupport = counted(s, bombardment, ground);
    const troops = fire() - already - Math.min(inPlace.tenths, fireSupport);
    for (const id of inPlace.forces) book.busy.add(id);
    const forces: string[] = [];
    let covering = 0;
    for (const o of cover) {
      if (o.type !== 'move' || !tryOrder(book, o).ok) continue;
      forces.push(o.force);
      const ship = s.state.forces.find((f) => f.id === o.force);
      if (ship) covering += navalPower(ship);
    }
    let transports = 0;
    let bySeaFrom: string | null = null;
    const taken = new Set<string>();
    for (const army of picked) {
      const verdict = tryOrder(book, { type: 'move', force: army.id, to: obj.area });
      if (!verdict.ok) continue;
      forces.push(army.id);
      leaving.set(army.location, (leaving.get(army.location) ?? 0) + strengthOf(army));
      if (verdict.bySea) {
        bySeaFrom = army.location;
        for (const t of seaLiftTransports(s.world, s.state, army, obj.area, true, taken)) {
          taken.add(t.id);
          book.busy.add(t.id);
          forces.push(t.id);
          transports += strengthOf(t);
        }
      }
    }
    const escorts = bySeaFrom ? escort(book, s, obj.area, bySeaFrom) : { forces: [], power: 0 };
    const air = airCover(book, s, obj.area);
    const support = [
      ...inPlace.forces,
      ...(bombard?.orders ?? []).flatMap((o) => (o.type === 'move' ? [o.force] : [])),
    ];
    const carriers = support.filter((id) => {
      const f = s.state.forces.find((x) => x.id === id);
      return f !== undefined && isCarrier(f);
    }).length;
    addOperation(
      book,
      'invade',
      obj.reason,
      [...forces, ...support, ...escorts.forces, ...air.forces],
      obj.area,
      {
        troops,
        fireSupport,
        defenceSupport: held,
        ...(carriers > 0 ? { carriers } : {}),
        defenders: obj.defenders,
        support: obj.support,
        transports,
        escortPower: escorts.power + covering,
        aircraft: air.aircraft,
        worth: obj.worth,
      },
    );
    launched.push(obj);
  }
  return launched;
}

/**
 * The odds a landing on `obj` asks: the level's, or — against a garrison cut off from supply now
 * (its side's fleet and air no longer hold the sea lanes to it, supply.ts) whose side gives up when
 * cut off and beaten (`rules.combat.cutOffSurrenderPercent`) — the lower `cutOffOdds`. The battle
 * rules make such a garrison surrender at the first exchange it loses once a tenth of its men are
 * gone (phases/battles.ts `surrenderBeatenArmies`): the landing must outgun it, not outlast it, and
 * the level's margin for a fight to the finish is not needed. Singapore and Java surrendered within
 * days of the landings with most of their men alive (KIRBY-1957); Midway, its aircraft destroyed
 * and the Kidō Butai across its only sea lane, was to be taken by 5,000 men (B9). Without it the
 * normal commander's Japan struck Midway's air group, held the sea round it for seven turns and
 * never landed: 5,000 men bring 6 tenths of fire with the guns offshore against a garrison's 5
 * with the holder's bonus, the normal level asks 7 (docs/CALIBRATION.md, midway24).
 */
export function landingOdds(s: Situation, obj: Objective, options: InvasionOptions): number {
  const cutOff = options.cutOffOdds;
  if (cutOff === undefined || cutOff >= options.odds || obj.defenders <= 0) return options.odds;
  if (s.world.scenario.rules.combat.cutOffSurrenderPercent?.[s.enemy] === undefined) return options.odds;
  return suppliedAt(s.world, s.state, s.enemy, obj.area) ? options.odds : cutOff;
}

/**
 * The landing's armies, army by army: first those that are `enough` alone (with the troops and the
 * support already there), the smallest of them first (landing from the sea, the battle rules'
 * penalty counted), then the others, the strongest
 * first. The strongest first for every landing sent the 25th Army (70,000 men) against Sumatra's
 * 10,000 and left the 16th for Singapore; now each objective gets the army it needs and the large
 * ones are there for the large objectives — and, since the last army of a goal's objective stays
 * there (`keepsGarrison`), one army does not take four objectives and hold none.
 */
function fitFirst(s: Situation, armies: ForceState[], enough: (a: ForceState) => boolean): ForceState[] {
  const fits = armies
    .filter(enough)
    .sort((a, b) => landingFire(s, a) - landingFire(s, b) || (a.id < b.id ? -1 : 1));
  if (fits.length === 0) return armies;
  const first = new Set(fits.map((a) => a.id));
  return [...fits, ...armies.filter((a) => !first.has(a.id))];
}

export function isSeaControlRefusal(verdict: ReturnType<typeof checkOrder>): boolean {
  const code = verdict.ok ? undefined : verdict.refusal?.code;
  return code === 'needs-escorts' || code === 'sea-held';
}

/**
 * Warships and carriers ordered into the quiet sea next to the beach nearest `from` (no enemy
 * warship there now: an engaged fleet bombards no one) to make up `short` tenths of fire, the
 * strongest first, at most MAX_COVER; added to `trial`. Null (and `trial` as it was) if they
 * cannot make it up.
 */
function sendSupport(
  book: Book,
  s: Situation,
  trial: Order[],
  target: string,
  from: string,
  short: number,
): { orders: Order[]; tenths: number } | null {
  const quiet = new Set(quietSeasNextTo(s, s.side, target));
  const sea = seasNextTo(s, target, from).find((id) => quiet.has(id));
  if (!sea) return null;
  const inTrial = new Set(trial.flatMap((o) => (o.type === 'move' ? [o.force] : [])));
  // Only ships that could be there this turn (no route is shorter than the table's distance).
  const range = s.world.scenario.rules.rangePerTurn.ship;
  const ships = freeForces(
    book,
    s,
    (f) => f.type === 'ship' && f.damage < 40 && !inTrial.has(f.id) && f.location !== sea,
  )
    .map((f) => ({ f, fire: supportFire(s, f) }))
    .filter((x) => x.fire > 0 && openDistance(s.world, x.f.location, sea, range) !== null)
    .sort((a, b) => b.fire - a.fire || (a.f.id < b.f.id ? -1 : 1))
    .slice(0, 2 * MAX_COVER);
  // Not enough fire within reach even if every one of them could go: the engine need not be asked.
  if (ships.slice(0, MAX_COVER).reduce((n, x) => n + x.fire, 0) < short) return null;
  const before = trial.length;
  const orders: Order[] = [];
  let tenths = 0;
  for (const { f, fire } of ships) {
    if (tenths >= short || orders.length >= MAX_COVER) break;
    const o: Order = { type: 'move', force: f.id, to: sea };
    if (!checkOrder(s.world, s.state, s.side, o, trial).ok) continue;
    trial.push(o);
    orders.push(o);
    tenths += fire;
  }
  if (tenths >= short) return { orders, tenths };
  trial.length = before;
  return null;
}

/** At most this many warships sail ahead to cover one landing. */
const MAX_COVER = 8;

/**
 * Warships ordered ahead into the sea next to the objective, as the rule on
 * invasions asks (sea-control.ts: escorts, and no superior enemy on the way):
 * escorts first (destroyers, cruisers, battleships — carriers do not count
 * as escorts) for `needs-escorts`, the strongest first when the enemy holds
 * the sea, until the landing's check passes. The orders are added to `trial`
 * and returned; if the landing still cannot go, they are taken back.
 */
function coverLanding(
  book: Book,
  s: Situation,
  trial: Order[],
  landing: Order,
  target: string,
  from: string,
): Order[] {
  const sea = seasNextTo(s, target, from)[0];
  if (!sea) return [];
  const before = trial.length;
  const inTrial = new Set(trial.flatMap((o) => (o.type === 'move' ? [o.force] : [])));
  const ships = freeForces(
    book,
    s,
    (f) => navalPower(f) > 0 && !inTrial.has(f.id) && !(f.type === 'ship' && f.damage >= 40),
  ).sort(
    (a, b) =>
      Math.min(1, escortCount(b)) - Math.min(1, escortCount(a)) ||
      navalPower(b) - navalPower(a) ||
      (a.id < b.id ? -1 : 1),
  );
  const sent: Order[] = [];
  for (const ship of ships) {
    if (sent.length >= MAX_COVER) break;
    const o: Order = { type: 'move', force: ship.id, to: sea };
    if (ship.location === sea || !checkOrder(s.world, s.state, s.side, o, trial).ok) continue;
    trial.push(o);
    sent.push(o);
    if (checkOrder(s.world, s.state, s.side, landing, trial).ok) return sent;
  }
  trial.length = before;
  return [];
}

/** The sea areas next to `area`, the nearest to `from` first. */
export function seasNextTo(s: Situation, area: string, from: string): string[] {
  const range = s.world.scenario.rules.rangePerTurn.ship * 4;
  return (s.world.neighbours.get(area) ?? [])
    .filter((n) => s.world.areas.get(n.area)?.kind === 'sea')
    .map((n) => ({ id: n.area, d: seaDistance(s.world, from, n.area, range) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .map((x) => x.id);
}

/** Warships into the sea next to the objective: enough to outgun what the enemy has near it, at least one. */
function escort(book: Book, s: Situation, target: string, from: string): { forces: string[]; power: number } {
  const sea = seasNextTo(s, target, from)[0];
  if (!sea) return { forces: [], power: 0 };
  let threat = s.fleet[s.enemy].get(sea) ?? 0;
  for (const n of s.world.neighbours.get(sea) ?? []) threat += s.fleet[s.enemy].get(n.area) ?? 0;
  const wanted = Math.max(1, Math.ceil((threat * 3) / 2));
  const ships = freeForces(book, s, (f) => navalPower(f) > 0 && !(f.type === 'ship' && f.damage >= 40)).sort(
    (a, b) => navalPower(b) - navalPower(a) || (a.id < b.id ? -1 : 1),
  );
  const forces: string[] = [];
  let power = 0;
  for (const ship of ships) {
    if (power >= wanted) break;
    if (!tryOrder(book, { type: 'move', force: ship.id, to: sea }).ok) continue;
    forces.push(ship.id);
    power += navalPower(ship);
  }
  return { forces, power };
}

/**
 * Land-based air over the objective: the groups already within reach (the
 * engine's one rule for air in reach, air-reach.ts) are counted; more fly to
 * an airfield within reach, up to three groups.
 */
function airCover(book: Book, s: Situation, target: string): { forces: string[]; aircraft: number } {
  const reach = s.world.scenario.rules.landAirReach;
  const already = airInReach(s.world, s.state, s.side, target, reach);
  const groups = freeForces(book, s, (f) => f.type === 'air' && f.role !== 'strategic-bomber');
  const forces: string[] = [];
  let aircraft = already.aircraft;
  const fields = s.world.scenario.areas.filter(
    (a) => a.airfield && s.holder(a.id) === s.side && airDistance(s.world, a.id, target, reach) !== null,
  );
  for (const g of groups) {
    if (forces.length >= 3) break;
    if (g.type !== 'air') continue;
    if (airDistance(s.world, g.location, target, reach) !== null) {
      book.busy.add(g.id);
      forces.push(g.id);
      continue;
    }
    for (const field of fields) {
      if (tryOrder(book, { type: 'move', force: g.id, to: field.id }).ok) {
        forces.push(g.id);
        aircraft += g.aircraft;
        break;
      }
    }
  }
  return { forces, aircraft };
}
