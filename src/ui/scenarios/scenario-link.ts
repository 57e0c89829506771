/**
 * Class links for a scenario loaded from a file. A small scenario travels
 * inside the link: its text deflated and written in base64url into the
 * fragment (`#scenario=…`, never sent to a server), next to the usual
 * `?scenario=file:<id>&side=…&seed=…`. A scenario too big for a link gets a
 * link without it, and opening that link on a computer without the file says
 * the file must be loaded first.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { fromBase64Url, toBase64Url } from '../../replay/share-link';

/** Links longer than this are unreliable in mail clients, chat apps and learning platforms. */
export const MAX_SCENARIO_FRAGMENT = 30_000;
const MAX_INFLATED = 2_000_000;
const KEY = 'scenario=';

export function scenarioFragment(
  text: string,
): { ok: true; fragment: string } | { ok: false; length: number } {
  // The text is compacted first: indentation costs nothing to drop.
  let compact = text;
  try {
    compact = JSON.stringify(JSON.parse(text));
  } catch {
    // Keep the text as it is; it was valid when loaded.
  }
  const fragment = `${KEY}${toBase64Url(deflateSync(strToU8(compact), { level: 9 }))}`;
  return fragment.length <= MAX_SCENARIO_FRAGMENT
    ? { ok: true, fragment }
    : { ok: false, length: fragment.length };
}

export function hasScenarioFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(KEY);
}

/** The scenario text in `#scenario=…`, or why it cannot be read. */
export function scenarioFromFragment(
  hash: string,
): { ok: true; text: string } | { ok: false; message: string } {
  const packed = hash.replace(/^#/, '').slice(KEY.length);
  if (packed.length > MAX_SCENARIO_FRAGMENT)
    return { ok: false, message: 'the scenario in this link is too long' };
  if (!/^[A-Za-z0-9_-]+$/.test(packed))
    return { ok: false, message: 'the scenario in this link is damaged (unexpected characters)' };
  try {
    const bytes = inflateSync(fromBase64Url(packed), { out: new Uint8Array(MAX_INFLATED) });
    if (bytes.length >= MAX_INFLATED)
      return { ok: false, message: 'the scenario in this link unpacks to too much data' };
    return { ok: true, text: strFromU8(bytes) };
  } catch {
    return {
      ok: false,
      message: 'the scenario in this link is damaged (it does not unpack); ask for the link again',
    };
  }
}
