/** Each side's goal in a scenario (its `meta.goals`), as shown on the start screen, in About and at the start of a game. */
import type { ScenarioListing } from '../../scenario/listing';
import type { SideId } from '../../scenario/schema';
import { el } from './dom';
import { namePossessive } from './format';

/** "Japan's goal: …", "The Allies' goal: …" — the player's own side first; null when the scenario states none. */
export function goalsList(
  scenario: Pick<ScenarioListing, 'meta' | 'sides'>,
  first?: SideId | null,
  className = 'goals',
): HTMLElement | null {
  const goals = scenario.meta.goals;
  if (!goals) return null;
  const order: SideId[] = first === 'allies' ? ['allies', 'japan'] : ['japan', 'allies'];
  const title = (side: SideId) => {
    const name = scenario.sides[side].name;
    return side === first ? `Your goal (${name})` : `${namePossessive(name)} goal`;
  };
  return el(
    'dl',
    { className },
    order.flatMap((side) => [
      el('dt', { className: `side-${side}`, text: title(side) }),
      el('dd', { text: goals[side] }),
    ]),
  );
}
