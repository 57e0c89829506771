/**
 * Phase 5 — battles. Where enemies meet at war, fighting comes in stages:
 *
 * 1. Air: carrier air groups and land-based air strike. The side that found
 *    the other first strikes first, and the other side strikes back only with
 *    what survives (Midway, 4 June 1942: the Japanese carriers were caught
 *    re-arming — B9, PARSHALL-TULLY-2005; C1–C7). Carriers draw most of the strikes,
 *    and a first strike hits carriers whose aircraft are still on deck harder.
 * 2. Surface: if both sides still have warships there, the guns decide —
 *    unless both still have carriers flying, which keep out of gun range.
 * 3. Ground: armies fight for land; the defender has the advantage, troops
 *    landing from the sea a penalty, and ships and aircraft support them.
 *
 * Every ship sunk is named in the report, with the fire that sank it.
 */
import type { Owner, Scenario, SideId } from '../../scenario/schema';
import { loseCrippledShips } from '../combat/crippled';
import { damageControlIn } from '../combat/damage-control';
import { fireSalvos, LossBook } from '../combat/hits';
import { retireShips } from '../combat/retire';
import {
  gunfire,
  isCarrier,
  isNaval,
  isSubmarine,
  strikeAircraft,
  supportCounted,
  withExperience,
} from '../combat-values';
import { entryInForce } from '../in-force';
import type { BattleStage } from '../report';
import { SIDE_IDS } from '../sides';
import { type ForceState, forceById } from '../state';
import { isSupplied } from '../supply';
import { adjustStock, enemyOf, ownForce, type TurnContext } from '../turn-context';
import { area } from '../world';
import { type Contact, navalSupport, participants } from './contact';
import type { Sighting } from './detection';
import type { Passage } from './interception';
import { runSubmarineAttacks } from './submarine-attacks';

export function runBattlePhase(
  ctx: TurnContext,
  contact: Contact,
  sightings: Map<string, Sighting>,
  /** The turn's moves by sea (movement.ts): ships passing through a sea area meet its boats. */
  passages: readonly Passage[] = [],
): void {
  // Battles at sea first, then on land: a fleet that sinks or drives off the enemy ships in its
  // sea area is free to support the landing next door in the same month (the Philippine Sea,
  // then Saipan, June 1944 — B13); one still fighting is not (contact.ts, navalSupport).
  const order: string[] = [];
  for (const id of contact.contested) if (area(ctx.world, id).kind === 'sea') order.push(id);
  for (const id of contact.contested) if (area(ctx.world, id).kind !== 'sea') order.push(id);
  for (const areaId of order) {
    const sighting = sightings.get(areaId);
    resolveBattle(ctx, contact, areaId, sighting?.first ?? null, sighting?.found);
  }
  // The damaged and the carriers without aircraft leave for port once every battle is fought.
  retireShips(ctx);
  // Then the submarines torpedo the warships still at sea (submarine-attacks.ts): a ship hit in
  // battle that could steam left under escort at speed; the boats on patrol found the ships that
  // stayed, as Albacore and Cavalla found Taihō and Shōkaku (B13). Attacking before the retreat,
  // they finished a third of the battleships lost in the Philippine Sea in June 1944 (§1f).
  runSubmarineAttacks(ctx, passages);
}

type Sides<T> = Record<SideId, T>;

/** The fortunes of war: 60–140% of the expected result. */
export const fortune = (ctx: TurnContext) => 60 + ctx.rng.int(81);

/**
 * What a battle's helpers read: its forces and loss book, whether each side's search found the
 * enemy, and the land-based air's share when it did not. Module functions over one such object,
 * not closures made for every battle: under tsx each named closure also costs a `__name` call.
 */
interface BattleScope {
  forces: Sides<ForceState[]>;
  book: LossBook;
  found: Record<SideId, boolean> | undefined;
  unsighted: number | undefined;
  /** Whether the battle is in a sea area. */
  atSea: boolean;
}

/** Still in the fight: afloat and not withdrawn (a ship kept afloat by damage control neither strikes nor fires again). */
function fighting(b: BattleScope, f: ForceState): boolean {
  return f.status === 'active' && !b.book.hasLeft(f.id);
}

