import type { Policy } from './policy';

/** Gives no orders at all: a baseline that shows what the oil clock does to a side that waits. */
export const passPolicy: Policy = {
  name: 'pass',
  description: 'gives no orders: every force stays where it is',
  orders: () => [],
};
