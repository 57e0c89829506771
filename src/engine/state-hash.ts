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

/**
 * The words to feed are written to `buf` first and fed in runs (`flush`): the
 * same words in the same order as feeding each at once, but a run of words
 * can be kept — the words of a frozen force or of a frozen record (who holds
 * each area, the fired events) — and fed again for the next state that
 * shares it without reading it. Words are 32-bit integers (every word goes
 * through `^`, which takes its value as a 32-bit integer), so a typed array
 * holds them as they are. (A memo: the digest never depends on what it holds.)
 */
let buf = new Int32Array(4096);
let len = 0;

function emit(x: number): void {
  if (len === buf.length) grow();
  buf[len++] = x;
}

function grow(): void {
  const bigger = new Int32Array(buf.length * 2);
  bigger.set(buf);
  buf = bigger;
}

/** Feeds the words written so far. */
function flush(): void {
  if (len > 0) feedWords(buf, 0, len);
  len = 0;
}

/**
 * `word` for each of `words` from `from` up to `to`, with the lanes held in locals for the loop:
 * this is most of a state's digest.
 */
function feedWords(words: Int32Array, from: number, to: number): void {
  let a = h1;
  let b = h2;
  for (let i = from; i < to; i++) {
    const x = words[i]!;
    a = Math.imul(a ^ x, 2654435761);
    b = Math.imul(b ^ x, 1597334677);
  }
  h1 = a;
  h2 = b;
}

/** A string, by its 64-bit fingerprint (memoised: ids and names repeat in every state). */
function text(s: string): void {
  // Who holds each area is most of the strings outside the forces: no lookup for the two sides.
  const f = s === 'japan' ? V.japan! : s === 'allies' ? V.allies! : fingerprintOf(s);
  emit(f[0]);
  emit(f[1]);
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
    emit(TAG.null);
    return;
  }
  switch (typeof value) {
    case 'boolean':
      emit(value ? TAG.true : TAG.false);
      return;
    case 'number':
      num(value);
      return;
    case 'string':
      emit(TAG.string);
      text(value);
      return;
    case 'object':
      break;
    default:
      throw new Error(`cannot hash a ${typeof value}`);
  }
  if (Array.isArray(value)) {
    emit(TAG.array);
    emit(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      // Lists of numbers (the reinforcements arrived) without a call per entry.
      if (typeof v === 'number' && (v | 0) === v) {
        emit(TAG.int);
        emit(v | 0);
      } else feed(v);
    }
    emit(TAG.end);
    return;
  }
  const obj = value as Record<string, unknown>;
  const { sorted, prints } = shapeOf(Object.keys(obj));
  emit(TAG.object);
  for (let i = 0; i < sorted.length; i++) {
    const v = obj[sorted[i]!];
    if (v === undefined) continue;
    const print = prints[i]!;
    emit(print[0]);
    emit(print[1]);
    feed(v);
  }
  emit(TAG.end);
}