function carriersFlying(b: BattleScope, side: SideId): boolean {
  for (const f of b.forces[side]) if (fighting(b, f) && isCarrier(f) && strikeAircraft(f) > 0) return true;
  return false;
}

/**
 * Land-based air finds a fleet at sea only from a sighting: a side whose search found nothing
 * sends out only the share of its shore-based aircraft that stumble on the enemy. Force Z was
 * found on 10 December 1941 by a search plane after the bombers from Saigon had flown past it
 * (B15); at the Coral Sea on 7 May 1942 the land-based bombers from Rabaul found Crace's
 * cruisers, not the carriers (B8). Carriers search for themselves (their aircraft are counted).
 */
function shoreShare(b: BattleScope, side: SideId, f: ForceState): number {
  return f.type === 'air' && b.found?.[side] === false && b.unsighted !== undefined && b.atSea
    ? b.unsighted
    : 100;
}

/** Which of a side's forces `powerOf` counts: all, its land-based air groups, its carriers. */
const ALL = 0;
const LAND_AIR = 1;
const CARRIERS = 2;

/** The strike power of a side's forces still fighting (those `keep` names). */
function powerOf(b: BattleScope, side: SideId, keep: number): number {
  let n = 0;
  for (const f of b.forces[side]) {
    if (!fighting(b, f)) continue;
    if (keep === LAND_AIR ? f.type !== 'air' : keep === CARRIERS && !isCarrier(f)) continue;
    const share = shoreShare(b, side, f);
    const aircraft = share === 100 ? strikeAircraft(f) : Math.floor((strikeAircraft(f) * share) / 100);
    n += withExperience(Math.floor(aircraft / 3), f.experience);
  }
  return n;
}

/** The scenario's price of a strike in battle (`rules.combat.strikeLosses`). */
type StrikeLosses = NonNullable<Scenario['rules']['combat']['strikeLosses']>;

/** The aircraft of `f` that fly in its side's strike (powerOf's count before the thirds). */
function aircraftSent(b: BattleScope, side: SideId, f: ForceState): number {
  const share = shoreShare(b, side, f);
  return share === 100 ? strikeAircraft(f) : Math.floor((strikeAircraft(f) * share) / 100);
}

/**
 * The aircraft `side`'s strike loses to the defenders' fighters and guns over the target
 * (`rules.combat.strikeLosses`): fighters shoot down `fighterPercent` of the strike times their
 * share of the aircraft in the sky, guns `gunsPer100` a 100 points of gunfire, at most `maxPercent`,
 * times the fortunes of war. A strike with nothing to hit does not fly (the targets' weights as the
 * salvos use them: armies are fought on the ground).
 */
function strikePrice(ctx: TurnContext, b: BattleScope, side: SideId, price: StrikeLosses): number {
  const enemy = enemyOf(side);
  let strikers = 0;
  for (const f of b.forces[side]) if (fighting(b, f)) strikers += aircraftSent(b, side, f);
  if (strikers === 0) return 0;
  const weight = airTargetWeight(carriersFlying(b, enemy));
  let targets = false;
  let fighters = 0;
  let guns = 0;
  const cover = coverPercent(ctx, enemy);
  for (const f of b.forces[enemy]) {
    if (!fighting(b, f)) continue;
    if (weight(f) > 0) targets = true;
    guns += gunfire(f);
    // A carrier's fighters are a third of her aircraft (counted with radar direction from its date);
    // land-based fighters defend an airfield, not a fleet at sea.
    if (isCarrier(f)) fighters += Math.floor((strikeAircraft(f) * cover) / 300);
    else if (f.type === 'air' && !b.atSea)
      fighters += f.role === 'fighter' ? f.aircraft : f.role === 'mixed' ? Math.floor(f.aircraft / 3) : 0;
  }
  if (!targets) return 0;
  const byFighters = Math.floor((strikers * price.fighterPercent * fighters) / (100 * (fighters + strikers)));
  const byGuns = Math.floor((guns * price.gunsPer100) / 100);
  const most = Math.floor((strikers * price.maxPercent) / 100);
  return Math.min(most, Math.floor(((byFighters + byGuns) * fortune(ctx)) / 100));
}

