/**
 * The words of the shipyards' capacity (src/engine/shipyards.ts) for the build panel: the numbers
 * are the engine's (yardRoom, a buildable's yardKgt), never worked out here.
 */
const number = new Intl.NumberFormat('en-GB');
const n = (v: number): string => number.format(v);

/** The yards' room this turn, after the builds already ordered. */
export function yardRoomText(room: { capacity: number; free: number }, expansion: string | null): string {
  const raise = expansion ? ` ${expansion} raises it.` : '';
  return `Shipyards: ${n(room.free)} of ${n(room.capacity)} thousand GT free this turn — ships hold their room from the order until they are delivered.${raise}`;
}

/** What one of a buildable takes of the yards. */
export function yardUseText(kgt: number): string {
  return `Takes ${n(kgt)} thousand GT of the shipyards' room until delivered.`;
}
