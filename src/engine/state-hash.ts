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

import { assertNever } from './assert-never';
import type { ForceState, GameState } from './state';

/**
 * Two 32-bit lanes mixed with multiply–xorshift (after cyrb53), so the result
 * has 64 bits. The lanes are module variables rather than fields of an
 * object: a digest runs start to finish without yielding, and this is the
 * innermost loop of replay verification.
 */
let h1 = 0;
let h2 = 0;

function word(x: number): void {
  h1 = Math.imul(h1 ^ x, 2654435761);
  h2 = Math.imul(h2 ^ x, 1597334677);
}

/** A string, by its 64-bit fingerprint (memoised: ids and names repeat in every state). */
function text(s: string): void {
  // Who holds each area is most of the strings outside the forces: no lookup for the two sides.
  const f = s === 'japan' ? V.japan! : s === 'allies' ? V.allies! : fingerprintOf(s);
  word(f[0]);
  word(f[1]);
}

function hex(): string {
  let a = h1;
  let b = h2;
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return (b >>> 0).toString(16).padStart(8, '0') + (a >>> 0).toString(16).padStart(8, '0');
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

/**
 * A key set met before: its keys as `Object.keys` lists them, sorted, and the
 * sorted keys' fingerprints. Objects built the same way list their keys in
 * the same order, so a shape is recognised by comparing the key lists entry
 * by entry — no string is built and no key is looked up.
 * (A memo: the digest never depends on what it holds.)
 */
interface Shape {
  raw: string[];
  sorted: string[];
  prints: [number, number][];
}

const shapesByFirstKey = new Map<string, Shape[]>();
let shapeCount = 0;

function shapeOf(keys: string[]): Shape {
  const first = keys[0] ?? '';
  let list = shapesByFirstKey.get(first);
  if (list) {
    for (const shape of list) if (sameKeys(shape.raw, keys)) return shape;
  } else {
    list = [];
    if (shapeCount < 10_000) shapesByFirstKey.set(first, list);
  }
  const sorted = [...keys].sort();
  const shape: Shape = { raw: keys, sorted, prints: sorted.map(fingerprintOf) };
  if (shapeCount < 10_000 && list.length < 64) {
    list.push(shape);
    shapeCount++;
  }
  return shape;
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function fingerprintOf(s: string): [number, number] {
  let f = fingerprints.get(s);
  if (f === undefined) {
    f = fingerprint(s);
    if (fingerprints.size < 100_000) fingerprints.set(s, f);
  }
  return f;
}

function feed(value: unknown): void {
  if (value === null || value === undefined) {
    word(TAG.null);
    return;
  }
  switch (typeof value) {
    case 'boolean':
      word(value ? TAG.true : TAG.false);
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new Error('non-finite number in the state');
      if (Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff) {
        word(TAG.int);
        word(value | 0);
        return;
      }
      // Fractions (the generator's state) and large integers: by their exact decimal text.
      word(TAG.number);
      text(String(value));
      return;
    case 'string':
      word(TAG.string);
      text(value);
      return;
    case 'object':
      break;
    default:
      throw new Error(`cannot hash a ${typeof value}`);
  }
  if (Array.isArray(value)) {
    word(TAG.array);
    word(value.length);
    for (let i = 0; i < value.length; i++) feed(value[i]);
    word(TAG.end);
    return;
  }
  const obj = value as Record<string, unknown>;
  const { sorted, prints } = shapeOf(Object.keys(obj));
  word(TAG.object);
  for (let i = 0; i < sorted.length; i++) {
    const v = obj[sorted[i]!];
    if (v === undefined) continue;
    const print = prints[i]!;
    word(print[0]);
    word(print[1]);
    feed(v);
  }
  word(TAG.end);
}

/** The fingerprints of the keys the force digest feeds. */
const K = Object.fromEntries(
  [
    'airCapacity',
    'aircraft',
    'class',
    'count',
    'damage',
    'experience',
    'id',
    'location',
    'lost',
    'name',
    'replaced',
    'role',
    'side',
    'status',
    'troops',
    'type',
  ].map((k) => [k, fingerprint(k)]),
) as Record<string, [number, number]>;

/** The fingerprints of the values most forces share (no lookup needed). */
const V = Object.fromEntries(
  ['japan', 'allies', 'active', 'lost', 'ship', 'flotilla', 'air', 'army'].map((v) => [v, fingerprint(v)]),
) as Record<string, [number, number]>;

/** How many keys a force of each type has (ForceState); any other count takes the general walk. */
const FORCE_KEYS: Record<string, number> = { ship: 13, flotilla: 12, air: 12, army: 11 };

/**
 * The words a force feeds are written to `buf` first, then fed. A force that
 * cannot change any more (frozen — every force a state hands out, see
 * cloneState) keeps its words by position: the next state digested, which
 * shares most of its forces with this one, feeds them again without reading
 * the force. Most forces are unchanged from one turn to the next. (A memo:
 * the digest never depends on what it holds.)
 */
let buf: number[] = [];
let len = 0;
const lastForces: (ForceState | undefined)[] = [];
const lastWords: (number[] | undefined)[] = [];

/**
 * `word` for each of the first `n` words of `words`, with the lanes held in locals for the loop
 * (the same arithmetic: replaying a force's words is most of a state's digest).
 */
function feedWords(words: readonly number[], n: number): void {
  let a = h1;
  let b = h2;
  for (let i = 0; i < n; i++) {
    const x = words[i]!;
    a = Math.imul(a ^ x, 2654435761);
    b = Math.imul(b ^ x, 1597334677);
  }
  h1 = a;
  h2 = b;
}

function emit(x: number): void {
  buf[len++] = x;
}

function key(print: [number, number] | undefined): void {
  emit(print![0]);
  emit(print![1]);
}

/**
 * A number, as `feed` feeds it: `(v | 0) === v` is exactly feed's test for a
 * 32-bit integer (-0 included, fed as 0); everything else goes by its text.
 */
function num(v: number): void {
  if ((v | 0) === v) {
    emit(TAG.int);
    emit(v | 0);
    return;
  }
  if (!Number.isFinite(v)) throw new Error('non-finite number in the state');
  emit(TAG.number);
  key(fingerprintOf(String(v)));
}

function str(v: string): void {
  emit(TAG.string);
  key(fingerprintOf(v));
}

function feedForce(f: ForceState, at: number): void {
  const known = lastWords[at];
  if (known !== undefined && lastForces[at] === f && Object.isFrozen(f)) {
    feedWords(known, known.length);
    return;
  }
  lastForces[at] = f;
  lastWords[at] = undefined;
  if (Object.keys(f).length !== FORCE_KEYS[f.type]) {
    feed(f);
    return;
  }
  len = 0;
  wordsOfForce(f);
  if (Object.isFrozen(f)) lastWords[at] = buf.slice(0, len);
  feedWords(buf, len);
  if (buf.length > 4096) buf = [];
}

/**
 * One force, in the words the general walk would feed for it (keys in sorted
 * order), but with each field read by name. Forces are most of a state
 * (~280 objects late in the grand campaign) and the general walk reads them
 * by computed key, which is several times slower. The random-game tests and
 * `npm run fuzz` check that both walks give the same digest.
 */
function wordsOfForce(f: ForceState): void {
  emit(TAG.object);
  key(K.airCapacity);
  num(f.airCapacity);
  switch (f.type) {
    case 'ship':
      key(K.aircraft);
      num(f.aircraft);
      key(K.class);
      str(f.class);
      key(K.damage);
      num(f.damage);
      break;
    case 'flotilla':
      key(K.class);
      str(f.class);
      key(K.count);
      num(f.count);
      break;
    case 'air':
      key(K.aircraft);
      num(f.aircraft);
      break;
    case 'army':
      break;
    default:
      assertNever(f);
  }
  key(K.experience);
  num(f.experience);
  key(K.id);
  str(f.id);
  key(K.location);
  str(f.location);
  key(K.lost);
  num(f.lost);
  key(K.name);
  str(f.name);
  key(K.replaced);
  num(f.replaced);
  if (f.type === 'air') {
    key(K.role);
    str(f.role);
  }
  key(K.side);
  emit(TAG.string);
  key(f.side === 'japan' ? V.japan : f.side === 'allies' ? V.allies : fingerprintOf(f.side));
  key(K.status);
  emit(TAG.string);
  key(f.status === 'active' ? V.active : f.status === 'lost' ? V.lost : fingerprintOf(f.status));
  if (f.type === 'army') {
    key(K.troops);
    num(f.troops);
  }
  key(K.type);
  emit(TAG.string);
  key(V[f.type]);
  emit(TAG.end);
}

/**
 * The digest of any JSON-like value by the general walk alone. The state
 * digest must always equal it; tests compare the two.
 */
export function digestValue(value: unknown): string {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
  feed(value);
  return hex();
}

/** 16 hex digits identifying a state's content (equal to `digestValue(state)`). */
export function digestState(state: GameState): string {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
  const top = state as unknown as Record<string, unknown>;
  const { sorted, prints } = shapeOf(Object.keys(top));
  word(TAG.object);
  for (let i = 0; i < sorted.length; i++) {
    const k = sorted[i]!;
    const v = top[k];
    if (v === undefined) continue;
    const print = prints[i]!;
    word(print[0]);
    word(print[1]);
    if (k === 'forces' && Array.isArray(v)) {
      word(TAG.array);
      word(v.length);
      for (let j = 0; j < v.length; j++) feedForce(v[j] as ForceState, j);
      word(TAG.end);
    } else feed(v);
  }
  word(TAG.end);
  return hex();
}