/** `shot` of `side`'s striking aircraft shot down, spread over its forces by the aircraft each sent. */
function shootDownStrikers(b: BattleScope, side: SideId, shot: number): void {
  if (shot <= 0) return;
  let total = 0;
  for (const f of b.forces[side]) if (f.status === 'active') total += aircraftSent(b, side, f);
  let left = shot;
  for (const f of b.forces[side]) {
    if (left <= 0) break;
    if (f.status !== 'active' || (f.type !== 'ship' && f.type !== 'air')) continue;
    const sent = aircraftSent(b, side, f);
    if (sent === 0) continue;
    const n = Math.min(sent, left, Math.ceil((shot * sent) / total));
    left -= n;
    f.aircraft -= n;
    if (f.type === 'air') {
      f.lost += n;
      if (f.aircraft === 0) f.status = 'lost';
    }
    b.book.record(
      f,
      0,
      { amount: f.type === 'air' ? n : 0, aircraft: n },
      { shooter: enemyOf(side), fire: 'aa' },
    );
  }
}

function guns(b: BattleScope, side: SideId): number {
  let n = 0;
  for (const f of b.forces[side]) if (fighting(b, f)) n += withExperience(gunfire(f), f.experience);
  return n;
}

function afloat(b: BattleScope, side: SideId): boolean {
  for (const f of b.forces[side]) if (fighting(b, f) && isNaval(f) && !isSubmarine(f)) return true;
  return false;
}

/** The turn's own copies of the forces in a battle (see ownForce), in a list built by a loop. */
function ownForces(ctx: TurnContext, list: readonly ForceState[]): ForceState[] {
  const out: ForceState[] = [];
  for (const f of list) out.push(ownForce(ctx, f));
  return out;
}

function armiesOf(forces: Sides<ForceState[]>, side: SideId): Extract<ForceState, { type: 'army' }>[] {
  const out: Extract<ForceState, { type: 'army' }>[] = [];
  for (const f of forces[side]) if (f.status === 'active' && f.type === 'army') out.push(f);
  return out;
}

