/**
 * What the board shows, as plain data the game screen hands to the Phaser
 * scene: the game state, what is selected, where the selected forces may go,
 * and the moves planned so far. Also the pure parts of drawing it: which
 * card each area gets at a zoom level.
 */
import type { ForceState, GameState, World } from '../../engine/index';
import type { AreaDef, SideId } from '../../scenario/schema';
import { formatNumber } from '../kit/format';
import type { CardContent } from './card-canvas';
import type { Counter } from './force-groups';

export interface PlannedMove {
  from: string;
  to: string;
  side: SideId;
  /** The areas it passes, from `from` to `to` (engine `moveRoute`); absent: drawn straight. */
  route?: readonly string[];
}

export interface BoardModel {
  world: World;
  state: GameState;
  selectedArea: string | null;
  /** Where the selected forces stand. */
  origin: string | null;
  /** Areas the selected forces may move to, with the distance in nautical miles. */
  destinations: ReadonlyMap<string, number> | null;
  /** Moves ordered so far by the side whose orders are shown. */
  planned: readonly PlannedMove[];
  /** The move being looked at before it is confirmed. */
  pending: PlannedMove | null;
  /** Where the viewer's orders refused last turn were going (marked on the board). */
  refused?: readonly string[];
  /** With the fog of war on, the sea areas the side on screen does not watch (engine/sight.ts). */
  unwatched?: ReadonlySet<string>;
  /**
   * With the fog of war on, the enemy forces the side last saw in sea areas it does not watch now
   * (engine/last-seen.ts), by area, with the card's words for when ("last seen January 1942"): drawn
   * as faded counters, never as forces that are there.
   */
  ghosts?: ReadonlyMap<string, { forces: readonly ForceState[]; label: string }>;
}

/** How much a card says, by screen pixels per degree. */
export type Detail = 'far' | 'mid' | 'near';

export function detailFor(pxPerDegree: number): Detail {
  return pxPerDegree < 7 ? 'far' : pxPerDegree < 16 ? 'mid' : 'near';
}

/** "Home Islands (Tokyo)" → "Home Islands": the full name is in the tooltip and the panel. */
export function shortName(name: string): string {
  const cut = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return cut || name;
}

/**
 * An area's card in the forms it can take, most detailed first: with a name
 * and numbered counters; the name with small counters; the name with one icon
 * chip per side; the same on one line (sea areas drop their name in the smaller forms); a land
 * area's name alone or its chips alone, spare forms for a crowded board. The board uses the first that has room. An area without forces has
 * just its name (and sea names only once zoomed in).
 */
export function cardVariants(
  area: AreaDef,
  counters: readonly Counter[],
  detail: Detail,
  /** Where the side last saw enemy forces it does not see now: their counters (faded) and when. */
  ghost?: { counters: readonly Counter[]; label: string },
): CardContent[] {
  const sea = area.kind === 'sea';
  if (ghost && counters.length === 0 && ghost.counters.length > 0) {
    // An unwatched sea (nothing of either side drawn there): the faded counters of what was last seen,
    // with when in the larger forms ("last seen January 1942").
    const name = detail === 'near' ? area.name : shortName(area.name);
    const g = { sea, ghost: ghost.label, counters: ghost.counters };
    return [
      { ...g, name, detail: ghost.label },
      { ...g, name: null, detail: ghost.label, small: true },
      // On one line with when: a phone's crowded board (faded chips alone did not say what they were).
      { ...g, name: ghost.label, detail: null, iconsOnly: true, inline: true },
      { ...g, name: null, detail: null, iconsOnly: true },
      { ...g, name: null, detail: null, iconsOnly: true, inline: true },
    ];
  }
  const name = detail === 'near' ? area.name : shortName(area.name);
  let line: string | null = null;
  if (detail === 'near' && !sea) {
    const parts: string[] = [];
    if (area.port) parts.push('port');
    if (area.airfield) parts.push('airfield');
    for (const [res, n] of Object.entries(area.produces)) if (n > 0) parts.push(`${res} +${formatNumber(n)}`);
    line = parts.length ? parts.join(' · ') : null;
  }
  if (counters.length === 0) {
    if (sea && detail === 'far') return [];
    return [{ name, sea, detail: line, counters }];
  }
  // A land area keeps its name in every form but the last spare one: a student must always be able to
  // read where things are (the spare chips sit beside their marker, whose tap names the area).
  const kept = sea ? null : shortName(area.name);
  return [
    { name, sea, detail: line, counters },
    { name: kept, sea, detail: null, counters, small: true },
    { name: kept, sea, detail: null, counters, iconsOnly: true },
    // Name and icons on one line: half the height, where even the icons-only card finds no room.
    { name: kept, sea, detail: null, counters, iconsOnly: true, inline: true },
    // Spare forms, only where no other fits near the marker (a crowded board): the name alone (the
    // forces on a tap), then the chips alone; beside its marker either reads as its own, where a
    // card far away read as another area's (issue 11).
    ...(sea
      ? []
      : [
          { name: kept, sea, detail: null, counters: [], spare: true },
          { name: null, sea, detail: null, counters, iconsOnly: true, inline: true, spare: true },
        ]),
  ];
}

/** Cards with forces or of important places are placed first; empty ones may be left out. */
export function cardPriority(area: AreaDef, counters: readonly Counter[]): number {
  return (counters.length > 0 ? 100 : 0) + (area.tags.includes('capital') ? 50 : 0) + area.value;
}

/** The owner shown for an area: its controller, or nobody for the sea. */
export function ownerOf(state: GameState, area: AreaDef) {
  return area.kind === 'sea' ? 'none' : (state.control[area.id] ?? area.owner);
}
