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
import type { GameState, World } from '../../engine/index';
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
    const s = readSituation(world, state, side, true, seen?.intel);
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
            state,
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
