/**
 * The fog of war in words, shared by the game's panels and report: what a
 * side is told of the enemy's forces it does not see (engine/sight.ts says
 * which). The engine's report stays complete; a player's view of it leaves out
 * the enemy's moves its side could not see, and says how many left the areas
 * it watched.
 */
import { type ReportItem, type Sight, seesArea, type World } from '../engine/index';
import type { SideId } from '../scenario/schema';
import { formatDate, MONTHS } from './dates';
import { nameList } from './name-list';

/** Said in a sea area the side does not watch, instead of "no enemy". */
export const NO_ENEMY_SEEN =
  'No enemy ships seen — fleets at sea are seen only where your ships are or your aircraft search.';

/** The same, shorter, for a tooltip or a card. */
export const NOT_WATCHED = 'Not watched: enemy ships here would not be seen';

/** On the game bar while the fog of war is on (short: on a phone the bar is three lines already); the key and the panels say more. */
export const FOG_ON = 'fog of war';

/** The replay viewer's line for a game played under the fog of war (the replay's `fog`). */
export const REPLAY_UNDER_FOG =
  'Played under the fog of war: during the game each player saw the enemy’s ships at sea only where their own ships were or their aircraft searched. This replay shows the whole war.';

/** In the report, where the computer's plans would be. */
export const ENEMY_PLANS_HIDDEN =
  'Fog of war: you see the enemy’s ships at sea only where your ships are or your aircraft search, and not the enemy’s plans. The replay and the after-action report show the whole war.';

/**
 * Under the code-breakers' notice while the fog is on: it names Japanese fleets the board does not
 * draw (they are where no Allied ship or aircraft watches), and a student asked why the map shows
 * none of the carriers the notice lists (playfog26).
 */
export const INTEL_UNDER_FOG =
  'Fog of war: a reading of their orders, not a sighting — the map shows Japanese ships at sea only once your ships or aircraft see them.';

/**
 * The hot-seat hand-over after a turn, under the fog: each side's report is its own view (the
 * enemy's unseen moves left out), so "read the report together" showed the Allied player Japan's
 * view and told them to trust it as theirs (playfog26).
 */
export function handoverReportUnderFog(resolved: string): string {
  return `${resolved} is resolved. Under the fog of war each of you reads the report on your own turn: it shows what your own side saw, and the other side's secret intelligence stays hidden.`;
}

/** The move preview's risk line for a sea area the side does not watch. */
export const RISK_UNSEEN =
  'no enemy ships seen there, but you cannot see that sea area now: an enemy fleet there would be a surprise.';

/** The move preview's line for the seas on the way the side does not watch. */
export function unwatchedOnTheWay(seas: readonly string[]): string {
  return `the move sails through ${nameList(seas)}, which your forces do not watch: an enemy fleet there would not be seen, and a battle may be fought there.`;
}

/** The events of `world` whose message is told only to the other side under the fog of war (`toldTo`). */
export function eventsNotTold(world: World, side: SideId): ReadonlySet<string> {
  const out = new Set<string>();
  for (const e of world.scenario.events) if (e.toldTo !== undefined && e.toldTo !== side) out.add(e.id);
  return out;
}

/**
 * The report's items as the side of `after` may read them: the enemy's moves, detachments, fleet
 * train and arrivals where it does not see the area they ended in are left out, the enemy's refused
 * orders (but a convoy its own forces turned back, `sea-held`), and the events told
 * only to the other side (`eventsNotTold`: the code-breakers' news before Midway). `before`: what it
 * saw when the turn began (a move from an area it watched is counted in `leftWatched`).
 */
export function itemsSeen(
  items: readonly ReportItem[],
  before: Sight | null,
  after: Sight,
  notTold: ReadonlySet<string> = new Set(),
): { items: ReportItem[]; leftWatched: number; hidden: number } {
  const side = after.side;
  let leftWatched = 0;
  let hidden = 0;
  const out: ReportItem[] = [];
  for (const i of items) {
    if (i.kind === 'event' && notTold.has(i.event)) {
      hidden++;
      continue;
    }
    // An enemy order refused did not happen: the side could not know it was given, let alone where it
    // aimed (fogmem29: the Allies read "Japan's orders refused: 16th Army to Java …"). Except a convoy
    // turned back by the side's own fleet or aircraft holding the sea (`sea-held`): they met it there.
    if (i.kind === 'rejected' && i.side !== side && i.refusal.code !== 'sea-held') {
      hidden++;
      continue;
    }
    if ('side' in i && i.side !== side) {
      // The enemy's want of oil is the enemy's secret: its carriers off a port simply did not strike.
      if (i.kind === 'restrike-no-oil') {
        hidden++;
        continue;
      }
      const end =
        i.kind === 'move' || i.kind === 'detached'
          ? i.to
          : i.kind === 'oilers' || i.kind === 'reinforcement'
            ? i.area
            : null;
      if (end !== null && !seesArea(after, end)) {
        hidden++;
        if (i.kind === 'move' && (before === null || seesArea(before, i.from))) leftWatched++;
        continue;
      }
    }
    out.push(i);
  }
  return { items: out, leftWatched, hidden };
}

/** "2 enemy forces left areas you watch; where they went is not known." */
export function unseenMovesLine(leftWatched: number): string {
  return `${leftWatched === 1 ? '1 enemy force' : `${leftWatched} enemy forces`} left areas you watch; where ${leftWatched === 1 ? 'it' : 'they'} went is not known.`;
}

/**
 * When a ghost was last seen, as the board's faded card says it: "last seen 4 Jun" for turns of days
 * or weeks, "last seen Jan 1942" for turns of a month (engine/last-seen.ts).
 */
export function lastSeenShort(iso: string, withDay: boolean): string {
  const month = (MONTHS[Number(iso.slice(5, 7)) - 1] ?? '').slice(0, 3);
  return withDay ? `last seen ${Number(iso.slice(8, 10))} ${month}` : `last seen ${month} ${iso.slice(0, 4)}`;
}

/**
 * The Area panel's line for a sea area the side does not watch where it last saw enemy forces: `enemy`
 * their side, `what` the ships as the panel lists them ("2 heavy cruisers, 1 light cruiser, 4 destroyers").
 */
export function lastSeenText(enemy: SideId, iso: string, withDay: boolean, what: string): string {
  return `${enemy === 'japan' ? 'Japanese' : 'Allied'} ships last seen here ${withDay ? 'on' : 'in'} ${formatDate(iso, withDay)}: ${what}. Your forces do not watch this sea now: they may still be here, or they may have sailed on.`;
}

/** The tooltip's shorter line: "Allied ships last seen here in January 1942". */
export function lastSeenTip(enemy: SideId, iso: string, withDay: boolean): string {
  return `${enemy === 'japan' ? 'Japanese' : 'Allied'} ships last seen here ${withDay ? 'on' : 'in'} ${formatDate(iso, withDay)}`;
}

/** The map key's line for the faded counters. */
export const LAST_SEEN_KEY =
  'faded counters: enemy ships last seen there (fog of war) — they may have sailed on';
