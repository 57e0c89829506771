import { assertNever } from '../engine/assert-never';
import type { Order } from '../engine/index';

/** An order in a few words, for messages: `move akagi to java-sea`, `choose strike-south`, `build 2 destroyer`. */
export function describeOrder(order: Order): string {
  switch (order.type) {
    case 'move':
      return `move ${order.force} to ${order.to}`;
    case 'choose':
      return `choose ${order.choice}`;
    case 'build':
      return `build ${order.count} ${order.item}`;
    case 'air':
      return `air ${order.force} ${order.mission} ${order.target}`;
    default:
      return assertNever(order);
  }
}
