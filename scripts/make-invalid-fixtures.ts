// Writes tests/fixtures/invalid/*.json: each a copy of the small scenario with
// one defect, and expected.json saying which JSON path the loader must name.
// Run with `npx tsx scripts/make-invalid-fixtures.ts` after changing the base scenario.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const base = readFileSync(new URL('../scenarios/southern-oil-1942.json', import.meta.url), 'utf8');
const dir = new URL('../tests/fixtures/invalid/', import.meta.url);
mkdirSync(dir, { recursive: true });

// biome-ignore lint/suspicious/noExplicitAny: fixtures poke at arbitrary JSON
type Json = any;
const cases: { name: string; path: string; message: string; edit?: (s: Json) => void; text?: string }[] = [
  { name: 'empty', path: '(root)', message: 'empty', text: '' },
  { name: 'not-json', path: '(root)', message: 'not valid JSON', text: '{ "schemaVersion": 1, ' },
  {
    name: 'huge-number',
    path: 'sides.japan.stocks.oil',
    message: 'not a finite number',
    text: base.replace('"oil": 38200', '"oil": 1e999'),
  },
  {
    name: 'deep-nesting',
    path: '(root)',
    message: 'nested too deeply',
    text: `${'['.repeat(5000)}${']'.repeat(5000)}`,
  },
  {
    name: 'proto-key',
    path: 'meta.__proto__',
    message: '"__proto__" is not allowed',
    text: base.replace('"meta": {', '"meta": { "__proto__": { "polluted": true },'),
  },
  {
    name: 'newer-version',
    path: 'schemaVersion',
    message: 'newer version of the game',
    edit: (s) => {
      s.schemaVersion = 99;
    },
  },
  {
    name: 'missing-version',
    path: 'schemaVersion',
    message: 'is missing',
    edit: (s) => {
      delete s.schemaVersion;
    },
  },
  {
    name: 'unknown-field',
    path: 'areas[0]',
    message: 'unknown field "colour"',
    edit: (s) => {
      s.areas[0].colour = 'red';
    },
  },
  {
    name: 'fractional-quantity',
    path: 'sides.japan.baseOilPerTurn',
    message: 'expected a whole number, got the fraction 1500.5',
    edit: (s) => {
      s.sides.japan.baseOilPerTurn = 1500.5;
    },
  },
  {
    name: 'bad-date',
    path: 'calendar.start',
    message: 'not a real calendar date',
    edit: (s) => {
      s.calendar.start = '1942-02-30';
    },
  },
  {
    name: 'duplicate-area',
    path: 'areas[1].id',
    message: 'duplicate area id "home-islands"',
    edit: (s) => {
      s.areas[1].id = 'home-islands';
    },
  },
  {
    name: 'connection-to-nowhere',
    path: 'connections[0].b',
    message: 'unknown area "atlantis"',
    edit: (s) => {
      s.connections[0].b = 'atlantis';
    },
  },
  {
    name: 'ship-on-land',
    path: 'forces[2].location',
    message: 'no port and is not a sea area',
    edit: (s) => {
      s.forces[2].location = 'thailand';
    },
  },
  {
    name: 'army-at-sea',
    path: 'forces[7].location',
    message: 'is a sea area',
    edit: (s) => {
      s.forces[7].location = 'java-sea';
    },
  },
  {
    name: 'event-unknown-area',
    path: 'events[1].trigger.area',
    message: 'unknown area "sumatra"',
    edit: (s) => {
      s.events[1].trigger.area = 'sumatra';
    },
  },
  {
    name: 'event-unknown-resource',
    path: 'events[1].effects[0].resource',
    message: 'unknown resource "gold"',
    edit: (s) => {
      s.events[1].effects[0].resource = 'gold';
    },
  },
  {
    name: 'unknown-source',
    path: 'events[0].source',
    message: 'unknown source "X9"',
    edit: (s) => {
      s.events[0].source = 'X9';
    },
  },
  {
    name: 'duplicate-force',
    path: 'forces[1].id',
    message: 'duplicate force id "akagi"',
    edit: (s) => {
      s.forces[1].id = 'akagi';
    },
  },
];

const expected: Record<string, { path: string; message: string }> = {};
for (const c of cases) {
  let text = c.text;
  if (text === undefined) {
    const s = JSON.parse(base);
    c.edit?.(s);
    text = `${JSON.stringify(s, null, 2)}\n`;
  }
  writeFileSync(new URL(`${c.name}.json`, dir), text);
  expected[`${c.name}.json`] = { path: c.path, message: c.message };
}
writeFileSync(new URL('expected.json', dir), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`wrote ${cases.length} invalid scenario fixtures`);
