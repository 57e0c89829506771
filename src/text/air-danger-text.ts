/**
 * The words of the danger from the air to ships left in a sea area (engine/air-danger.ts): the
 * numbers are the engine's, the words are here, plain enough for a student of fifteen.
 */
import type { AirDanger, PortDanger } from '../engine/air-danger';
import { proseList } from './name-list';

const number = new Intl.NumberFormat('en-GB');
const n = (v: number): string => number.format(v);

/**
 * The long warning, for the sea area's panel: "Danger from the air: 450 enemy aircraft can attack
 * your ships in the Java Sea every turn they stay there, from Borneo and Celebes. …". The places
 * end their sentence: a list of names with "and" in them falls back to semicolons (name-list.ts),
 * which in mid-sentence read as the sentence's end ("based in Formosa; Southern Indochina can").
 */
export function airDangerText(d: AirDanger, areaName: (id: string) => string): string {
  const sea = areaName(d.area);
  const parts: string[] = [];
  if (d.landAir.aircraft > 0)
    parts.push(
      `${n(d.landAir.aircraft)} enemy aircraft can attack your ships in ${sea} every turn they stay there, from ${proseList(d.landAir.areas.map(areaName))}`,
    );
  if (d.carriers.aircraft > 0)
    parts.push(
      `Enemy carriers with ${n(d.carriers.aircraft)} aircraft could sail in to attack from next door, in ${proseList(d.carriers.areas.map(areaName))}`,
    );
  const head = d.outgunned ? 'Danger from the air' : 'Enemy aircraft within reach';
  const odds = d.outgunned
    ? `Their strike power is ${n(d.landAir.power + d.carriers.power)}, yours here ${n(d.own)}: ships left here can be sunk. Move them away, or bring carriers or aircraft to protect them.`
    : `Their strike power is ${n(d.landAir.power + d.carriers.power)}, yours here ${n(d.own)}: you can fight back, but expect losses.`;
  return `${head}: ${parts.join('. ')}. ${odds}`;
}

/**
 * The short warning under End turn, a button that opens the sea area's panel (which says why):
 * the ships by name (at most three) and where they are — "Danger: enemy aircraft outgun USS
 * Houston and HMS Exeter in South China Sea." It wraps rather than being cut short: play23's
 * line was cut after "outgun 2 of your ship fo…" on a 1366 × 768 laptop, the rest in a tooltip.
 */
export function airDangerHint(left: readonly { name: string; area: string }[]): string {
  if (left.length === 0) return '';
  const areas = [...new Set(left.map((f) => f.area))];
  const shown = left.slice(0, 3).map((f) => f.name);
  if (left.length > 3) shown.push(`${left.length - 3} more`);
  return `Danger: enemy aircraft outgun ${proseList(shown)} in ${proseList(areas)}.`;
}

/**
 * The long warning for a port's panel (engine/air-danger.ts `portDangerAt`): "Danger to your ships
 * in port: enemy carriers with 398 aircraft, now in Midway approaches, can sail to Hawaiian waters
 * this turn and strike Hawaii (Pearl Harbor). …" — or, of carriers already there, "are in Hawaiian
 * waters now and can stay there and strike Hawaii (Pearl Harbor) this turn". A strike is a chance, not a promise: the enemy
 * may not come, and what is hit is the fortune of war — so "can", and the port's defence in the
 * rule's own count (the attackers its guns and fighters shoot down).
 */
export function portDangerText(d: PortDanger, areaName: (id: string) => string): string {
  const port = areaName(d.area);
  const from = areaName(d.from);
  // A fleet on station off the port flies a share of its aircraft against it (port-strike.ts).
  const aircraft =
    d.aboard > d.carriers.aircraft
      ? `enemy carriers with ${n(d.aboard)} aircraft (on station, about ${n(d.carriers.aircraft)} of them strike a port in a turn)`
      : `enemy carriers with ${n(d.carriers.aircraft)} aircraft`;
  // Carriers already there strike again if they stay (port-strike.ts): they need not sail.
  const there = d.carriers.areas.includes(d.from);
  const came =
    there && d.carriers.areas.length === 1
      ? `${aircraft} are in ${from} now and can stay there and strike ${port} this turn.`
      : `${aircraft}, now in ${proseList(d.carriers.areas.map(areaName))}, can ${there ? 'sail to or stay in' : 'sail to'} ${from} this turn and strike ${port}.`;
  const aa = `The port’s guns and fighters can shoot down about ${n(d.shotDown)} of them`;
  if (!d.outgunned)
    return `Enemy carriers within reach: ${came} ${aa}: enough to stop the strike, if the fortunes of war are even.`;
  const fix = d.fightersHelp ? 'Move them away, or base more fighters here.' : 'Move them away.';
  return `Danger to your ships in port: ${came} ${aa}: the rest can bomb your ships, and ships left here can be sunk. ${fix}`;
}

