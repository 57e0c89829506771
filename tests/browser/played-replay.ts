/**
 * A replay file as a class would bring it: a bundled scenario played by policies in Node
 * (`autoplay`), written as if two people had played it, for a browser test to import. ui30 branches
 * the grand campaign's thirtieth turn from one; play29 opens an idle Road to Tokyo's after-action report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { autoplay, policyByName } from '../../src/ai/index';
import { buildWorld } from '../../src/engine/index';
import { loadScenario } from '../support/scenarios';

/** Plays `scenario` (a file in scenarios/) for `turns` turns with `policy` on both sides; returns the file written under `dir`. */
export function playedReplay(
  dir: string,
  name: string,
  scenario: string,
  seed: string,
  policy: string,
  turns: number,
): string {
  const both = policyByName(policy);
  if (!both) throw new Error(`no policy ${policy}`);
  const { replay } = autoplay(
    buildWorld(loadScenario(scenario)),
    seed,
    { japan: both, allies: both },
    { maxTurns: turns },
  );
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ ...replay, players: { japan: 'human', allies: 'human' } }));
  return file;
}
