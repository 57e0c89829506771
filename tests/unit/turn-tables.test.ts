/**
 * A turn keeps two tables beside the state (turn-context.ts): who holds each
 * area (`holders`) and where each side's forces of each type stand in
 * `state.forces` (`forcesOf`). They stay true only while every change goes
 * through the functions that keep them: `setHolder` for `state.control`,
 * `ownForce` and `addNewForce` for `state.forces`. Likewise the record of
 * fired events is shared between states (cloneState) and copied by the events
 * phase before it writes. A rule that wrote to any of them directly would
 * leave a later phase reading a stale table, or change an earlier state, so
 * the engine's code is checked for such writes here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Files allowed to write: the keepers of the tables, and the game's creation (no turn yet). */
const KEEPERS = ['src/engine/turn-context.ts', 'src/engine/create-game.ts'];
/** The pattern of a write, what it writes, and the files (besides the keepers) allowed to. */
const WRITES: [RegExp, string, string[]?][] = [
  [
    /\bcontrol\[[^\]]+\]\s*(=(?!=)|\?\?=)|\.control\s*=(?!=)|\bdelete\s+[\w.]*control\[/,
    'state.control (use setHolder)',
  ],
  [
    /\bforces\[[^\]]+\]\s*=(?!=)|\bforces\.(push|splice|unshift|pop|shift|sort|reverse)\(|\.forces\s*=(?!=)/,
    'state.forces (use ownForce or addNewForce)',
  ],
  [
    /\bfired\[[^\]]+\]\s*(=(?!=)|\?\?=)|\.fired\s*=(?!=)|\bdelete\s+[\w.]*fired\[/,
    'state.fired (only the events phase, after its copy)',
    ['src/engine/phases/events.ts'],
  ],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe("the turn's tables of holders and forces", () => {
  const files = sourceFiles('src/engine').filter((f) => !KEEPERS.includes(f));
  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  for (const file of files) {
    it(`${file} changes who holds an area and the forces list only through the keepers`, () => {
      const text = code(file);
      for (const [pattern, what, allowed = []] of WRITES) {
        if (allowed.includes(file)) continue;
        const hit = text.match(pattern);
        expect(hit ? `${file} writes ${what}: "${hit[0]}"` : null).toBeNull();
      }
    });
  }
});
