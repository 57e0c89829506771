/**
 * Why an order is refused, as data: a code and its values (names of forces and areas as the
 * scenario gives them, numbers in their units). The engine never words a refusal: the sentence a
 * student reads comes from src/text/refusal-text.ts, shared by the orders panel, the turn report,
 * the command line and the replay checker; computer players read the code.
 */
import type { SideId } from '../scenario/schema';

export type Refusal =
  /** Any order once the game has ended. */
  | { code: 'game-over' }
  /** Orders naming something the scenario does not have (an id as given). */
  | { code: 'no-force'; force: string }
  | { code: 'no-area'; area: string }
  | { code: 'no-buildable'; item: string }
  | { code: 'no-choice'; choice: string }
  /** A policy order for a policy there is not: `policies` are the ones there are. */
  | { code: 'no-policy'; policy: string; policies: string[] }
  /** The force belongs to the other side, has been lost, or already has an order this turn. */
  | { code: 'other-side'; who: string }
  | { code: 'force-lost'; who: string }
  | { code: 'has-order'; who: string }
  /** An oiler flotilla already ordered to sail with the side's ships to `area`, to refuel them at sea. */
  | { code: 'oiler-sails-with'; who: string; area: string }
  | { code: 'already-there'; who: string; area: string }
  /** A move of part of a force (`men`, detach.ts) given to a force that is not an army. */
  | { code: 'detach-not-army'; who: string }
  /** A detachment of `men` thousand from an army of `troops` thousand: at least 1, fewer than all. */
  | { code: 'detach-size'; who: string; men: number; troops: number }
  /** A ship `damage`% damaged: only to the side's own ports until repaired below `below`% (`repair` points a month in port). */
  | { code: 'in-the-yard'; who: string; damage: number; below: number; repair: number }
  | { code: 'not-sea-or-port'; area: string }
  | { code: 'not-airfield'; area: string }
  | { code: 'army-to-sea' }
  /** An enemy (or neutral) area, and the side not at war there. */
  | { code: 'not-at-war'; area: string; neutral: boolean }
  | { code: 'neutral-closed'; area: string }
  | { code: 'only-armies-embark' }
  | { code: 'no-port'; area: string }
  /** The army's transports have orders of their own, given before the army's. */
  | { code: 'transports-sailing'; army: string; transports: string[] }
  /** Transports an army needs in `area`, those free for it, and all there (more: earlier orders took some). */
  | { code: 'transports-short'; area: string; need: number; have: number; all: number }
  /** Transports already sailing with another army to another place this turn (oil-forecast.ts). */
  | { code: 'carried-elsewhere'; who: string; army: string; area: string }
  /** Not enough oil for a sortie: thousand barrels needed and left (`away`: the stock where the force is and at home). */
  | { code: 'no-oil'; who: string; need: number; left: number; away: boolean }
  | { code: 'build-other-side'; item: string }
  /** A build costs `need` of `resource` for `count`; `have` are left (`atResolution`: found short when the turn resolved). */
  | {
      code: 'cannot-afford';
      item: string;
      count: number;
      resource: string;
      need: number;
      have: number;
      atResolution: boolean;
    }
  /**
   * A build over the side's shipyard capacity (shipyards.ts): `count` need `need` thousand GT of
   * slipway, `free` of `capacity` are free; `expansion` is the buildable that raises it.
   */
  | {
      code: 'yards-full';
      item: string;
      count: number;
      need: number;
      free: number;
      capacity: number;
      expansion: string | null;
      atResolution: boolean;
    }
  | { code: 'choice-other-side'; label: string }
  | { code: 'already-chosen'; label: string }
  | { code: 'one-decision' }
  /** A decision that needs a flag (by its name) in force (`value` true) or over. */
  | { code: 'choice-needs'; label: string; flag: string; value: boolean }
  | { code: 'policy-has-order'; policy: string }
  | { code: 'no-rationing' }
  | { code: 'rationing-levels'; highest: number }
  /** Air missions (phases/air-missions.ts). */
  | { code: 'not-air-group'; who: string }
  | { code: 'strategic-bomber'; who: string }
  | { code: 'not-at-airfield'; who: string }
  | { code: 'no-air-missions'; who: string }
  | { code: 'air-out-of-reach'; area: string; who: string; base: string; range: number }
  | { code: 'strike-own'; area: string }
  | { code: 'not-at-war-in'; area: string }
  | { code: 'cover-sea'; area: string }
  | { code: 'patrol-land'; area: string }
  | { code: 'defend-not-own'; area: string }
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
      what: 'fleet' | 'air' | 'fleet-and-air';
      theirs: number;
      ours: number;
    }
  | { code: 'convoy-range'; area: string; army: string; range: number }
  /** Beyond what the force covers in one turn (its range in nautical miles). */
  /** `way`: how far the destination is by the force's own measure (the sea for ships, the air for aircraft); absent when no way exists at all. */
  | { code: 'out-of-reach'; area: string; who: string; range: number; way?: number }
  /** Beyond the army's march, and no sea lift either: `lift` is the sea lift's own refusal. */
  | { code: 'overland-out-of-reach'; area: string; army: string; range: number; lift: Refusal }
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

export type RefusalCode = Refusal['code'];

/** An order check's verdict of refusal: the refusal as data (the engine never words it). */
export function refuse(refusal: Refusal): { ok: false; refusal: Refusal } {
  return { ok: false, refusal };
}