export function resolveBattle(
  ctx: TurnContext,
  contact: Contact,
  areaId: string,
  first: SideId | null,
  /** Whether each side's search found the enemy (detection.ts); absent: both did. */
  found?: Record<SideId, boolean>,
): void {
  // Everything that fights here may be hit: the turn's own copies (see ownForce).
  const forces: Sides<ForceState[]> = {
    japan: ownForces(ctx, participants(ctx, contact, areaId, 'japan')),
    allies: ownForces(ctx, participants(ctx, contact, areaId, 'allies')),
  };
  // Each side's damage control at this date (combat/damage-control.ts): a ship it keeps afloat leaves the battle.
  const book = new LossBook(damageControlIn(ctx), ctx.world.scenario.rules.combat.withdrawDamagePercent);
  const stages: BattleStage[] = [];
  const strength: Sides<number> = { japan: 0, allies: 0 };
  // The battle's helpers are module functions over this scope, not closures made per battle (see
  // `BattleScope`).
  const b: BattleScope = {
    forces,
    book,
    found,
    unsighted: ctx.world.scenario.rules.combat.unsightedLandAirPercent,
    atSea: area(ctx.world, areaId).kind === 'sea',
  };

  // 1. Air strikes.
  if (powerOf(b, 'japan', ALL) > 0 || powerOf(b, 'allies', ALL) > 0) {
    // An air stage only where a strike found something to hit: aircraft over an army alone support
    // the ground fighting (stage 3), and the report does not say "struck first" of them.
    let struck = false;
    const order: SideId[][] = first ? [[first], [enemyOf(first)]] : [['japan', 'allies']];
    for (const wave of order) {
      // Within a wave both sides' strikes are computed before either lands (simultaneous).
      // Lists built by loops, not `map`, here and below: an array a builtin made had another hidden class in
      // optimised code, and V8 threw the battle's code away and compiled it again (PERFORMANCE.md, pass 24).
      const fire: { side: SideId; power: number; fire: number }[] = [];
      for (const side of wave) {
        const power = powerOf(b, side, ALL);
        strength[side] += power;
        const surprise = side === first ? 150 : 100;
        // Land-based strikes against a carrier fleet meet its fighters: bombers flying from
        // shore at long range, often without escort, were cut down before they reached the
        // carriers — Midway's land-based attacks of 4 June 1942 scored no hit, the Marianas
        // "turkey shoot" of June 1944 and the kamikazes off Okinawa sank no fleet carrier (B9
        // B13 L4) — while against ships without fighter cover they were deadly (Prince of
        // Wales and Repulse, 10 December 1941 — B15). What gets through: land / (land + cover).
        const land = powerOf(b, side, LAND_AIR);
        // The fighters a carrier fleet keeps over itself, counted like strike aircraft.
        const cover = Math.floor(
          (powerOf(b, enemyOf(side), CARRIERS) * coverPercent(ctx, enemyOf(side))) / 100,
        );
        const through = land > 0 && cover > 0 ? Math.floor((land * land) / (land + cover)) : land;
        fire.push({
          side,
          power,
          fire: Math.floor(((power - land + through) * surprise * fortune(ctx)) / 10000),
        });
      }
      // A first strike, unseen, can find the enemy's carriers before their air groups have launched:
      // aircraft fuelled and armed on deck and in the hangar, bombs and torpedoes beside them. A few
      // hits then set off fires that sank the ship: Akagi took one bomb and was lost, Kaga and Sōryū
      // within minutes, Hiryū that afternoon (4 June 1942 — B9, PARSHALL-TULLY-2005). Carriers that
      // had launched took hits and lived (Shōkaku at the Coral Sea, 8 May 1942 — B8). Carriers waiting
      // where the decrypt said the enemy would come strike at the moment they choose (the ambush, C5);
      // a side that found the enemy first by search strikes when its strike arrives, often between
      // launches. In simultaneous strikes, and in the answer to a first strike, the decks are clear.
      const caught = new Set(
        first !== null && wave[0] === first
          ? forces[enemyOf(first)]
              .filter((f) => fighting(b, f) && isCarrier(f) && strikeAircraft(f) > 0)
              .map((f) => f.id)
          : [],
      );
      // The price of each strike (`rules.combat.strikeLosses`), counted against the defenders as they
      // stand before either side's bombs fall; paid once the wave has struck.
      const price = ctx.world.scenario.rules.combat.strikeLosses;
      // (Built by `push`: a list made by `map` has holey elements, and the first one to reach the
      // loop below, compiled for packed lists, threw resolveBattle's code away — PERFORMANCE.md, pass 27.)
      let shot: ReturnType<typeof strikePrice>[] | null = null;
      if (price) {
        shot = [];
        for (const side of wave) shot.push(strikePrice(ctx, b, side, price));
      }
      const { aircraftOnDeckHitPercent } = ctx.world.scenario.rules.combat;
      const onDeck =
        first === 'allies' && ctx.ambushes.has(areaId)
          ? aircraftOnDeckHitPercent.ambush
          : aircraftOnDeckHitPercent.firstStrike;
      for (const { side, fire: f, power } of fire) {
        const targets = forces[enemyOf(side)];
        // Strikes go for carriers first, then other ships, then aircraft; armies are fought on the
        // ground. Whether the enemy's carriers fly is settled when the strike is launched.
        const weight = airTargetWeight(carriersFlying(b, enemyOf(side)));
        if (power > 0 && targets.some((t) => fighting(b, t) && weight(t) > 0)) struck = true;
        fireSalvos(ctx.rng, f, targets, weight, book, 'air-strikes', side, (t) =>
          caught.has(t.id) ? onDeck : 100,
        );
      }
      if (shot) for (let i = 0; i < wave.length; i++) shootDownStrikers(b, wave[i]!, shot[i]!);
    }
    if (struck) stages.push('air');
  }

  // 2. Surface action, between the warships still afloat.
  // Carrier fleets fight with their aircraft and keep out of gun range: at the Coral Sea and
  // Midway the ships never saw each other (B8 B9). A surface fleet without air cover that
  // is struck from the air turns away rather than chase carriers it cannot reach by day:
  // Yamamoto's Main Body never caught Spruance after Midway, and at the Philippine Sea the
  // battleships of the van never came within gun range (B9 B13). Guns decide only where
  // neither side has a carrier left flying (the Java Sea, the night actions off Guadalcanal,
  // Surigao Strait — B12 B14).
  const standOff = carriersFlying(b, 'japan') || carriersFlying(b, 'allies');
  if (
    !standOff &&
    afloat(b, 'japan') &&
    afloat(b, 'allies') &&
    (guns(b, 'japan') > 0 || guns(b, 'allies') > 0)
  ) {
    stages.push('surface');
    const fire: { side: SideId; fire: number }[] = [];
    for (const side of SIDE_IDS) {
      strength[side] += guns(b, side);
      fire.push({ side, fire: Math.floor((guns(b, side) * fortune(ctx)) / 100) });
    }
    for (const { side, fire: f } of fire) {
      fireSalvos(ctx.rng, f, forces[enemyOf(side)], gunTargetWeight, book, 'gunfire', side);
    }
  }

  // 3. Ground combat for land areas.
  const here = area(ctx.world, areaId);
  if (here.kind !== 'sea' && armiesOf(forces, 'japan').length > 0 && armiesOf(forces, 'allies').length > 0) {
    stages.push('ground');
    const holder = ctx.state.control[areaId] ?? here.owner;
    const { combat } = ctx.world.scenario.rules;
    const shortFire = ctx.world.scenario.rules.shipping?.contestedIslands?.shortFirePercent ?? 0;
    const fire: { side: SideId; fire: number }[] = [];
    const brought = { japan: 0, allies: 0 };
    for (const side of SIDE_IDS) {
      // In tenths of a fire point (one point per 10,000 men), so that a garrison of a few
      // thousand still fires: rounded down, 5,000 men fired nothing and could never take an
      // island held by 1,000 (Guam, Wake, Makin, 1941 — T).
      // An army fighting on an island the other side holds whose runs were sunk fires less
      // (`shipping.contestedIslands.shortFirePercent`, the Tokyo Express).
      const hungry = side !== holder && here.kind === 'island' ? shortFire : 0;
      let tenths = 0;
      for (const f of forces[side]) {
        if (f.status !== 'active' || f.type !== 'army') continue;
        const landed = ctx.landed.has(f.id) ? 100 - combat.amphibiousPenaltyPercent : 100;
        const fed = 100 - Math.floor((hungry * (ctx.shortOfSupply.get(f.id) ?? 0)) / 100);
        tenths += Math.floor((withExperience(f.troops, f.experience) * landed * fed) / 10_000);
      }
      // Bombardment and close air support, also from warships and carriers offshore, at the
      // scenario's rate of guns and aircraft per point; with `supportMaxPercent`, for at most that
      // share of the troops' own fire: ships and aircraft help troops ashore, they do not replace
      // them (Tarawa, Iwo Jima — combat-values.ts `supportCounted`).
      let support = 0;
      for (const list of [forces[side], navalSupport(ctx, contact, areaId, side)]) {
        for (const f of list) {
          if (f.status !== 'active' || isSubmarine(f)) continue;
          support +=
            Math.floor((gunfire(f) * 10) / combat.supportGunsPerPoint) +
            Math.floor((strikeAircraft(f) * 10) / combat.supportAircraftPerPoint);
        }
      }
      tenths += supportCounted(support, tenths, combat.supportMaxPercent);
      if (side === holder) tenths = Math.floor((tenths * (100 + combat.defenderBonusPercent)) / 100);
      brought[side] = tenths;
      strength[side] += Math.floor(tenths / 10);
      // The fraction of a point left over hits with that chance.
      const fire1000 = tenths * fortune(ctx);
      fire.push({ side, fire: Math.floor(fire1000 / 1000) + (ctx.rng.int(1000) < fire1000 % 1000 ? 1 : 0) });
    }
    for (const { side, fire: f } of fire) {
      fireSalvos(ctx.rng, f, armiesOf(forces, enemyOf(side)), byTroops, book, 'ground-fire', side);
    }
    surrenderBeatenArmies(ctx, fire, forces, book, areaId, holder);
    overwhelmOutnumbered(ctx, brought, forces, book);
  }

  // Crippled ships that could not get away from the battle (combat/crippled.ts).
  if (here.kind === 'sea') loseCrippledShips(ctx, forces, book, areaId);

  const losses = book.losses();
  const aircraftLost = { japan: 0, allies: 0 };
  for (const l of losses) aircraftLost[l.side] += l.aircraft;
  // Aircrew die with most aircraft lost in combat; the veterans cannot be replaced in kind (B13, EVANS-PEATTIE-1997).
  const pilotShare = ctx.world.scenario.rules.air?.pilotLossPercent ?? 100;
  const pilotsLost = {
    japan: Math.floor((aircraftLost.japan * pilotShare) / 100),
    allies: Math.floor((aircraftLost.allies * pilotShare) / 100),
  };
  chargeWillForLostShips(ctx, losses);

  ctx.items.push({
    kind: 'battle',
    area: areaId,
    stages,
    strength,
    firstStrike: stages.includes('air') ? first : null,
    losses,
    aircraftLost,
    pilotsLost,
  });
}

