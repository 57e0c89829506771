/**
 * The words of the danger from the air to ships left in a sea area (engine/air-danger.ts): the
 * numbers are the engine's, the words are here, plain enough for a student of fifteen.
 */
import type { AirDanger } from '../engine/air-danger';
import { nameList } from './name-list';

const number = new Intl.NumberFormat('en-GB');
const n = (v: number): string => number.format(v);

/**
 * The long warning, for the sea area's panel: "Danger from the air: 450 enemy aircraft based in
 * Borneo can attack your ships in the Java Sea every turn they stay …".
 */
export function airDangerText(d: AirDanger, areaName: (id: string) => string): string {
  const sea = areaName(d.area);
  const parts: string[] = [];
  if (d.landAir.aircraft > 0)
    parts.push(
      `${n(d.landAir.aircraft)} enemy aircraft based in ${nameList(d.landAir.areas.map(areaName))} can attack your ships in ${sea} every turn they stay there`,
    );
  if (d.carriers.aircraft > 0)
    parts.push(
      `enemy carriers with ${n(d.carriers.aircraft)} aircraft are next door in ${nameList(d.carriers.areas.map(areaName))} and could sail in`,
    );
  const head = d.outgunned ? 'Danger from the air' : 'Enemy aircraft within reach';
  const odds = d.outgunned
    ? `Their strike power is ${n(d.landAir.power + d.carriers.power)}, yours here ${n(d.own)}: ships left here can be sunk. Move them away, or bring carriers or aircraft to protect them.`
    : `Their strike power is ${n(d.landAir.power + d.carriers.power)}, yours here ${n(d.own)}: you can fight back, but expect losses.`;
  return `${head}: ${parts.join('; ')}. ${odds}`;
}

/**
 * The short warning under End turn, naming the ship forces left in danger (at most three by
 * name): "Warning: Force Z (South China Sea) stays where enemy aircraft outgun it — see its area."
 */
export function airDangerHint(left: readonly { name: string; area: string }[]): string {
  if (left.length === 0) return '';
  const shown = left.slice(0, 3).map((f) => `${f.name} (${f.area})`);
  if (left.length > 3) shown.push(`${left.length - 3} more`);
  const one = left.length === 1;
  return `Warning: ${nameList(shown)} ${one ? 'stays' : 'stay'} where enemy aircraft outgun ${one ? 'it' : 'them'} and can sink ${one ? 'it' : 'them'} (click the sea area to see why).`;
}
