import type { SideId } from '../scenario/schema';

/** Japan resolves first wherever order matters; the order is fixed so results never depend on key order. */
export const SIDE_IDS: readonly SideId[] = ['japan', 'allies'];
