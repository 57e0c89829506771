/**
 * The words of orders refused for reasons the engine gives as data (a code
 * and its values): what is wrong, and what the student can do about it. The
 * order check attaches these words to its verdict, so the orders panel, the
 * report and the command line read the same sentence.
 */
import type { SideId } from '../scenario/schema';

const number = new Intl.NumberFormat('en-GB');
const n = (v: number): string => number.format(v);

const ENEMY_NAME: Record<SideId, string> = { japan: 'the Japanese', allies: 'the Allied' };

export type Refusal =
  | {
      code: 'needs-escorts';
      /** The army, its port, the escorts needed and found, its transports, the first sea area on the way. */
      army: string;
      port: string;
      need: number;
      have: number;
      transports: number;
      sea: string;
    }
  | {
      code: 'sea-held';
      /** The area the enemy holds, by whom, and the power on each side. */
      area: string;
      areaIsSea: boolean;
      enemy: SideId;
      what: 'fleet' | 'air power' | 'fleet and air power';
      theirs: number;
      ours: number;
    }
  | { code: 'neutral-closed'; area: string }
  | { code: 'convoy-range'; area: string; army: string; range: number }
  /** Beyond what the force covers in one turn (its range in nautical miles). */
  | { code: 'out-of-reach'; area: string; who: string; range: number }
  /** Beyond the army's march, and no sea lift either: `lift` is the sea lift's own refusal. */
  | { code: 'overland-out-of-reach'; area: string; army: string; range: number; lift: string }
  | {
      code: 'beyond-endurance';
      /** The force (or the army whose convoy sails), the ship class that limits it, the destination. */
      who: string;
      shipClass: string;
      area: string;
      /** Where the ships start, and how far the destination is from there by sea. */
      from: string;
      direct: number;
      /** The nearest fuelled port and its distance by sea to the destination (null: none reaches it). */
      port: string | null;
      distance: number;
      /** Nautical miles the class reaches from a fuelled port now, with oilers if the side has a fleet train. */
      reach: number;
      fleetTrain: boolean;
    }
  | {
      /** Ships beyond their radius, and too few oilers with them (endurance.ts). */
      code: 'fleet-train-short';
      who: string;
      /** The class with the shortest radius among those beyond it, and that radius. */
      shipClass: string;
      radius: number;
      area: string;
      /** Ships beyond their radius the oilers there can fuel, and the ships ordered there (this move's included). */
      capacity: number;
      ordered: number;
      shipsPerOiler: number;
    }
  | {
      /** Ships beyond their radius, and the oilers with them hold too little oil (endurance.ts). */
      code: 'fleet-train-dry';
      who: string;
      shipClass: string;
      radius: number;
      area: string;
      /** Thousand barrels the oilers there hold, and what the ships ordered there burn beyond the radius (this move's included). */
      cargo: number;
      oil: number;
      /** Thousand barrels one oiler holds full. */
      perOiler: number;
    }
  | { code: 'unsupplied'; army: string; area: string };

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

/** The sentence a student reads for a refused order (no final full stop: the panel adds it). */
export function refusalText(r: Refusal): string {
  switch (r.code) {
    case 'needs-escorts':
      return (
        `the landing needs ${n(r.need)} escort${r.need === 1 ? '' : 's'} for ${r.army}'s ${n(r.transports)} transports and ` +
        (r.have === 0 ? 'none is' : `only ${n(r.have)} ${r.have === 1 ? 'is' : 'are'}`) +
        ` ready: add destroyers or cruisers in ${r.port} (they sail with the convoy), or send warships to ${r.sea} first`
      );
    case 'sea-held':
      return (
        `${ENEMY_NAME[r.enemy]} ${r.what} ${r.what === 'fleet' ? 'holds' : 'hold'} ${r.area} (power ${n(r.theirs)} against your ${n(r.ours)}): ` +
        (r.areaIsSea
          ? 'fight it first, or cover the convoy with a stronger fleet or land-based aircraft in reach'
          : 'strike the ships and airfields there first, or bring a stronger covering force')
      );
    case 'neutral-closed':
      return `${r.area} is neutral, and your side does not invade neutral countries`;
    case 'convoy-range':
      return `${r.area} is beyond the reach of ${r.army}'s convoy this turn (range ${n(r.range)} nautical miles): land somewhere nearer first`;
    case 'out-of-reach':
      return `${r.area} is out of reach for ${r.who} this turn (range ${n(r.range)} nautical miles): go part of the way this turn, or pick a nearer area`;
    case 'overland-out-of-reach':
      return `${r.area} is out of reach overland for ${r.army} (range ${n(r.range)} nautical miles) — ${r.lift}`;
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
