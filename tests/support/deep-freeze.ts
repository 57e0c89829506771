/**
 * Freezes a value and everything inside it. A turn resolved from a frozen
 * state throws (strict mode) if any rule writes to the state it was given —
 * including the lost forces a new state shares with the old one.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