/**
 * The short warning under End turn for ships in port: "Danger: enemy carriers with 248 aircraft can
 * strike your ships in port at Hawaii (Pearl Harbor) this turn; the port's guns and fighters stop
 * only about 10. Move them away." With several ports, their names and the largest strike.
 */
export function portDangerHint(ports: readonly PortDangerLine[]): string {
  const first = ports[0];
  if (!first) return '';
  const fix = portFix(ports);
  if (ports.length === 1 && (first.aboard ?? 0) > first.aircraft)
    return `Danger: about ${n(first.aircraft)} aircraft from enemy carriers on station can strike your ships in port at ${first.port} this turn; the port’s guns and fighters stop only about ${n(first.shotDown)}. ${fix}`;
  // Where the carriers are now, when they must sail in: a student can judge from the map how far
  // that is (play31 §5.8: "236 aircraft" at the Home Islands every month, never said from where).
  const at = (p: PortDangerLine) => (p.mustSail && p.carriersAt ? `, now in ${p.carriersAt},` : '');
  if (ports.length === 1)
    return `Danger: enemy carriers with ${n(first.aircraft)} aircraft${at(first)} can strike your ships in port at ${first.port} this turn; the port’s guns and fighters stop only about ${n(first.shotDown)}. ${fix}`;
  const most = ports.reduce((m, p) => (p.aircraft > m.aircraft ? p : m), first);
  return `Danger: enemy carriers with up to ${n(most.aircraft)} aircraft${at(most)} can strike your ships in port at ${proseList(ports.map((p) => p.port))} this turn. ${fix}`;
}

/** One port's danger as the line under End turn is told it (game-screen.ts). */
export interface PortDangerLine {
  port: string;
  aircraft: number;
  shotDown: number;
  fightersHelp?: boolean;
  /** Aircraft aboard, when more than fly (a fleet on station: `PortDanger.aboard`). */
  aboard?: number;
  /** Whether the carriers must sail in first (none of them is now where they would strike from). */
  mustSail?: boolean;
  /** Where the carriers are now, by name ("Hawaii (Pearl Harbor)"): a strike from far off is told so. */
  carriersAt?: string;
  /** The carriers' places as ids, every one (what the folded line compares: game-screen.ts). */
  carriersKey?: string;
}

/** What a player can do about ships in port within the enemy carriers' reach. */
function portFix(ports: readonly PortDangerLine[]): string {
  return ports.every((p) => p.fightersHelp)
    ? 'Move them away, or base more fighters there.'
    : 'Move them away.';
}

/**
 * The Danger line of ports once the player has read it (opened it with "See why"), while the danger
 * stays as it was: short, so a warning that stands turn after turn (the Home Islands in reach of
 * the US carriers at Pearl Harbor from the first month of the war, play31 §5.8) does not take a
 * fifth of a phone's screen, yet is never hidden. A new port, more aircraft or carriers somewhere
 * else bring the whole line back (game-screen.ts).
 */
export function portDangerFolded(ports: readonly PortDangerLine[]): string {
  if (ports.length === 0) return '';
  const most = Math.max(...ports.map((p) => p.aircraft));
  // The ports without their cities in brackets: on a phone the line is two lines, not four.
  const names = ports.map((p) => p.port.replace(/ \(.*\)$/, ''));
  return `Still in reach of enemy carriers (${n(most)} aircraft): ships in port at ${proseList(names)}.`;
}

/** What pressing the warning does, after it. */
export const AIR_DANGER_SEE_WHY = 'See why';