/**
 * Carriers draw strikes (weight 4), other ships 2, air groups on the ground 1; armies are fought on
 * the ground.
 *
 * Carrier doctrine: where the enemy's carriers fly, the strikes go for the flight decks, and the
 * battleships with them — armoured, hard to sink with the bombs a strike carried, and no threat
 * to the strikers' own carriers — draw half a ship's share (weight 1). At Midway every strike went
 * for Kidō Butai's carriers, and Haruna and Kirishima came home unhurt (B9); at the Philippine Sea
 * the strike of 20 June sank Hiyō and hit Zuikaku and Chiyoda, while Yamato, Musashi, Kongō and
 * Haruna, steaming with the van's light carriers, took one bomb between them (B13). Without
 * carriers to go for, the battleships were the target and died of it: Musashi in the Sibuyan Sea,
 * 24 October 1944, Yamato on 7 April 1945 (B14, L4).
 */
function airTargetWeight(carriersFlying: boolean): (f: ForceState) => number {
  return (f) => {
    if (isSubmarine(f)) return 0;
    if (isCarrier(f)) return 4;
    if (f.type === 'ship' && f.class === 'battleship' && carriersFlying) return 1;
    if (isNaval(f)) return 2;
    if (f.type === 'air') return 1;
    return 0;
  };
}

