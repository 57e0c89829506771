/**
 * A fresh seed for a new game: three short words and a number, easy to read
 * aloud to a class ("harbour-tide-42"). The browser's crypto generator picks
 * them; the engine itself never sees anything but the resulting text.
 */
const WORDS = [
  'anchor',
  'atoll',
  'beacon',
  'cape',
  'coral',
  'current',
  'delta',
  'dune',
  'ember',
  'fjord',
  'gale',
  'harbour',
  'island',
  'jade',
  'kelp',
  'lagoon',
  'monsoon',
  'north',
  'ocean',
  'pearl',
  'quay',
  'reef',
  'shoal',
  'squall',
  'strait',
  'tide',
  'typhoon',
  'venture',
  'wake',
  'zenith',
];

export function randomSeed(): string {
  const n = new Uint32Array(3);
  crypto.getRandomValues(n);
  const word = (v: number) => WORDS[v % WORDS.length];
  return `${word(n[0] ?? 0)}-${word(n[1] ?? 0)}-${(n[2] ?? 0) % 100}`;
}
