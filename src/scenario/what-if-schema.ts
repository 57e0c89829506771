/**
 * What-ifs: counterfactuals a scenario carries as data ("no embargo", "no
 * code-breaking"), each a few general changes to the scenario, applied by
 * `applyWhatIf` (what-if.ts) before a game starts. A teacher picks one by its
 * title; the description says what changes and what historians argue.
 */
import { z } from 'zod';
import { Id, Text } from './primitives';

export const WhatIfChange = z.discriminatedUnion('op', [
  /** The event never happens — and whatever waits for it never sees it fire. */
  z.strictObject({ op: z.literal('remove-event'), event: Id }),
  /** One field of `rules` replaced, e.g. `codebreaking` by `[]`; checked against that field's schema. */
  z.strictObject({ op: z.literal('set-rule'), rule: z.string().min(1).max(40), value: z.unknown() }),
  /**
   * In the historical plan, every decision `from` becomes `to` (the historical bot decides otherwise).
   * With `dropMoves`, the moves ordered in the same step go too: the operation that belonged to the
   * decision (Kidō Butai's sortie to Hawaii with the decision for Pearl Harbor).
   */
  z.strictObject({
    op: z.literal('replace-plan-choice'),
    from: Id,
    to: Id,
    dropMoves: z.boolean().optional(),
  }),
  /** A scheduled reinforcement never arrives. */
  z.strictObject({ op: z.literal('remove-reinforcement'), force: Id }),
  /** The game runs to another last turn (to see how much longer a war lasts). */
  z.strictObject({ op: z.literal('set-last-turn'), turn: z.int().min(1).max(200) }),
]);
export type WhatIfChange = z.infer<typeof WhatIfChange>;

export const WhatIf = z.strictObject({
  id: Id,
  /** Shown in the what-if menu, e.g. "No American oil embargo". */
  title: Text(120),
  /** What changes, and what historians argue would have followed. */
  description: Text(2000),
  changes: z.array(WhatIfChange).min(1).max(20),
});
export type WhatIf = z.infer<typeof WhatIf>;