/**
 * Ground fire falls on the enemy's armies in proportion to their men: a division landed beside an army
 * is not hit as hard as the whole army. (Each army drew the same share before, so at Lingayen in the
 * Road to Tokyo the 45,000 men of the follow-up divisions lost 27,000 and the Sixth Army's 178,000 lost
 * 9,000.)
 */
function byTroops(f: ForceState): number {
  return f.type === 'army' ? f.troops : 0;
}

/**
 * Armies that lost the fight (took more fire than they gave) and are down to
 * less than the scenario's share of their strength surrender, if their side
 * surrenders at all. Most of the Allied armies lost in 1941–42 went into
 * captivity rather than being killed (Singapore, Bataan, Java — T);
 * Japanese garrisons almost never surrendered, so a scenario may set a
 * share for one side only. A garrison cut off from supply where it holds
 * (`cutOffSurrenderPercent`, supply.ts) gives up at its own share: with no
 * relief to hope for, Singapore and Java surrendered within days of the
 * landings with most of their men alive (KIRBY-1957).
 */
function surrenderBeatenArmies(
  ctx: TurnContext,
  fire: readonly { side: SideId; fire: number }[],
  forces: Sides<ForceState[]>,
  book: LossBook,
  areaId: string,
  holder: Owner,
): void {
  const { surrenderPercent, cutOffSurrenderPercent } = ctx.world.scenario.rules.combat;
  for (const side of SIDE_IDS) {
    const cutOffShare = side === holder ? cutOffSurrenderPercent?.[side] : undefined;
    if (surrenderPercent[side] === undefined && cutOffShare === undefined) continue;
    if (fireOf(fire, side) >= fireOf(fire, enemyOf(side))) continue;
    // Asked only of a beaten garrison whose side has the share: the supply search is not cheap.
    const cutOff = cutOffShare !== undefined && !isSupplied(ctx.world, ctx.state, side, areaId);
    const percent = cutOff ? cutOffShare : surrenderPercent[side];
    if (percent === undefined) continue;
    for (const army of armiesOf(forces, side)) {
      const original = army.troops + army.lost - army.replaced;
      if (army.troops * 100 >= original * percent) continue;
      book.surrender(army, 'surrendered', cutOff);
    }
  }
}

