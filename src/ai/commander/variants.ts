/**
 * The commander's plan variants: the same operations, built in a different
 * spirit — on the scenario's plan or without it, bold or cautious, seeking
 * battle or not. The levels weigh the first few of them (levels.ts); the
 * rollouts pick one.
 */
import { addOperation, type Book, newBook } from './book';
import { lastChanceNow } from './clock';
import { followDoctrine } from './doctrine';
import { campaignDrive, goalDrive, holdHomeAirfields } from './drive';
import { diplomacy, production, rationing } from './home-front';
import { positionForDecodedFleet, waitForDecodedFleet } from './intelligence';
import { defendAreas, holdObjectives, invade, pressAttacks } from './land-operations';
import type { LevelSettings } from './levels';
import {
  avoidSuperiorFleets,
  coverFront,
  escortConvoys,
  lastChanceSeas,
  leaveHopelessStations,
  nameCarrierStrikes,
  repairDamaged,
  seekBattle,
  submarineCampaign,
} from './naval-operations';
import { objectivesToTake } from './objectives';
import { oilRunsOut } from './score';
import type { Situation } from './situation';
import {
  airMissions,
  bombers,
  ferryTransports,
  forwardAir,
  reinforceObjectiveAir,
  supportBattles,
} from './support-operations';

export interface Variant {
  id: string;
  /** Start from the scenario's plan for the turn. */
  doctrine: boolean;
  /** Percent applied to the level's invasion odds (lower: bolder). */
  oddsPercent: number;
  /** Seek battle with enemy fleets. */
  battle: boolean;
}

/** In the order the levels take them: easy plays the first alone. */
export const VARIANTS: readonly Variant[] = [
  { id: 'operational', doctrine: false, oddsPercent: 100, battle: true },
  { id: 'doctrine', doctrine: true, oddsPercent: 100, battle: true },
  { id: 'doctrine-cautious', doctrine: true, oddsPercent: 140, battle: false },
  { id: 'bold', doctrine: false, oddsPercent: 75, battle: true },
  { id: 'doctrine-bold', doctrine: true, oddsPercent: 75, battle: true },
];

export function planVariant(s: Situation, level: LevelSettings, chosen: Variant): Book {
  // The last chance (clock.ts; midway25): when waiting loses the game and the turns left are only
  // those it takes to sail, soften a goal up and land, every variant is the operational one, which
  // drives for the goal — the plan's timing has passed, and a rollout of two or three turns does not
  // reach the verdict that waiting loses (it scored the fleet kept home above the fleet that sails:
  // Midway against a student who parked the US fleet at the atoll, play25 §4.1).
  const variant = level.lastChanceOdds > 0 && lastChanceNow(s) ? VARIANTS[0]! : chosen;
  const book = newBook(s.world, s.state, s.side);
  diplomacy(book, s);
  rationing(book, s);
  production(book, s);
  if (variant.doctrine) followDoctrine(book, s, level.planBattleOdds);
  repairDamaged(book, s);
  waitForDecodedFleet(book, s, level.ambush);
  if (level.positionAhead) positionForDecodedFleet(book, s);
  pressAttacks(book, s);
  const odds = Math.floor((level.odds[s.side] * variant.oddsPercent) / 100);
  const mayLaunch = (s.state.turn - 1) % level.invasionEvery[s.side] === 0;
  s.drive = level.campaignDrive ? (campaignDrive(book, s, odds, mayLaunch) ?? undefined) : undefined;
  // The other side of the drive: the airfields the enemy's bombers need are held first (hard).
  if (!s.drive) holdHomeAirfields(book, s);
  const cutOffOdds = Math.floor((level.cutOffOdds[s.side] * variant.oddsPercent) / 100);
  const launched = invade(book, s, {
    odds,
    cutOffOdds,
    max: mayLaunch ? level.invasions : 0,
    vitalOnly: level.readsOilClock && s.war && oilRunsOut(s.world, s.state, s.side, s.oil.months),
    troopsForCapital: level.campaignDrive,
  });
  defendAreas(book, s, level.anticipate);
  if (level.airDefence) reinforceObjectiveAir(book, s);
  holdObjectives(book, s);
  // Nothing landed and no campaign drive: the armies no one needs gather for a goal of the scenario —
  // the commander's own campaign, not the plan's (a doctrine variant keeps the plan's timing).
  const gathering =
    level.goalDrive && !variant.doctrine && launched.length === 0 && !s.drive
      ? goalDrive(book, s, odds, cutOffOdds)
      : [];
  if (level.fleetActions && variant.battle)
    seekBattle(
      book,
      s,
      !level.battleWhateverOil && s.side === 'japan' && s.oil.months < 6,
      level.readsCarrierBattles,
      level.battleOdds,
      level.readsStations,
    );
  avoidSuperiorFleets(book, s, level.readsCarrierBattles, lastChanceSeas(s, gathering, level.lastChanceOdds));
  if (level.shippingWar) {
    escortConvoys(book, s);
    submarineCampaign(book, s);
  }
  // The fleet softens up each objective the armies gather for, the most worth first.
  // When waiting loses the game and the clock runs out, at the level's last-chance odds (clock.ts).
  for (const area of gathering) coverFront(book, s, area, true, level.lastChanceOdds, level.readsStations);
  if (gathering.length === 0)
    coverFront(book, s, (launched[0] ?? objectivesToTake(s)[0])?.area, false, 0, level.readsStations);
  if (level.bombing) bombers(book, s);
  if (level.airSupport) supportBattles(book, s);
  forwardAir(book, s);
  airMissions(book, s, level.airWar);
  ferryTransports(book, s);
  // Carriers with nothing to do off an enemy port whose air defence beats their strike sail home
  // rather than strike it each turn they stay (port-strike.ts `carriersThatStay`; cmdr31).
  if (level.readsStations) leaveHopelessStations(book, s);
  // Every carrier the orders sail against a port is named in the raid on it (the port-strike rule).
  nameCarrierStrikes(book, s);
  // A turn with nothing to do still says so: the forces hold where they are.
  if (book.operations.length === 0) {
    const forces = s.state.forces.filter((f) => f.side === s.side && f.status === 'active').length;
    addOperation(
      book,
      'hold',
      s.side === 'japan' && !s.war ? 'conserve-oil' : 'home-defence',
      [],
      undefined,
      {
        forces,
      },
    );
  }
  return book;
}
