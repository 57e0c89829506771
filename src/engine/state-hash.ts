/**
 * The state hash stored after every turn of a replay: a 64-bit digest of the
 * state's canonical form (keys sorted, the same tags for the same structure),
 * computed by walking the state directly — no JSON text is built. Equal
 * states hash equal in every runtime; it is there to catch divergence, not
 * forgery (scenario identity uses SHA-256, `hash.ts`).
 *
 * Writing the canonical JSON and its SHA-256 took ~1 ms per grand-campaign
 * state, three times the turn itself; this walk takes a small fraction of it.
 */

/** Two 32-bit lanes mixed with multiply–xorshift (after cyrb53), so the result has 64 bits. */
class Digest {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  word(x: number): void {
    this.h1 = Math.imul(this.h1 ^ x, 2654435761);
    this.h2 = Math.imul(this.h2 ^ x, 1597334677);
  }

  /** A string, by its 64-bit fingerprint (memoised: ids and names repeat in every state). */
  text(s: string): void {
    let f = fingerprints.get(s);
    if (f === undefined) {
      f = fingerprint(s);
      if (fingerprints.size < 100_000) fingerprints.set(s, f);
    }
    this.word(f[0]);
    this.word(f[1]);
  }

  hex(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
  }
}

/**
 * Two independent 32-bit FNV-1a style hashes of a string's UTF-16 units and
 * length. A memo only: the digest never depends on what it holds.
 */
const fingerprints = new Map<string, [number, number]>();

function fingerprint(s: string): [number, number] {
  let a = 0x811c9dc5 ^ s.length;
  let b = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 2246822519);
  }
  return [a | 0, b | 0];
}

const TAG = {
  null: 1,
  false: 2,
  true: 3,
  int: 4,
  number: 5,
  string: 6,
  array: 7,
  object: 8,
  end: 9,
} as const;

/** Sorted keys per key set (a memo: the digest never depends on what it holds). */
const sortedKeySets = new Map<string, string[]>();

function sortedKeys(obj: Record<string, unknown>): string[] {
  const keys = Object.keys(obj);
  // A cheap name for the key set, confirmed below: same size and every cached key present means the same set.
  const id = `${keys.length}\u0000${keys[0] ?? ''}\u0000${keys[keys.length - 1] ?? ''}`;
  const cached = sortedKeySets.get(id);
  if (cached && cached.length === keys.length && cached.every((k) => Object.hasOwn(obj, k))) return cached;
  const sorted = [...keys].sort();
  if (sortedKeySets.size < 10_000) sortedKeySets.set(id, sorted);
  return sorted;
}

function feed(d: Digest, value: unknown): void {
  if (value === null || value === undefined) {
    d.word(TAG.null);
    return;
  }
  switch (typeof value) {
    case 'boolean':
      d.word(value ? TAG.true : TAG.false);
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new Error('non-finite number in the state');
      if (Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff) {
        d.word(TAG.int);
        d.word(value | 0);
        return;
      }
      // Fractions (the generator's state) and large integers: by their exact decimal text.
      d.word(TAG.number);
      d.text(String(value));
      return;
    case 'string':
      d.word(TAG.string);
      d.text(value);
      return;
    case 'object':
      break;
    default:
      throw new Error(`cannot hash a ${typeof value}`);
  }
  if (Array.isArray(value)) {
    d.word(TAG.array);
    d.word(value.length);
    for (const v of value) feed(d, v);
    d.word(TAG.end);
    return;
  }
  const obj = value as Record<string, unknown>;
  d.word(TAG.object);
  for (const k of sortedKeys(obj)) {
    const v = obj[k];
    if (v === undefined) continue;
    d.text(k);
    feed(d, v);
  }
  d.word(TAG.end);
}

/** 16 hex digits identifying a state's content. */
export function digestState(state: unknown): string {
  const d = new Digest();
  feed(d, state);
  return d.hex();
}
