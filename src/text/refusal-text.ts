/**
 * The words of orders refused for reasons the engine gives as data (a code
 * and its values, src/engine/refusal.ts): what is wrong, and what the student
 * can do about it. The orders panel, the turn report, the command line and the
 * replay checker all read the sentence from here.
 */
import type { Refusal } from '../engine/refusal';
import type { SideId } from '../scenario/schema';

export type { Refusal } from '../engine/refusal';

const number = new Intl.NumberFormat('en-GB');
const n = (v: number): string => number.format(v);

const ENEMY_NAME: Record<SideId, string> = { japan: 'the Japanese', allies: 'the Allied' };

/** What holds a sea against a convoy (`sea-held`). */
const HELD_BY: Record<'fleet' | 'air' | 'fleet-and-air', string> = {
  fleet: 'fleet',
  air: 'air power',
  'fleet-and-air': 'fleet and air power',
};

/** Ship classes as a student reads them, in the plural. */
const CLASS_PLURAL: Record<string, string> = {
  'fleet-carrier': 'fleet carriers',
  'light-carrier': 'light carriers',
  'escort-carrier': 'escort carriers',
  battleship: 'battleships',
  'heavy-cruiser': 'heavy cruisers',
  'light-cruiser': 'light cruisers',
  cruiser: 'cruisers',
  destroyer: 'destroyers',
  escort: 'escorts',
  submarine: 'submarines',
  transport: 'transports',
  oiler: 'oilers',
};

/**
 * A convoy refused when the turn was resolved because an enemy fleet held a sea on its way: under the
 * fog of war the order was given against what the side saw, and the fleet was met there. "the convoy
 * for Java turned back: the Allied fleet holds the Java Sea (power 71 against your 40) — …" (no final
 * full stop). `to`: the destination's name. The same advice as `refusalText`'s.
 */
export function convoyTurnedBackText(to: string, r: Extract<Refusal, { code: 'sea-held' }>): string {
  const held = `${ENEMY_NAME[r.enemy]} ${HELD_BY[r.what]} ${r.what === 'fleet' ? 'holds' : 'hold'} ${r.area} (power ${n(r.theirs)} against your ${n(r.ours)})`;
  return `the convoy for ${to} turned back: ${held}. ${r.areaIsSea ? 'Fight it first, or cover the convoy with a stronger fleet or land-based aircraft in reach' : 'Strike the ships and airfields there first, or bring a stronger covering force'}`;
}

