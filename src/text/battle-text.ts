/**
 * A battle's headline (a report's `battle` item, which the engine gives as data: the area, the
 * kinds of fighting, who struck first, the losses, and for a carrier strike on a port, the strike),
 * shared by the UI's report, the command line and the after-action timeline.
 */

import type { ReportItem } from '../engine/report';
import type { SideId } from '../scenario/schema';
import type { AreaNames } from './damage-text';
import { nameList, proseList } from './name-list';

type Battle = Extract<ReportItem, { kind: 'battle' }>;

const WHO: Record<SideId, string> = { japan: 'Japan', allies: 'the Allies' };

/** "Battle at Coral Sea (air): Japan found the enemy first and struck first. Aircraft lost: …" */
export function battleSummary(item: Battle, areaName: AreaNames): string {
  const sunk = item.losses.filter((l) => l.destroyed && l.amount > 0).map((l) => l.name);
  // A battle without aircraft (ground fighting, a surface action) does not say "Aircraft lost: Japan 0, Allies 0".
  const noAir =
    !item.stages.includes('air') && item.aircraftLost.japan === 0 && item.aircraftLost.allies === 0;
  const lost = noAir
    ? ''
    : `. Aircraft lost: Japan ${item.aircraftLost.japan}, Allies ${item.aircraftLost.allies}`;
  const strike = item.portStrike;
  if (strike) {
    const stayed = strike.stayed ?? 0;
    // Carriers that stayed off the port from the turn before struck again (play25: a Kidō Butai
    // kept off Pearl Harbor after the raid did nothing, and no one was told why).
    const again =
      stayed === 0
        ? ''
        : stayed === strike.carriers
          ? ` (${stayed === 1 ? 'it' : 'they'} stayed off the port from last turn and struck again)`
          : ` (${stayed} of them stayed off the port from last turn and struck again)`;
    // A fleet on station sends only part of its aircraft (rules.combat.portStrike.restrikePercent).
    const flew = strike.flew === undefined ? '' : `, ${strike.flew} of them flew against the port`;
    const carriers = `${strike.carriers} carrier${strike.carriers === 1 ? '' : 's'}${again}${flew}`;
    const port = strike.surprise
      ? `; ${WHO[strike.side]} struck by surprise, at the start of the war: ships at anchor, AA slow to open`
      : `; the port was alert: AA opened at once${strike.struckBack ? ' and its aircraft struck back' : ''}`;
    return (
      `Carrier air strike on ${areaName(item.area)} from ${areaName(strike.from)}: ${strike.aircraft} aircraft aboard ${carriers}${port}` +
      lost +
      // Ships lost from a group are lost ships (play25: Pearl Harbor's headline said "No ship was
      // sunk" above "Pacific Fleet destroyers: 2 destroyers sunk").
      (sunk.length
        ? `. Sunk or destroyed: ${sunk.join(', ')}.`
        : item.losses.some((l) => l.amount > 0)
          ? nothingWhole(item)
          : '. No ship was sunk.')
    );
  }
  return (
    `Battle at ${areaName(item.area)} (${item.stages.join(', ') || 'no fighting'})` +
    (item.firstStrike ? `: ${WHO[item.firstStrike]} found the enemy first and struck first` : '') +
    lost +
    (sunk.length ? `. Sunk or destroyed: ${sunk.join(', ')}.` : nothingWhole(item))
  );
}

/**
 * The end of a headline when no force was lost whole. A group of smaller ships, an air group or
 * an army may still have lost part of itself ("24 ships sunk" in a destroyer flotilla): the tenth
 * play-through read "No ship or unit was destroyed" above "Seventh Fleet destroyers: 24 ships
 * sunk", so then the headline says the losses were partial.
 */
function nothingWhole(item: Battle): string {
  return item.losses.some((l) => l.amount > 0)
    ? '. No unit was wiped out, but some lost ships, aircraft or men.'
    : '. No ship or unit was destroyed.';
}

/**
 * The places of a turn's battles, each named once in the order first fought ("Java Sea (2 battles);
 * Malaya and Singapore"): two battles in one sea read "Java Sea, Java Sea" (play20); a semicolon
 * between them, as a place's name may hold "and" (nameList).
 */
export function battlePlaces(places: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const p of places) counts.set(p, (counts.get(p) ?? 0) + 1);
  return nameList([...counts].map(([p, n]) => (n === 1 ? p : `${p} (${n} battles)`)));
}

/** A side's air losses in a battle: "3 aircraft and 1 trained pilot lost" (it read "1 trained pilots"). */
export function airLossesText(aircraft: number, pilots: number): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return `${n(aircraft)} aircraft and ${n(pilots)} trained ${pilots === 1 ? 'pilot' : 'pilots'} lost`;
}

/**
 * Carriers that stayed off an enemy port with no oil to strike it again (phases/port-strike.ts):
 * "Akagi and Kaga stayed in Hawaiian waters off Hawaii but had no oil to strike it again: they
 * needed 60 thousand barrels and 10 were left."
 */
export function restrikeNoOilText(
  item: Extract<ReportItem, { kind: 'restrike-no-oil' }>,
  areaName: AreaNames,
): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return `${proseList(item.names)} stayed in ${areaName(item.from)} off ${areaName(item.area)} but had no oil to strike it again: ${item.names.length === 1 ? 'it' : 'they'} needed ${n(item.need)} thousand barrels and ${n(item.left)} ${item.left === 1 ? 'was' : 'were'} left`;
}
