/**
 * Decisions at home, each from a rule with its reason, never from chance:
 * the same situation always gets the same decision, whatever the seed.
 *
 * - War or peace (Japan, 1941): negotiate while the oil lasts; when the stock
 *   is down to STRIKE_MONTHS of the economy's own burn (oil-forecast's), strike
 *   south for the oil — with a carrier strike on the enemy's fleet base when
 *   the carriers can reach the sea next to it this turn. The embargo's oil
 *   clock is what pushed Japan to war in 1941 (O4); the threshold is the
 *   game's, set so that on the bundled figures the decision falls in the
 *   autumn of 1941, as it did. Terms are never accepted and no war is started
 *   without a war plan for it (strike north). In a scenario that ends before
 *   the oil would run out and is judged on areas Japan does not hold, it
 *   strikes when STRIKE_TURNS_LEFT turns are left.
 * - Rationing: wartime cuts when the war starts, deeper ones as the oil runs
 *   out (the levels and their effects are the scenario's; COHEN-1949).
 * - Production: tankers while oil produced overseas is not reaching home,
 *   escorts while submarines sink the cargo fleet, merchant ships otherwise — never more than
 *   the shipyards have room for; when the yards rather than the industry hold the freighters
 *   back, the rest of the industry goes into shipyard expansion (expandYards).
 */
import { isCarrier } from '../../engine/combat-values';
import { inStrikeReach, type Order } from '../../engine/index';
import { yardExpansion, yardKgtOf, yardRoom } from '../../engine/shipyards';
import { addOperation, type Book, tryOrder, wouldBeLegal } from './book';
import type { Situation } from './situation';

/**
 * Turns of oil left at which Japan strikes for the southern oil (about the autumn of 1941 on the bundled
 * figures). On the grand campaign it fires on the September 1941 turn (46,482 thousand barrels after
 * August at a burn of about 2,580 a month), two months before history's decision: the normal commander
 * does not weigh the month, it reads this threshold. Measured by cmdr29 (docs/CALIBRATION.md), a war
 * struck in November instead ends no differently (100 seeds: mean end 48.4 months after July 1941
 * against 48.6). Nothing in the rules makes waiting worth anything but the oil it costs, so a lower
 * figure would only be a date in disguise: not changed.
 */
export const STRIKE_MONTHS = 18;

/**
 * Turns left at which Japan strikes in a scenario that ends before its oil would run out and is
 * judged on objective areas it does not hold (oil-clock-1941: hold the oil of Borneo, Sumatra and
 * Java at the end of December 1941): a landing and a battle or two to take them — waiting longer
 * loses the game on its goals, whatever the oil.
 */
export const STRIKE_TURNS_LEFT = 4;

function runningOutOfTime(s: Situation): boolean {
  const objectives = s.world.scenario.meta.goals?.objectives ?? [];
  if (s.side !== 'japan' || objectives.every((id) => s.holder(id) === s.side)) return false;
  const left = s.world.scenario.calendar.lastTurn - s.state.turn + 1;
  return left <= STRIKE_TURNS_LEFT && left < s.oil.months;
}

export function diplomacy(book: Book, s: Situation): void {
  if (s.war) return;
  const choices = s.world.scenario.choices.filter((c) => c.side === s.side);
  if (choices.length === 0) return;
  const numbers = { oilMonths: s.oil.months, oilStock: s.oil.stock, oilBurn: s.oil.burn };
  if (s.oil.months <= STRIKE_MONTHS || runningOutOfTime(s)) {
    const raid = pearlHarbor(book, s);
    if (raid && tryOrder(book, { type: 'choose', choice: raid.choice }).ok) {
      addOperation(book, 'policy', 'oil', [], undefined, numbers);
      const sent: string[] = [];
      for (const c of raid.carriers)
        if (tryOrder(book, { type: 'move', force: c, to: raid.sea }).ok) sent.push(c);
      if (sent.length > 0)
        addOperation(book, 'carrier-raid', 'destroy-fleet', sent, raid.sea, { carriers: sent.length });
      return;
    }
    for (const id of ['strike-south']) {
      if (choices.some((c) => c.id === id) && tryOrder(book, { type: 'choose', choice: id }).ok) {
        addOperation(book, 'policy', 'oil', [], undefined, numbers);
        return;
      }
    }
  }
  if (choices.some((c) => c.id === 'negotiate') && tryOrder(book, { type: 'choose', choice: 'negotiate' }).ok)
    addOperation(book, 'policy', 'conserve-oil', [], undefined, numbers);
}

/** The strike-with-a-raid choice, if the scenario has one and the carriers can reach the sea next to the enemy's fleet base. */
function pearlHarbor(book: Book, s: Situation): { choice: string; sea: string; carriers: string[] } | null {
  const choice = s.world.scenario.choices.find((c) => c.side === s.side && c.id.startsWith('strike-south-'));
  if (!choice || !wouldBeLegal(book, { type: 'choose', choice: choice.id }).ok) return null;
  // The enemy port with the most warships, and the sea next to it within the port-strike reach.
  const ports = [...s.fleet[s.enemy].entries()]
    .filter(([id, p]) => p > 0 && s.world.areas.get(id)?.port && s.world.areas.get(id)?.kind !== 'sea')
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const port = ports[0]?.[0];
  if (!port) return null;
  const carriers = s.state.forces.filter((f) => f.side === s.side && f.status === 'active' && isCarrier(f));
  for (const n of s.world.neighbours.get(port) ?? []) {
    if (s.world.areas.get(n.area)?.kind !== 'sea' || !inStrikeReach(s.world, n)) continue;
    const able = carriers.filter((c) => wouldBeLegal(book, { type: 'move', force: c.id, to: n.area }).ok);
    if (able.length >= 2) return { choice: choice.id, sea: n.area, carriers: able.map((c) => c.id) };
  }
  return null;
}