/** The sentence a student reads for a refused order (no final full stop: the panel adds it). */
export function refusalText(r: Refusal): string {
  switch (r.code) {
    case 'game-over':
      return 'the game is over';
    case 'no-force':
      return `there is no force "${r.force}"`;
    case 'no-area':
      return `there is no area "${r.area}"`;
    case 'no-buildable':
      return `there is nothing called "${r.item}" to build`;
    case 'no-choice':
      return `there is no choice "${r.choice}"`;
    case 'no-policy':
      return `there is no policy "${r.policy}" (${r.policies.join(', ')})`;
    case 'other-side':
      return `${r.who} belongs to the other side`;
    case 'force-lost':
      return `${r.who} has been lost`;
    case 'has-order':
      return `${r.who} already has an order this turn`;
    case 'oiler-sails-with':
      return `${r.who} already sails with your ships to ${r.area} this turn, to refuel them at sea`;
    case 'already-there':
      return `${r.who} is already in ${r.area}`;
    case 'detach-not-army':
      return `${r.who} is not an army: only an army can send part of its men`;
    case 'detach-size':
      return r.men >= r.troops
        ? `${r.who} has ${n(r.troops)} thousand men: to send them all, move the whole army; a detachment is fewer`
        : `a detachment of ${r.who} needs at least 1 thousand men`;
    case 'in-the-yard':
      return `${r.who} is ${n(r.damage)}% damaged and can only sail to one of your ports until repaired below ${n(r.below)}% (${n(r.repair)} points a month in port, if she does not sail)`;
    case 'not-sea-or-port':
      return `${r.area} is neither a sea area nor one of your ports`;
    case 'not-airfield':
      return `${r.area} is not one of your airfields`;
    case 'army-to-sea':
      return 'armies cannot move into a sea area';
    case 'not-at-war':
      return r.neutral
        ? `${r.area} is neutral and you are not at war`
        : `you are not at war: ${r.area} cannot be attacked`;
    case 'only-armies-embark':
      return 'only armies embark';
    case 'no-port':
      return `${r.area} has no port to embark from`;
    case 'transports-sailing':
      return `${r.army} cannot embark: its transports (${r.transports.join(', ')}) have orders of their own, given before the army's — order the army first (or with them as one group) to take them along`;
    case 'transports-short':
      return r.all > r.have
        ? `crossing the sea needs ${n(r.need)} transports in ${r.area}, and only ${n(r.have)} of the ${n(r.all)} there are not already used by your earlier orders this turn — a flotilla sails whole with the first army that embarks (cancel that order, or bring more transports)`
        : `crossing the sea needs ${n(r.need)} transports in ${r.area}, there are ${n(r.have)}`;
    case 'carried-elsewhere':
      return `${r.who} already sails with ${r.army} to ${r.area} this turn`;
    case 'no-oil':
      return `not enough oil: ${r.who} needs ${n(r.need)} thousand barrels to move, ${n(r.left)} are left${r.away ? ' here and at home' : ''}`;
    case 'build-other-side':
      return `${r.item} is built by the other side`;
    case 'cannot-afford':
      return r.atResolution
        ? `not enough ${r.resource} left this turn for ${n(r.count)} × ${r.item} (needs ${n(r.need)})`
        : cannotAfford(r);
    case 'yards-full':
      return yardsFull(r);
    case 'choice-other-side':
      return `"${r.label}" is the other side's decision`;
    case 'already-chosen':
      return `"${r.label}" has already been chosen`;
    case 'one-decision':
      return 'only one decision can be made each turn';
    case 'choice-needs':
      return `"${r.label}" needs "${r.flag}" to be ${r.value ? 'in force' : 'over'}`;
    case 'policy-has-order':
      return `the ${r.policy} policy already has an order this turn`;
    case 'no-rationing':
      return 'there is no rationing to set';
    case 'rationing-levels':
      return `rationing has levels 0 to ${n(r.highest)}`;
    case 'not-air-group':
      return `${r.who} is not a land-based air group`;
    case 'strategic-bomber':
      return `${r.who} is a strategic bomber force: it bombs on its own`;
    case 'not-at-airfield':
      return `${r.who} is not at one of your airfields`;
    case 'no-air-missions':
      return `this scenario has no air missions: ${r.who} fights only where it is based, or move it`;
    case 'air-out-of-reach':
      return `${r.area} is beyond the reach of ${r.who} from ${r.base} (${n(r.range)} nautical miles) — move the group to an airfield nearer first`;
    case 'strike-own':
      return `${r.area} is yours: strike enemy areas or sea areas`;
    case 'not-at-war-in':
      return `you are not at war in ${r.area}`;
    case 'cover-sea':
      return `${r.area} is a sea area: cover a landing's target, or patrol the sea`;
    case 'patrol-land':
      return `${r.area} is not a sea area: only lanes are patrolled`;
    case 'defend-not-own':
      return `${r.area} is not one of your areas: a group defends your own areas`;
    case 'needs-escorts':
      return (
        `the landing needs ${n(r.need)} escort${r.need === 1 ? '' : 's'} for ${r.army}'s ${n(r.transports)} transports and ` +
        (r.have === 0 ? 'none is' : `only ${n(r.have)} ${r.have === 1 ? 'is' : 'are'}`) +
        ` ready: add destroyers or cruisers in ${r.port} (they sail with the convoy), or send warships to ${r.sea} first`
      );
    case 'sea-held':
      return (
        `${ENEMY_NAME[r.enemy]} ${HELD_BY[r.what]} ${r.what === 'fleet' ? 'holds' : 'hold'} ${r.area} (power ${n(r.theirs)} against your ${n(r.ours)}): ` +
        (r.areaIsSea
          ? 'fight it first, or cover the convoy with a stronger fleet or land-based aircraft in reach'
          : 'strike the ships and airfields there first, or bring a stronger covering force')
      );
    case 'neutral-closed':
      return `${r.area} is neutral, and your side does not invade neutral countries`;
    case 'convoy-range':
      return `${r.area} is beyond the reach of ${r.army}'s convoy this turn (range ${n(r.range)} nautical miles): land somewhere nearer first`;
    case 'out-of-reach':
      if (r.way === undefined)
        return `${r.area} cannot be reached by ${r.who} from where it is: no way there runs through areas it can pass (ships sail through sea areas and ports) — pick another area`;
      return `${r.area} is out of reach for ${r.who} this turn: ${n(r.way)} nautical miles away, range ${n(r.range)} a turn — go part of the way this turn, or pick a nearer area`;
    case 'overland-out-of-reach':
      return `${r.area} is out of reach overland for ${r.army} (range ${n(r.range)} nautical miles) — ${refusalText(r.lift)}`;
    case 'beyond-endurance': {
      const ships = CLASS_PLURAL[r.shipClass] ?? r.shipClass;
      const oilers = r.fleetTrain ? ' even with oilers' : '';
      const reach = `${r.who} (${ships}) can steam only ${n(r.reach)} nautical miles from a fuelled port${oilers}`;
      if (r.port === null)
        return `you hold no fuelled port from which ${r.area} can be reached by sea: take a base first`;
      if (r.distance <= r.reach)
        return (
          `${r.from} to ${r.area} is ${n(r.direct)} nautical miles, and ${reach}: stage through ${r.port} ` +
          `(${n(r.distance)} nautical miles from ${r.area}) — sail there this turn and on from there the next — or take or hold a base nearer`
        );
      return `${r.area} is ${n(r.distance)} nautical miles from your nearest fuelled port (${r.port}), and ${reach}: take or hold a base nearer first`;
    }
    case 'fleet-train-short': {
      const ships = CLASS_PLURAL[r.shipClass] ?? r.shipClass;
      return (
        `${r.area} is beyond the ${n(r.radius)} nautical miles ${r.who} (${ships}) can steam from a fuelled port, so the ships need oilers: ` +
        `your fleet train has oilers for ${n(r.capacity)} ship${r.capacity === 1 ? '' : 's'} beyond the radius there; ${n(r.ordered)} ${r.ordered === 1 ? 'is' : 'are'} ordered there ` +
        `(an oiler fuels ${n(r.shipsPerOiler)}) — send more oilers (to where the ships sail from, or to or next to ${r.area}) or hold a base nearer`
      );
    }
    case 'fleet-train-dry': {
      const ships = CLASS_PLURAL[r.shipClass] ?? r.shipClass;
      return (
        `${r.area} is beyond the ${n(r.radius)} nautical miles ${r.who} (${ships}) can steam from a fuelled port, so the ships burn oil from their oilers: ` +
        `your oilers there hold ${n(r.cargo)} thousand barrels; the ships ordered there need ${n(r.oil)} thousand barrels beyond the radius — ` +
        `load the oilers at a fuelled port with oil (they fill up at the end of a turn in port, ${n(r.perOiler)} thousand barrels an oiler) or hold a base nearer`
      );
    }
    case 'unsupplied':
      return (
        `${r.army} in ${r.area} is cut off from supply — no way over your own land, or through seas the enemy does not hold, leads to a supply base — ` +
        'so it can defend but not attack: clear the sea lane with a stronger fleet or aircraft, or retake the land route first'
      );
    default: {
      const never: never = r;
      return never;
    }
  }
}

