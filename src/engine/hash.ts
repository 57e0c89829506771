/**
 * Canonical JSON (sorted keys, no whitespace) and its SHA-256, identical in
 * Node and every browser: replays store one hash per turn, and a difference
 * names the first turn where two runs parted.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function canonicalJson(value: unknown): string {
  return canonical(value);
}

interface KeyOrder {
  keys: string[];
  /** The keys already written as JSON strings followed by a colon. */
  quoted: string[];
}

/**
 * Sorted keys per key set, so each object shape is sorted once (state objects
 * share a few shapes). A memo only: the output never depends on what it holds.
 */
const keyOrders = new Map<string, KeyOrder>();

function keyOrder(obj: Record<string, unknown>): KeyOrder {
  const keys = Object.keys(obj);
  const id = keys.join('\u0000');
  let order = keyOrders.get(id);
  if (!order) {
    const sorted = [...keys].sort();
    order = { keys: sorted, quoted: sorted.map((k) => `${JSON.stringify(k)}:`) };
    if (keyOrders.size < 10_000) keyOrders.set(id, order);
  }
  return order;
}

function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw new Error('non-finite number in canonical JSON');
      return String(value);
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw new Error(`cannot hash a ${typeof value}`);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonical(value[i]);
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const { keys, quoted } = keyOrder(obj);
  let out = '{';
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const v = obj[keys[i]!];
    if (v === undefined) continue;
    out += (first ? '' : ',') + quoted[i] + canonical(v);
    first = false;
  }
  return `${out}}`;
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function hashValue(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
