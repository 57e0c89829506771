/**
 * Replays as links: the replay's JSON, deflated and written in base64url into
 * the URL fragment (`#replay=…`), which never reaches a server. Long games
 * that do not fit in a link are shared as files instead.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { LoadResult, ProblemWhat } from '../scenario/problems';
import { linkTooLongText, problem } from '../text/problem-text';
import { loadReplayText } from './load';
import type { Replay } from './schema';

/** Links longer than this are unreliable in mail clients and chat apps. */
export const MAX_LINK_FRAGMENT = 30_000;
const MAX_INFLATED = 2_000_000;
const FRAGMENT_KEY = 'replay=';

export function replayToFragment(
  replay: Replay,
): { ok: true; fragment: string } | { ok: false; length: number; limit: number; message: string } {
  const pack = (r: Replay) =>
    `${FRAGMENT_KEY}${toBase64Url(deflateSync(strToU8(JSON.stringify(r)), { level: 9 }))}`;
  let fragment = pack(replay);
  // The computer's stated intents are commentary: a game too long for a link with them is linked without them.
  if (fragment.length > MAX_LINK_FRAGMENT && replay.turns.some((t) => t.intents)) {
    fragment = pack({ ...replay, turns: replay.turns.map(({ intents: _, ...t }) => t) });
  }
  if (fragment.length > MAX_LINK_FRAGMENT) {
    const length = fragment.length;
    return {
      ok: false,
      length,
      limit: MAX_LINK_FRAGMENT,
      message: linkTooLongText(length, MAX_LINK_FRAGMENT),
    };
  }
  return { ok: true, fragment };
}

/** Reads `#replay=…` (with or without the `#`); anything wrong is a problem, never an exception. */
export function replayFromFragment(fragment: string): LoadResult<Replay> {
  const fail = (what: ProblemWhat): LoadResult<Replay> => ({
    ok: false,
    problems: [problem('(link)', what)],
  });
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(FRAGMENT_KEY)) return fail({ code: 'link-no-replay' });
  const packed = body.slice(FRAGMENT_KEY.length);
  if (packed.length > MAX_LINK_FRAGMENT) return fail({ code: 'link-too-long' });
  if (!/^[A-Za-z0-9_-]*$/.test(packed)) return fail({ code: 'link-bad-characters' });
  let text: string;
  try {
    const bytes = inflateSync(fromBase64Url(packed), { out: new Uint8Array(MAX_INFLATED) });
    if (bytes.length >= MAX_INFLATED) return fail({ code: 'link-too-much-data' });
    text = strFromU8(bytes);
  } catch {
    return fail({ code: 'link-damaged' });
  }
  return loadReplayText(text);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    const chunk = Math.min(4, text.length - i);
    for (let c = 0; c < 4; c++) n = (n << 6) | (c < chunk ? ALPHABET.indexOf(text[i + c]!) : 0);
    if (chunk >= 2) out[o++] = (n >> 16) & 255;
    if (chunk >= 3) out[o++] = (n >> 8) & 255;
    if (chunk >= 4) out[o++] = n & 255;
  }
  return out.subarray(0, o);
}
