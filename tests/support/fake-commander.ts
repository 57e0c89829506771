/**
 * A tiny intentful computer player for tests (until the commander lands): it
 * gives no orders and says, every turn, that it intends to take Java for its
 * oil with the 16th Army (the lab scenario's names).
 */
import type { Intent } from '../../src/ai/intent';
import type { IntentfulPolicy } from '../../src/ai/policy';

export const fakeIntent = (side: 'japan' | 'allies'): Intent => ({
  side,
  operations: [
    {
      kind: 'invade',
      reason: 'oil',
      target: 'java',
      forces: ['sixteenth-army'],
      numbers: { transports: 40, warships: 16 },
    },
  ],
});

export const fakeCommander: IntentfulPolicy = {
  name: 'fake-commander',
  description: 'a test player: no orders, one stated intent',
  orders: () => [],
  decide: (_world, _state, side) => ({ orders: [], intent: fakeIntent(side) }),
};
