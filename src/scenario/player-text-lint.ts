/**
 * What players and teachers read points nowhere outside the game and names no source key
 * mid-sentence (issue 11 item 6): no script or code file names ("[air.py]", "port-strike.ts"),
 * no "HISTORY.md", "seeds/…" or "docs/…", and no bibliographic key ("(O4 derived)", "(e.g. B9,
 * C5)") except in one closing "Sources: K1, K2." sentence, which the game shows apart as a
 * Sources line (src/text/source-keys.ts); an item's own `source` field is shown as "Source: …".
 *
 * The fields checked are every text the game shows: titles, summaries, teacher notes, prompts,
 * goals, event titles, notes and messages, decisions, flags, what-ifs, buildable and production
 * notes, rationing levels, chart labels, the Sources list's citations, and names — not the
 * historical plan's notes, which no screen shows (and by which the plan scripts find their steps). The data script
 * that cleans them is scripts/data/player_text.py (its field lists are these).
 */
import { problem } from '../text/problem-text';
import { check as checkCode } from './check-codes';
import { formatPath, type Problem } from './problems';
import type { Scenario } from './schema';

/** Dotted paths (arrays as `[]`) of the texts a player or a teacher reads. */
const SHOWN: readonly RegExp[] = [
  /^meta\.(title|summary|period|teacherNotes\[\]|discussionPrompts\[\]\.prompt|sources\[\]\.citation)$/,
  /^meta\.goals\.(japan|allies|afterwards|history\.text|japanOtherWay\.(text|againstHistory))$/,
  /^areas\[\]\.name$/,
  /^(forces\[\]|reinforcements\[\]\.force|buildables\[\]\.force|events\[\]\.effects\[\]\.force)\.name$/,
  /^buildables\[\]\.(name|note)$/,
  /^events\[\]\.(title|note|effects\[\]\.(text|why))$/,
  /^choices\[\]\.(label|description)$/,
  /^flags\[\]\.(name|description)$/,
  /^resources\[\]\.(name|unit)$/,
  /^sides\.(japan|allies)\.name$/,
  /^whatIfs\[\]\.(title|description)$/,
  /^history\[\]\.label$/,
  /^production\[\]\.note$/,
  /^rules\.rationing\.levels\[\]\.(name|note)$/,
  /^rules\.fronts\[\]\.name$/,
  /^rules\..*\.note$/,
];

/** The closing Sources sentence, the one place a key may stand. */
const CLOSING = /\s*Sources?: ([A-Z][A-Z0-9-]*(?:, [A-Z][A-Z0-9-]*)*)\.$/;
/** File names and the project's working files. */
const FILE =
  /\[[\w-]+\.py\]|(?<![\w/])[\w-]+\.(?:py|ts|tsx|mjs|js)\b|HISTORY\.md|(?<![\w-])seeds\/|(?<![\w-])docs\//;
/**
 * The shape of a source key when the scenario does not list it: the families of docs/SOURCES.md
 * (O4, B12, AF3 — not "TF58" or "WW2") and author-year keys (FRANK-1999, USSBS-END is listed).
 */
const KEY_SHAPE = /(?<![\w-])(?:(?:A|AF|B|C|I|J|L|M|O|S)\d{1,2}|[A-Z]{2,}(?:-[A-Z]+)*-\d{4})(?![\w-])/;

export function playerTextProblems(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const listed = new Set(s.meta.sources.map((x) => x.key));
  // Keys of two letters or more by name; the one-letter key T only as a citation in brackets
  // ("(T)", "(T, …)"), since it is also an initial ("T. Hasegawa").
  const named = [...listed].filter((k) => k.length > 1).sort((a, b) => b.length - a.length);
  const keyRe = named.length
    ? new RegExp(`(?<![\\w-])(?:${named.map(escapeRe).join('|')})(?![\\w-])|\\(T[,;)]|[,;] T\\)`)
    : /\(T[,;)]|[,;] T\)/;

  const check = (text: string, path: (string | number)[]) => {
    const closing = CLOSING.exec(text);
    const body = closing ? text.slice(0, closing.index) : text;
    const file = FILE.exec(body);
    if (file) {
      problems.push(problem(formatPath(path), checkCode('player-text-file', { file: file[0] })));
      return;
    }
    const key = keyRe.exec(body) ?? KEY_SHAPE.exec(body);
    if (key) {
      problems.push(
        problem(formatPath(path), checkCode('player-text-key', { key: key[0].replace(/[(),;\s]/g, '') })),
      );
      return;
    }
    for (const k of closing?.[1]?.split(', ') ?? []) {
      if (!listed.has(k))
        problems.push(problem(formatPath(path), checkCode('sources-not-listed', { key: k })));
    }
  };

  const walk = (value: unknown, path: (string | number)[], shape: string) => {
    if (typeof value === 'string') {
      if (SHOWN.some((re) => re.test(shape))) check(value, path);
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, [...path, i], `${shape}[]`);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k], shape ? `${shape}.${k}` : k);
    }
  };
  walk(s, [], '');
  return problems;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