/**
 * Armies whose side brought to the ground battle no more than 1 / `rules.combat.overwhelmOdds` of the
 * enemy's fire (in tenths, before the fortunes of war) are overwhelmed within the month: their men are
 * killed or captured, as the garrisons of Guam (J5), Wake, Makin, Tarawa (ALEXANDER-1993) and Tinian
 * (CROWL-1960) were in days — T. A month-long turn's fire alone wears a garrison down by a tenth of the
 * attackers' men, so 5,000 men needed months against 1,000. A side with `surrenderPercent` surrenders;
 * the other's men are killed or captured fighting.
 */
function overwhelmOutnumbered(
  ctx: TurnContext,
  brought: Sides<number>,
  forces: Sides<ForceState[]>,
  book: LossBook,
): void {
  const { overwhelmOdds, surrenderPercent } = ctx.world.scenario.rules.combat;
  if (overwhelmOdds === undefined) return;
  for (const side of SIDE_IDS) {
    const enemy = brought[enemyOf(side)];
    if (enemy === 0 || brought[side] * overwhelmOdds > enemy) continue;
    const how = surrenderPercent[side] === undefined ? 'overwhelmed' : 'surrendered';
    for (const army of armiesOf(forces, side)) book.surrender(army, how);
  }
}

function fireOf(fire: readonly { side: SideId; fire: number }[], side: SideId): number {
  return fire.find((f) => f.side === side)?.fire ?? 0;
}

/**
 * Gunfire falls on the screen of battleships, cruisers and destroyers three
 * times as often as on the carriers behind it: carriers kept out of gun
 * range, and only a fleet caught with a thin screen lost carriers to gunfire
 * (Samar, Leyte Gulf — B14).
 */
function gunTargetWeight(f: ForceState): number {
  if (!isNaval(f) || isSubmarine(f)) return 0;
  return isCarrier(f) ? 1 : 3;
}

/** Named ships lost cost their side national will (Allied casualties wore down the Allies' will too). */
export function chargeWillForLostShips(ctx: TurnContext, losses: ReturnType<LossBook['losses']>): void {
  const { rules, victory } = ctx.world.scenario;
  for (const l of losses) {
    if (!l.destroyed) continue;
    const force = forceById(ctx.state, l.force);
    if (force?.type !== 'ship') continue;
    const will = rules.willPerShipLost[force.class] ?? 0;
    if (will > 0)
      adjustStock(ctx, l.side, victory.willResource, -will, { code: 'ship-sunk', force: force.id });
  }
  if (rules.willPerTroopsLost) {
    const per = rules.willPerTroopsLost;
    for (const side of SIDE_IDS) {
      const troops = losses
        .filter((l) => l.side === side && ctx.state.forces.find((f) => f.id === l.force)?.type === 'army')
        .reduce((n, l) => n + l.amount, 0);
      const will = Math.floor(troops / per.troops) * per.will;
      if (will > 0) adjustStock(ctx, side, victory.willResource, -will, { code: 'troops-lost', troops });
    }
  }
}

/** Radar-directed fighter cover of `side` (rules.combat.fighterCover): the entry in force, else 100%. */
export function coverPercent(ctx: TurnContext, side: SideId): number {
  return entryInForce(ctx.world.scenario.rules.combat.fighterCover, ctx.state.date, side)?.percent ?? 100;
}