/**
 * A build the shipyards have no room for (shipyards.ts): what the yards can take, and the two ways
 * out — fewer now (a ship on the slips frees its room when it is delivered) or more capacity.
 */
function yardsFull(r: Extract<Refusal, { code: 'yards-full' }>): string {
  const each = r.count > 0 ? r.need / r.count : r.need;
  const fewer = each > 0 ? Math.floor(r.free / each) : 0;
  const now = `no room in the shipyards for ${n(r.count)} × ${r.item}: ${r.count === 1 ? 'it needs' : 'they need'} ${n(r.need)} thousand GT of slipway and ${n(r.free)} of the yards' ${n(r.capacity)} thousand GT are free${r.atResolution ? ' this turn' : ''}`;
  const ways = [
    fewer > 0 ? `order ${n(fewer)} now` : 'wait until the ships on the slips are delivered',
    r.expansion ? `order ${r.expansion} to raise the capacity` : null,
  ].filter((x) => x !== null);
  return `${now} — ${ways.join(', or ')}`;
}

/**
 * A build the stock cannot pay for, and what to do: builds are paid from what the side has when it
 * orders (economy/builds.ts); the month's output comes in as the month is played, for next turn.
 */
function cannotAfford(r: Extract<Refusal, { code: 'cannot-afford' }>): string {
  const have = Math.max(0, r.have);
  const each = r.count > 0 ? r.need / r.count : r.need;
  const fewer = each > 0 ? Math.floor(have / each) : 0;
  const now = `${n(r.count)} × ${r.item} needs ${n(r.need)} ${r.resource} and you have ${n(have)} now`;
  const rule = `builds are paid from what you have when you order; this month's ${r.resource} comes in as the month is played`;
  return fewer > 0
    ? `${now} — ${rule}: order ${n(fewer)} now, or the rest next turn`
    : `${now} — ${rule}: end the turn and order it next turn`;
}
