/**
 * `?scenario=https://…`: a scenario hosted elsewhere. The body is read piece
 * by piece and refused past 2 MB, the request gives up after 10 seconds, and
 * every failure is said in words a teacher can act on.
 */
export const MAX_SCENARIO_BYTES = 2_000_000;
export const FETCH_TIMEOUT_MS = 10_000;

export type FetchResult = { ok: true; text: string } | { ok: false; message: string };

export async function fetchScenarioText(
  address: string,
  options: { maxBytes?: number; timeoutMs?: number } = {},
): Promise<FetchResult> {
  const maxBytes = options.maxBytes ?? MAX_SCENARIO_BYTES;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, message: `“${address}” is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'Only http:// and https:// addresses can be loaded.' };
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const tooBig = `The file at ${url.href} is larger than ${maxBytes / 1_000_000} MB, which is too big for a scenario.`;
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'omit', redirect: 'follow' });
    } catch {
      if (timedOut) return { ok: false, message: timeoutMessage(url, timeoutMs) };
      return {
        ok: false,
        message: `The scenario at ${url.href} could not be fetched. Either the network is down, the address is wrong, or the web site does not let other sites read its files (CORS): put the file on a site that allows it, or download it and use Load scenario.`,
      };
    }
    if (response.status === 404) {
      return {
        ok: false,
        message: `There is no file at ${url.href} (the site says 404, not found). Check the address.`,
      };
    }
    if (!response.ok) {
      return {
        ok: false,
        message: `The site refused the scenario at ${url.href} (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}).`,
      };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, message: tooBig };
    if (!response.body) return { ok: false, message: `The site sent no file for ${url.href}.` };
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        controller.abort();
        return { ok: false, message: tooBig };
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, message: `The file at ${url.href} is not text (UTF-8): it cannot be a scenario.` };
    }
  } catch {
    if (timedOut) return { ok: false, message: timeoutMessage(url, timeoutMs) };
    return { ok: false, message: `The download of ${url.href} was interrupted. Try again.` };
  } finally {
    clearTimeout(timer);
  }
}

function timeoutMessage(url: URL, ms: number): string {
  return `The site at ${url.host} did not answer within ${Math.round(ms / 1000)} seconds. Try again later, or download the file and use Load scenario.`;
}
