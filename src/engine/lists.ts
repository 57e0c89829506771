/**
 * Lists of objects or strings made so that an empty one and a full one have the same hidden class.
 *
 * V8 keeps the kind of a list's elements (small integers, doubles, anything; packed or with holes) in
 * its hidden class. `map` and a literal `[]` make an empty list of small integers and a full one of
 * objects or strings (and `map` in optimised code makes one with holes, PERFORMANCE.md pass 24), so
 * optimised code that has only met full ones is thrown away the first time an empty one reaches it —
 * as late as the thirteenth game of a process, when a landing first went without escorts
 * (`runMovementPhase`, `checkMove`, `claimsBefore`). A list spread from an array's iterator holds
 * "anything", packed, whether empty or not, and stays so as elements are pushed (PERFORMANCE.md,
 * pass 28). The lists and their contents are the same; only how V8 stores them differs.
 */
const NOTHING: readonly never[] = [];

/** A new empty list, of the kind a full list of objects or strings has. */
export function emptyList<T>(): T[] {
  return [...NOTHING.values()];
}

/** `list.map(f)`, made as `emptyList` makes lists. */
export function mapList<T, U>(list: readonly T[], f: (x: T) => U): U[] {
  const out = emptyList<U>();
  for (let i = 0; i < list.length; i++) out.push(f(list[i]!));
  return out;
}
