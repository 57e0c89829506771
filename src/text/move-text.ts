/**
 * The words of a move's preview that say what the rules will make of the move, shared like
 * report-text.ts. A carrier move into a sea area next to an enemy port with warships in it is a
 * strike on that port — no order of its own, the move is the order (engine/phases/port-strike.ts,
 * `portStrikeTarget`). Before (play-throughs 10 and 11) the preview of the Kidō Butai's move said
 * only "sail to Hawaiian waters (the Oil Clock: the Central Pacific) and patrol there".
 */

import type { ReportItem } from '../engine/report';
import { refusalText } from './refusal-text';

const number = new Intl.NumberFormat('en-GB');

export interface PortStrikePreview {
  /** The sea area the carriers sail to. */
  sea: string;
  /** The port they would strike from it. */
  port: string;
  /** The warships in port now, summarised ("8 battleships, 2 carriers"). */
  ships: string;
  /** Aircraft on the port's airfields now. */
  aircraft: number;
  /** Whether the port is at war now; if not, the strike needs a decision for war this turn. */
  atWarNow: boolean;
  /** Whether the side has taken a decision this turn (it is resolved before the strike). */
  decided: boolean;
  /** Whether the side has decisions of its own in this scenario (in 1941 only Japan can begin the war). */
  mayDecide: boolean;
  /**
   * The percent of their aircraft the carriers fly when they stay on station off the port and strike
   * it again the next turns (engine/phases/port-strike.ts `portStrikeShare`: `restrikePercent`, or 100).
   */
  stayPercent: number;
}

/**
 * The Mission line: "sail to Hawaiian waters and, on arrival, strike the enemy in port at Hawaii
 * (Pearl Harbor): …, and again each turn they stay there …". Carriers left on station strike again
 * (port-strike.ts `carriersThatStay`), with the share a fleet on station flies and a sortie's oil each
 * time: the preview said only "on arrival" (close25's known limits).
 */
export function portStrikeMission(p: PortStrikePreview): string {
  const planes = p.aircraft > 0 ? ` and ${number.format(p.aircraft)} aircraft on its airfields` : '';
  const flown = p.stayPercent >= 100 ? 'with all their aircraft' : `with ${p.stayPercent}% of their aircraft`;
  const strike =
    `sail to ${p.sea} and, on arrival, strike the enemy in port at ${p.port}: ${p.ships}${planes} are there now;` +
    ` and again each turn they stay there, ${flown}, each strike burning a sortie's oil`;
  if (p.atWarNow) return `${strike}. An enemy fleet met at sea there is fought first.`;
  if (!p.mayDecide)
    return `${strike}. Only at war, which only the enemy can begin; at peace they only patrol.`;
  return p.decided
    ? `${strike}. Only at war: your decision this turn is carried out first, and if it brings war they strike; at peace they only patrol.`
    : `${strike}. Only at war: a decision for war taken this turn (Decisions, under Orders) is carried out first; at peace they only patrol.`;
}

/** A report's `detached` item (engine/detach.ts), as its fields give it. */
export interface DetachedWords {
  name: string;
  armyName: string;
  area: string;
  men: number;
  left: number;
  to: string;
  /** The detachment's id: its move (or the refusal of it) in the same report is found by it. */
  force: string;
}

/**
 * A detachment formed this turn, in a sentence: "Kawaguchi Detachment (1): 4 thousand men of the
 * Kawaguchi Detachment leave Davao for Borneo; 6 thousand stay in Davao". Areas by name. When
 * the detachment formed but did not move (its sortie found the oil tanks empty, oil-burn.ts),
 * `stayed` says why — play22 read "leave Davao" of a detachment that never left.
 */
export function detachedLine(
  d: Omit<DetachedWords, 'force'>,
  areaName: (id: string) => string,
  stayed?: { why: string | undefined },
): string {
  const here = areaName(d.area);
  if (stayed) {
    const why = stayed.why ? `: ${stayed.why}` : '';
    return `${d.name}: ${number.format(d.men)} thousand men of ${d.armyName} formed at ${here} to go to ${areaName(d.to)}, but could not sail${why}. They stay in ${here}, beside the ${number.format(d.left)} thousand left there`;
  }
  return `${d.name}: ${number.format(d.men)} thousand men of ${d.armyName} leave ${here} for ${areaName(d.to)}; ${number.format(d.left)} thousand stay in ${here}`;
}

/**
 * The line of a report's `detached` item read with the rest of that report: whether the detachment
 * moved (a `move` item of it) and, if not, the refusal of its move, in words (refusal-text.ts).
 */
export function detachedLineIn(
  items: readonly ReportItem[],
  d: DetachedWords,
  areaName: (id: string) => string,
): string {
  if (items.some((i) => i.kind === 'move' && i.force === d.force)) return detachedLine(d, areaName);
  const refused = items.find(
    (i): i is Extract<ReportItem, { kind: 'rejected' }> =>
      i.kind === 'rejected' && i.order.type === 'move' && i.order.force === d.force,
  );
  return detachedLine(d, areaName, { why: refused ? refusalText(refused.refusal) : undefined });
}

/** The part of an army a move order sends, before the army's name: "4 thousand men of " (a detachment), or "" (all of it). */
export function detachmentWords(men: number | undefined): string {
  return men === undefined ? '' : `${number.format(men)} thousand men of `;
}

/**
 * Warships ticked with an army whose way crosses no open sea (order-draft.ts `planGroup`: along the
 * side's own coast and ports, or overland): there is no convoy to escort, so they stay. Said with
 * what to do instead — play22 found a student reading only "cannot go with this move".
 */
export function noConvoyToEscortText(ships: string): string {
  return `${ships}: the troops cross no open sea on this move (overland, or by sea only along your own coast and ports), so there is nothing for warships to escort, and they stay where they are. To fight at sea, order them to a sea area on their own.`;
}

/**
 * The mission of escorts sent to a sea area: they guard the convoys that sail through it. The
 * shipping war counts the escorts where they are (engine/phases/economy/shipping-losses.ts
 * `lossesIn`: each escort ship in the sea area cuts what the submarines sink on its lanes by
 * `cutPerShip`%, up to `maxCut`%). The preview said "attack the enemy in South China Sea" or "patrol
 * there" (play31 §5.5): nothing told a student playing convoy-first that this is what escorts do.
 */
export function escortMissionText(
  name: string,
  ships: number,
  cutPerShip: number,
  maxCut: number,
  enemyThere: boolean,
): string {
  const cut = Math.min(maxCut, ships * cutPerShip);
  const fight = enemyThere ? '; they fight the enemy ships there too' : '';
  return `guard the convoys that sail through ${name}: escorts there cut what submarines sink on its lanes by ${number.format(cutPerShip)}% a ship, at most ${number.format(maxCut)}% (these ${number.format(ships)} ships: ${number.format(cut)}%)${fight}`;
}
