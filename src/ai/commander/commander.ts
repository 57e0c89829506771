/**
 * `commander:easy|normal|hard`: an operational commander for either side
 * (issue 13). Each turn it reads the situation with the game's own economy
 * (situation.ts), chooses objectives for what they give (objectives.ts),
 * assigns forces to operations — invasions with their transports, escorts
 * and air cover, defence, convoy escort, a submarine campaign, fleet actions
 * and carrier raids (land-, naval- and support-operations.ts) — in a few
 * variants (variants.ts), checks them with rollouts of the real engine
 * (rollout.ts) and gives the orders of the best, with its intent: every
 * force ordered appears in an operation, with the reason and the numbers.
 *
 * Deterministic: the same game always gets the same orders. Its own chance
 * (the rollouts' dice) comes from a stream seeded by the game's seed, the
 * turn and the side; decisions (war, peace, rationing) come from rules.
 */
import { type GameState, seenState, seesForce, sightOf, type World } from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import type { Decision, IntentfulPolicy, PolicyInput } from '../policy';
import type { Book } from './book';
import { LEVELS, type Level, type LevelSettings } from './levels';
import { rollout } from './rollout';
import { readSituation } from './situation';
import { planVariant, VARIANTS, type Variant } from './variants';

export function commanderPolicy(level: Level): IntentfulPolicy {
  const settings = LEVELS[level];
  const variants = settings.variants.map((id) => VARIANTS.find((v) => v.id === id)!);
  return {
    name: `commander:${level}`,
    description: `an operational commander (${level}): objectives for what they give, invasions with escorts and air cover, defence, convoys and submarines; ${variants.length} plan variant(s)${settings.rollouts > 0 ? `, each checked by ${settings.rollouts} rollout(s) of ${settings.depth} turns` : ', no rollouts'}`,
    ...commanderWith(settings, variants, `commander:${level}`),
  };
}

/** The commander's decision with given settings and variants (the levels, and experiments with them). */
export function commanderWith(
  settings: LevelSettings,
  variants: readonly Variant[],
  /** The policy's name, said in its intents ('commander:hard'; none for an experiment's settings). */
  policy?: string,
): Pick<IntentfulPolicy, 'decide' | 'orders'> {
  const speaker = policy === undefined ? {} : { policy };
  const decide = (world: World, state: GameState, side: SideId, seen?: PolicyInput): Decision => {
    if (state.outcome) return { orders: [], intent: { side, ...speaker, operations: [] } };
    // Under the fog of war it plans on what it believes: its reading, its variants, its rollouts.
    const view = seen?.fog ? believed(world, state, side, seen) : state;
    const s = readSituation(world, view, side, true, seen?.intel);
    s.driveOnCapital = settings.driveOnCapital;
    s.guardsHomeAirfields = settings.guardsHomeAirfields;
    const books: Book[] = [];
    const planned = new Set<string>();
    for (const v of variants) {
      const book = planVariant(s, settings, v);
      const key = JSON.stringify(book.orders);
      if (planned.has(key)) continue;
      planned.add(key);
      books.push(book);
    }
    let best = books[0]!;
    if (settings.rollouts > 0 && books.length > 1) {
      let bestScore = Number.NEGATIVE_INFINITY;
      for (const [i, book] of books.entries()) {
        let total = 0;
        for (let r = 0; r < settings.rollouts; r++)
          total += rollout(
            world,
            view,
            side,
            book.orders,
            settings.depth,
            settings.sharedDice
              ? `${state.seed}/${state.turn}/${side}/commander/${r}`
              : `${state.seed}/${state.turn}/${side}/commander/${i}/${r}`,
            settings,
          );
        if (total > bestScore) {
          bestScore = total;
          best = book;
        }
      }
    }
    return { orders: best.orders, intent: { side, ...speaker, operations: best.operations } };
  };
  return { decide, orders: (world, state, side, seen) => decide(world, state, side, seen).orders };
}

/**
 * The state as the commander under the fog of war believes it (`PolicyInput.fog`): what its side
 * sees (engine/sight.ts `seenState`: the enemy's active forces in sea areas it does not watch are
 * left out), and the enemy forces the decrypt names (the code-breakers told where they go: the
 * Allies' carriers waited for the Kidō Butai at Midway because JN-25 named it, not because they
 * saw it: B9, C5). The seen state is enough to plan on: the side's own forces, stocks, supply, the
 * areas' holders and every force in a land area are the same as in the real state, and so are the
 * turn, the date, the seed (the rollouts' dice) and the flags; only enemy fleets and convoys at sea
 * out of its sight are missing. Its orders are checked at resolution against the real state as
 * always: one that meets a hidden fleet meets it as the surprise it would be.
 */
function believed(world: World, state: GameState, side: SideId, seen: PolicyInput): GameState {
  const sight = sightOf(world, state, side, seen.fog?.report);
  const view = seenState(state, sight);
  const named = new Set(seen.intel?.read ? seen.intel.destinations.flatMap((d) => d.forces) : []);
  if (view === state || named.size === 0) return view;
  const forces = state.forces.filter(
    (f) => f.status !== 'active' || seesForce(sight, f) || (f.side !== side && named.has(f.name)),
  );
  return forces.length === state.forces.length ? state : { ...state, forces };
}