export function rationing(book: Book, s: Situation): void {
  const rules = s.world.scenario.rules.rationing;
  if (!rules || rules.side !== s.side || !s.war) return;
  const now = s.state.policies[s.side].rationing;
  const wanted = s.oil.months < 3 ? 3 : s.oil.months < 8 ? 2 : 1;
  const level = Math.min(rules.levels.length - 1, wanted);
  if (level <= now) return;
  if (tryOrder(book, { type: 'choose', choice: 'rationing', level }).ok)
    addOperation(book, 'policy', 'conserve-oil', [], undefined, { level, oilMonths: s.oil.months });
}

export function production(book: Book, s: Situation): void {
  const items = s.world.scenario.buildables.filter((b) => b.side === s.side);
  if (items.length === 0) return;
  const supply = s.state.supply[s.side];
  const want: { item: string; reason: 'oil' | 'protect-lane' | 'raw-materials' }[] = [];
  if (supply.sunkBySubmarines > 0) want.push({ item: 'escorts', reason: 'protect-lane' });
  if (supply.oilToShip > supply.oilDelivered || s.oil.months < 12)
    want.push({ item: 'tankers', reason: 'oil' });
  want.push({ item: 'merchant-ships', reason: 'raw-materials' });
  const spent = new Map<string, number>();
  for (const w of want) {
    const item = items.find((b) => b.id === w.item);
    if (!item) continue;
    // As many as the stocks allow, up to the order's limit.
    let count = 100;
    for (const [res, n] of Object.entries(item.cost)) {
      const have = (s.state.sides[s.side].stocks[res] ?? 0) - (spent.get(res) ?? 0);
      count = Math.min(count, Math.floor(have / Math.max(1, n)));
    }
    if (w.item !== 'merchant-ships') count = Math.min(count, 2);
    // Never more than the yards have room for (shipyards.ts).
    const each = yardKgtOf(s.world, item.id);
    const room = yardRoom(s.world, s.state, s.side, book.orders);
    if (room && each > 0) count = Math.min(count, Math.floor(room.free / each));
    if (count <= 0) continue;
    const order: Order = { type: 'build', item: item.id, count };
    if (!tryOrder(book, order).ok) continue;
    for (const [res, n] of Object.entries(item.cost)) spent.set(res, (spent.get(res) ?? 0) + n * count);
    addOperation(book, 'policy', w.reason, [], undefined, { count });
  }
  expandYards(book, s, spent);
}

/**
 * Shipyard expansion (shipyards.ts) when the yards, not the industry, limit the merchant ships:
 * the industry left after this turn's ships would pay for another freighter the yards have no room
 * for. It invests the rest of the industry in expansions until the capacity, built and building,
 * could keep a month's output of its areas' industry busy on freighters — more would stand idle
 * for want of industry.
 */
function expandYards(book: Book, s: Situation, spent: ReadonlyMap<string, number>): void {
  const expansion = yardExpansion(s.world, s.side);
  const ship = s.world.scenario.buildables.find((b) => b.side === s.side && b.id === 'merchant-ships');
  const room = yardRoom(s.world, s.state, s.side, book.orders);
  if (!expansion || !ship || !room) return;
  const each = ship.yardKgt ?? 0;
  const stocks = s.state.sides[s.side].stocks;
  const left = (res: string) => (stocks[res] ?? 0) - (spent.get(res) ?? 0);
  const moreShips = Object.entries(ship.cost).every(([res, n]) => left(res) >= n);
  if (each === 0 || room.free >= each || !moreShips) return;
  // Freighters a month's output of the areas the side holds could pay for (its income if all of it
  // came home: not the stock, which grows while the yards hold the building back), and the room
  // they would hold for their turns.
  let output = 0;
  for (const a of s.world.areas.values()) if (s.holder(a.id) === s.side) output += a.produces.industry ?? 0;
  const wanted = Math.floor(output / Math.max(1, ship.cost.industry ?? 1)) * each * ship.turns;
  const capacity = s.world.scenario.rules.shipyards?.capacity ?? '';
  const adds = expansion.adds[capacity] ?? 0;
  const building = s.state.queue.filter((q) => q.side === s.side && q.item === expansion.id).length * adds;
  const short = wanted - room.capacity - building;
  if (short <= 0 || adds <= 0) return;
  let count = Math.ceil(short / adds);
  for (const [res, n] of Object.entries(expansion.cost))
    count = Math.min(count, Math.floor(left(res) / Math.max(1, n)));
  if (count <= 0) return;
  if (tryOrder(book, { type: 'build', item: expansion.id, count }).ok)
    addOperation(book, 'policy', 'raw-materials', [], undefined, { count, yardKgt: count * adds });
}
