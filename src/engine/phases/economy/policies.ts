/**
 * Standing policies: a `choose` order with a level sets one for this turn and
 * the turns after (rationing: how much oil the economy burns, at a price in
 * industry — Cohen 1949; sailings: how much of the cargo fleet goes to sea,
 * fewer sailings losing fewer ships and carrying less — Parillo 1993).
 */
import type { SideId } from '../../../scenario/schema';
import type { TurnContext } from '../../turn-context';

export function applyPolicies(ctx: TurnContext, side: SideId): void {
  const policies = ctx.state.policies[side];
  for (const order of ctx.orders[side]) {
    if (order.type !== 'choose' || order.level === undefined) continue;
    if (order.choice === 'rationing') {
      const level = ctx.world.scenario.rules.rationing?.levels[order.level];
      if (!level) continue;
      policies.rationing = order.level;
      ctx.items.push({ kind: 'policy', side, policy: 'rationing', level: order.level, name: level.name });
    } else if (order.choice === 'sailings') {
      policies.sailings = order.level;
      ctx.items.push({
        kind: 'policy',
        side,
        policy: 'sailings',
        level: order.level,
        // Named by its level (the words are src/text/report-text.ts policyLine's).
        name: `${order.level}%`,
      });
    }
  }
}
