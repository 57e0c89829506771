/**
 * The browser fetches a bundled scenario's file when it is played
 * (src/ui/scenarios/bundled-scenarios.ts); in Node the tests answer those
 * fetches from scenarios/ (and count them).
 */
import { vi } from 'vitest';
import { ensureBundled } from '../../src/ui/scenarios/bundled-scenarios';
import { readScenarioFile } from './scenarios';

/** Answers fetches of scenarios/*.json from the files; the list of names asked for, in order. */
export function serveBundledFiles(): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string | URL) => {
    const name = String(url).replace(/^.*\//, '').replace(/\?.*$/, '');
    asked.push(name);
    return new Response(readScenarioFile(name), { status: 200 });
  });
  return asked;
}

/** Fetches bundled scenarios as the page does before a replay, a save or a link is opened. */
export async function fetchBundled(...ids: string[]): Promise<void> {
  serveBundledFiles();
  for (const id of ids) {
    const failed = await ensureBundled(id);
    if (failed) throw new Error(failed);
  }
}