/** The fingerprints of the keys the force digest feeds. */
const K = Object.fromEntries(
  [
    'airCapacity',
    'aircraft',
    'cargo',
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

/**
 * How many keys a force of each type has when it holds its type's keys only (a force as read from
 * a file); the engine's forces have every type's keys (state.ts `shapeForce`), those their type
 * does not have undefined. Any other force takes the general walk.
 */
const FORCE_KEYS: Record<string, number> = { ship: 13, flotilla: 12, air: 12, army: 11 };
const ALL_FORCE_KEYS = 18;

/** Whether `wordsOfForce` feeds exactly what the general walk would for this force. */
function fitsWords(f: ForceState): boolean {
  const n = Object.keys(f).length;
  if (n === FORCE_KEYS[f.type]) return true;
  if (n !== ALL_FORCE_KEYS) return false;
  // The engine's one shape: the keys of the other types must be undefined (the walk skips them).
  // A ship with her own damage points (`toughness`, the Yamato class) takes the general walk.
  const g = f as unknown as Record<string, unknown>;
  if (g.toughness !== undefined) return false;
  switch (f.type) {
    case 'ship':
      return g.count === undefined && g.cargo === undefined && g.role === undefined && g.troops === undefined;
    case 'flotilla':
      return (
        g.aircraft === undefined && g.damage === undefined && g.role === undefined && g.troops === undefined
      );
    case 'air':
      return (
        g.class === undefined &&
        g.damage === undefined &&
        g.count === undefined &&
        g.cargo === undefined &&
        g.troops === undefined
      );
    case 'army':
      return (
        g.class === undefined &&
        g.aircraft === undefined &&
        g.damage === undefined &&
        g.count === undefined &&
        g.cargo === undefined &&
        g.role === undefined
      );
    default:
      return assertNever(f);
  }
}

/**
 * A force that cannot change any more (frozen — every force a state hands
 * out, see cloneState) keeps its words by position: the next state digested,
 * which shares most of its forces with this one, feeds them again without
 * reading the force. Most forces are unchanged from one turn to the next.
 * The words of the force at position `at` are kept in `kept` from
 * `at * SLOT`, `keptLength[at]` of them (0: none kept), so that keeping them
 * allocates nothing. (A memo: the digest never depends on what it holds.)
 */
const SLOT = 64;
const lastForces: (ForceState | undefined)[] = [];
let kept = new Int32Array(SLOT * 512);
let keptLength = new Int32Array(512);

/**
 * The words of frozen flat records at the top of the state (who holds each area, the fired
 * events: shared from state to state until one changes — cloneState). A memo, as above.
 */
const frozenWords = new WeakMap<object, Int32Array>();

function key(print: [number, number] | undefined): void {
  emit(print![0]);
  emit(print![1]);
}

/**
 * A number: a 32-bit integer (`(v | 0) === v`, -0 included, fed as 0) as
 * itself, everything else (the generator's fractions, large integers) by its
 * exact decimal text.
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

/**
 * A string field of the force at position `at`, by the fingerprint kept for that field and
 * position: a changed force is a copy of the one before it at its position, so its id, name and
 * class are the very same strings (a comparison instead of a lookup). A memo, as above.
 */
const FIELDS = 5;
const lastStrings: (string | undefined)[] = [];
const lastPrints: ([number, number] | undefined)[] = [];

function strAt(v: string, slot: number): void {
  let print = lastPrints[slot];
  if (lastStrings[slot] !== v || print === undefined) {
    print = fingerprintOf(v);
    lastStrings[slot] = v;
    lastPrints[slot] = print;
  }
  emit(TAG.string);
  emit(print[0]);
  emit(print[1]);
}

function feedForce(f: ForceState, at: number): void {
  if (at >= keptLength.length) growKept(at);
  const n = keptLength[at]!;
  // Only a frozen force's words are kept, and a frozen force never changes.
  if (n > 0 && lastForces[at] === f) {
    flush();
    feedWords(kept, at * SLOT, at * SLOT + n);
    return;
  }
  lastForces[at] = f;
  keptLength[at] = 0;
  const start = len;
  if (fitsWords(f)) wordsOfForce(f, at);
  else feed(f);
  if (len - start <= SLOT && Object.isFrozen(f)) {
    // Copied word by word: a view (`subarray`) would be an allocation per changed force.
    const to = at * SLOT - start;
    for (let i = start; i < len; i++) kept[to + i] = buf[i]!;
    keptLength[at] = len - start;
  }
}

function growKept(at: number): void {
  let n = keptLength.length;
  while (n <= at) n *= 2;
  const lengths = new Int32Array(n);
  lengths.set(keptLength);
  keptLength = lengths;
  const words = new Int32Array(n * SLOT);
  words.set(kept);
  kept = words;
}

/**
 * One force, in the words the general walk would feed for it (keys in sorted
 * order), but with each field read by name. Forces are most of a state
 * (~280 objects late in the grand campaign) and the general walk reads them
 * by computed key, which is several times slower. The random-game tests and
 * `npm run fuzz` check that both walks give the same digest.
 */
function wordsOfForce(f: ForceState, at: number): void {
  const slot = at * FIELDS;
  emit(TAG.object);
  key(K.airCapacity);
  num(f.airCapacity);
  switch (f.type) {
    case 'ship':
      key(K.aircraft);
      num(f.aircraft);
      key(K.class);
      strAt(f.class, slot);
      key(K.damage);
      num(f.damage);
      break;
    case 'flotilla':
      // An oiler's cargo ('cargo' sorts before 'class'), when it has one.
      if (f.cargo !== undefined) {
        key(K.cargo);
        num(f.cargo);
      }
      key(K.class);
      strAt(f.class, slot);
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
  strAt(f.id, slot + 1);
  key(K.location);
  strAt(f.location, slot + 2);
  key(K.lost);
  num(f.lost);
  key(K.name);
  strAt(f.name, slot + 3);
  key(K.replaced);
  num(f.replaced);
  if (f.type === 'air') {
    key(K.role);
    strAt(f.role, slot + 4);
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
  len = 0;
  feed(value);
  flush();
  return hex();
}

function isFlat(obj: object): boolean {
  for (const v of Object.values(obj)) if (typeof v === 'object' && v !== null) return false;
  return true;
}

/** 16 hex digits identifying a state's content (equal to `digestValue(state)`). */
export function digestState(state: GameState): string {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
  len = 0;
  const top = state as unknown as Record<string, unknown>;
  const { sorted, prints } = shapeOf(Object.keys(top));
  emit(TAG.object);
  for (let i = 0; i < sorted.length; i++) {
    const k = sorted[i]!;
    const v = top[k];
    if (v === undefined) continue;
    const print = prints[i]!;
    emit(print[0]);
    emit(print[1]);
    if (k === 'forces' && Array.isArray(v)) {
      emit(TAG.array);
      emit(v.length);
      for (let j = 0; j < v.length; j++) feedForce(v[j] as ForceState, j);
      emit(TAG.end);
    } else if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.isFrozen(v)) {
      const known = frozenWords.get(v);
      if (known !== undefined) {
        flush();
        feedWords(known, 0, known.length);
      } else {
        const start = len;
        feed(v);
        // Kept only when nothing inside can change: a frozen record of strings and numbers.
        if (isFlat(v)) frozenWords.set(v, buf.slice(start, len));
      }
    } else feed(v);
  }
  emit(TAG.end);
  flush();
  if (buf.length > 65_536) buf = new Int32Array(4096);
  return hex();
}
