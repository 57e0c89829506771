/**
 * What a side's yards and factories finished this turn, in as many lines as there are different
 * things. A build that joins a stock (freighters, tankers) has no force of its own, and a month
 * of the Wartime Standard programme finished a dozen of them at once: each was a line of its own
 * ("Japan completes Wartime standard freighters (10,000 GT)" twelve times over), which a teacher
 * scanning a turn had to count. Builds that enter as forces (a carrier, an air group) keep a line
 * each: each is a unit the player can find on the map.
 */
import type { TurnReport } from '../engine/index';

type Built = Extract<TurnReport['items'][number], { kind: 'built' }>;

/** One finished build, or the same build finished `count` times in the turn (no force of its own). */
export interface BuiltGroup {
  item: Built;
  count: number;
}

/** The turn's builds, the same stock build of the same side together, in the order they first came. */
export function groupBuilt(items: readonly Built[]): BuiltGroup[] {
  const groups: BuiltGroup[] = [];
  const bySideAndItem = new Map<string, BuiltGroup>();
  for (const item of items) {
    if (item.force) {
      groups.push({ item, count: 1 });
      continue;
    }
    const key = `${item.side}:${item.item}`;
    const known = bySideAndItem.get(key);
    if (known) known.count++;
    else {
      const group = { item, count: 1 };
      bySideAndItem.set(key, group);
      groups.push(group);
    }
  }
  return groups;
}

/** "Wartime standard freighters (10,000 GT)", or with "— 12 in all" when the turn finished several. */
export function builtName(group: BuiltGroup): string {
  return group.count > 1 ? `${group.item.name} — ${group.count} in all` : group.item.name;
}
