/**
 * The words of what is wrong with a file a student or teacher gives the game
 * (a scenario, a replay, a saved game, a replay link): the loaders give a
 * code and its values (`ProblemWhat`: the expectation and what was found, as
 * data), and this module words it, for the start screen, the classroom tools
 * and the command line alike. No final full stop: the reader adds it.
 */
import { assertNever } from '../engine/assert-never';
import type { CheckCode, CheckValues, CheckWhat } from '../scenario/check-codes';
import type { FileFormat, IdKind, Problem, ProblemWhat } from '../scenario/problems';

/** A problem at `path`, with its words (`message`) from its code. */
export function problem(path: string, what: ProblemWhat, found?: string): Problem {
  return { path, message: problemMessage(what), ...(found !== undefined ? { found } : {}), what };
}

const FORMAT_NAME: Record<FileFormat, string> = {
  scenario: 'scenario',
  replay: 'replay',
  save: 'saved game',
};
const LOOKS_LIKE: Record<FileFormat, string> = {
  scenario: 'a scenario',
  replay: 'a replay',
  save: 'a saved game',
};

/** Formats a schema names by a code (`format:<code>` as a zod check's message). */
const FORMAT_WORDS: Record<string, string> = {
  id: 'must be lower-case letters, digits and dashes, starting with a letter',
  'iso-date': 'must be a date written YYYY-MM-DD',
  'real-date': 'is not a real calendar date',
  sha256: 'must be a SHA-256 hash (64 hex digits)',
  'state-hash': 'must be a state hash (16 hex digits)',
  'player-name':
    'must be lower-case letters, digits, dashes and colons (adaptive:hard), starting with a letter',
  'save-player': 'must be "human" or a computer player\'s name',
};

/** The codes FORMAT_WORDS words (a schema's `format:<code>` message must be one of them: tests). */
export const FORMAT_CODES: readonly string[] = Object.keys(FORMAT_WORDS);

/** `unknown what-if "x" (available: no-embargo, …)`, or that the scenario has none. */
export function unknownWhatIfText(
  scenario: { meta: { id: string }; whatIfs: readonly { id: string }[] },
  id: string,
): string {
  const ids = scenario.whatIfs.map((w) => w.id);
  return ids.length === 0
    ? `unknown what-if "${id}": the scenario ${scenario.meta.id} has no what-ifs`
    : `unknown what-if "${id}" (available: ${ids.join(', ')})`;
}

/** A game too long to share as a link (`length` characters against `limit`): a sentence, with its full stop. */
export function linkTooLongText(length: number, limit: number): string {
  return `This game is too long for a link (${length} characters; the limit is ${limit}). Use Export replay to share it as a file.`;
}

export function problemMessage(w: ProblemWhat): string {
  switch (w.code) {
    case 'not-text':
      return 'is not text';
    case 'empty':
      return 'the file is empty';
    case 'not-finite':
      return 'is not a finite number (too large or not a number)';
    case 'too-large':
      return `the file is too large (${w.size} characters; the limit is ${w.limit})`;
    case 'too-deep':
      return `the file is nested too deeply (${w.depth} levels; the limit is ${w.limit})`;
    case 'not-json':
      return `is not valid JSON (${w.detail ?? 'parse error'})`;
    case 'key-not-allowed':
      return `the key "${w.key}" is not allowed`;
    case 'not-an-object':
      return `is not a ${FORMAT_NAME[w.format]} (expected a JSON object)`;
    case 'version-missing':
      if (w.format === 'save')
        return `is missing: this looks like ${w.looksLike ? LOOKS_LIKE[w.looksLike] : 'something else'}, not a saved game`;
      return w.looksLike
        ? `is missing: this looks like ${LOOKS_LIKE[w.looksLike]} file, not a ${FORMAT_NAME[w.format]}`
        : `is missing: this does not look like a ${FORMAT_NAME[w.format]} file (expected ${w.key}: ${w.current})`;
    case 'version-not-whole':
      return w.current === null
        ? 'must be a whole number'
        : `must be a whole number (this game reads version ${w.current})`;
    case 'version-newer':
      return w.format === 'save'
        ? `this game was saved by a newer version of Price of Victory (save format ${w.version}; this version reads up to ${w.current})`
        : `this ${FORMAT_NAME[w.format]} is format version ${w.version}, made by a newer version of the game; this version reads up to ${w.current}`;
    case 'version-too-old':
      return w.oldest === null
        ? `${w.format === 'save' ? 'save' : FORMAT_NAME[w.format]} format ${w.version} can no longer be read`
        : `format version ${w.version} is no longer supported (this game reads versions ${w.oldest} to ${w.current})`;
    case 'link-no-replay':
      return 'this link holds no replay';
    case 'link-too-long':
      return 'the replay in this link is too long';
    case 'link-bad-characters':
      return 'the replay in this link is damaged (unexpected characters)';
    case 'link-too-much-data':
      return 'the replay in this link unpacks to too much data';
    case 'link-damaged':
      return 'the replay in this link is damaged (it does not unpack); ask for the link again or for the file';
    case 'unknown-fields':
      return `unknown field${w.keys.length > 1 ? 's' : ''} ${w.keys.map((k) => `"${k}"`).join(', ')}: expected only the fields this format defines (check the spelling, or remove it)`;
    case 'missing':
      return `is missing (expected ${expectedName(w.expected)})`;
    case 'wrong-type':
      return `expected ${expectedName(w.expected)}, not ${KIND_NAME[w.got] ?? w.got}`;
    case 'too-small':
    case 'too-big':
      return boundText(w.code === 'too-small', w.origin, w.limit, w.inclusive);
    case 'one-of':
      return `must be ${w.values.join(' or ')}`;
    case 'format':
      return FORMAT_WORDS[w.format] ?? `must be in the format "${w.format}"`;
    case 'unknown-id': {
      const [one, many] = ID_KIND[w.kind];
      const add = w.kind === 'source' ? ' (add it to meta.sources)' : '';
      const list = w.known === null ? '' : `: ${oneOfText(many, w.known, w.count)}`;
      // A what-if removes a reinforcement by the force it brings.
      if (w.kind === 'reinforcement') return `no reinforcement brings "${w.id}"${list}`;
      return `unknown ${one} "${w.id}"${add}${list}`;
    }
    case 'duplicate-id':
      return w.kind === 'source'
        ? `duplicate source key "${w.id}": expected a key no other source has`
        : `duplicate ${ID_KIND[w.kind][0]} id "${w.id}": expected an id no other ${ID_KIND[w.kind][0]} has`;
    case 'check':
      return checkText(w);
    case 'schema':
      return w.text;
    default:
      return assertNever(w);
  }
}

/** The words of each of the scenario's cross-checks (src/scenario/crossref.ts). */
export const CHECK_WORDS: { [K in CheckCode]: (v: CheckValues[K]) => string } = {
  'stock-out-of-range': (v) => `${v.amount} is outside ${v.resource}'s range ${v.min}–${v.max ?? '∞'}`,
  'capital-at-sea': (v) => `the capital "${v.id}" is a sea area`,
  'resource-required': (v) => `the resource "${v.id}" is required: fleets and armies burn it`,
  'sea-owned': () => 'a sea area cannot be owned: use "none"',
  'land-unowned': () => 'a land area needs an owner',
  'sea-with-base': () => 'a sea area cannot have a port or airfield',
  'connects-itself': (v) => `connects "${v.a}" to itself: expected two different areas`,
  'duplicate-connection': (v) =>
    `duplicate connection between "${v.a}" and "${v.b}": expected each pair once`,
  'strike-distance-ends': () => 'a strike distance joins a port and a sea area: expected one of each',
  'strike-distance-too-long': (v) =>
    `${v.strike} nm: expected at most the distance (${v.distance}), the nearest waters being no farther than the centre`,
  'air-leg-itself': (v) => `joins "${v.a}" to itself: expected two different areas`,
  'air-leg-at-sea': (v) =>
    `"${v.id}" is a sea area: an air leg joins two land areas (a flight to a sea area is measured by the connections)`,
  'duplicate-air-leg': (v) => `duplicate air leg between "${v.a}" and "${v.b}": expected each pair once`,
  'area-unconnected': (v) =>
    `area "${v.id}" has no connections: expected at least one entry in "connections"`,
  'misplaced-ship': (v) => `${v.name} is a ship but "${v.area}" has no port and is not a sea area`,
  'misplaced-army': (v) => `${v.name} is an army but "${v.area}" is a sea area`,
  'misplaced-air': (v) => `${v.name} is an air group but "${v.area}" has no airfield`,
  'cargo-not-oiler': () => 'only oilers carry a cargo: expected no cargo',
  'cargo-no-figure': (v) =>
    `rules.endurance.oilers.cargo.perOiler has no figure for ${v.side}: expected no cargo`,
  'cargo-too-much': (v) => `${v.cargo} is more than ${v.count} oilers hold: expected at most ${v.most}`,
  'from-after-until': (v) => `"from" ${v.from} is after "until" ${v.until}`,
  'rationing-initial': (v) => `there are only ${v.levels} levels`,
  'buildable-side': (v) => `must be "${v.side}", the side that builds it`,
  'adds-nothing': () => 'adds nothing: give "adds" or "force"',
  'base-without-port': (v) => `${v.name} has no port: expected a port`,
  'floor-below-full': (v) => `must be below "full" (${v.full})`,
  'front-only': (v) => `"${v.id}" must also be one of the front's areas`,
  'intake-order': (v) => `intakes must be in date order (${v.previous} comes first)`,
  'event-triggers-itself': () => 'an event cannot trigger itself',
  'until-before-date': (v) => `"until" ${v.until} is before "date" ${v.date}`,
  'no-rationing-rules': (v) => `no rationing rules for ${v.side} (rules.rationing)`,
  'rationing-levels': (v) => `rationing has levels 0 to ${v.last}`,
  'unknown-policy': (v) => `unknown policy "${v.choice}" (rationing or sailings)`,
  'objective-at-sea': (v) => `"${v.id}" is a sea area: objectives are land`,
  'held-not-objective': (v) => `"${v.id}" is not one of meta.goals.objectives`,
  'calendar-only-event': (v) =>
    `event "${v.event}" changes will or a stock on the calendar alone: let the state decide (a choice, who holds an area, a stock, forces within reach), or make it a flag or a message`,
  'flat-shipping-loss': (v) =>
    `takes ${v.resource} away by a fixed amount, whatever sails and whatever hunts it: let the submarines, aircraft and mines that find the traffic sink them (rules.shipping), or, where the scenario does not play the war on shipping, leave the stock level`,
  'air-leg-no-shorter': (v) =>
    `${v.distance} nm: the way by the connections is already ${v.way} nm, so this air leg changes nothing (expected a flight shorter than the map's way)`,
  'player-text-file': (v) =>
    `names a file players cannot open ("${v.file}"): say it in words, or leave it to the notes in docs/`,
  'player-text-key': (v) =>
    `cites the source key "${v.key}" mid-sentence: give the source in the item's \`source\` field, or in one closing "Sources: ${v.key}." sentence (scripts/data/player_text.py does this)`,
  'sources-not-listed': (v) => `closing Sources sentence names "${v.key}", which is not in meta.sources`,
  'unknown-rule': (v) => `unknown rule "${v.rule}" (rules: ${v.rules.join(', ')})`,
  'plan-never-chooses': (v) => `the historical plan never chooses "${v.choice}"`,
  'choices-of-two-sides': (v) => `"${v.to}" is ${v.toSide}'s decision, "${v.from}" is ${v.fromSide}'s`,
};

function checkText(w: CheckWhat): string {
  return (CHECK_WORDS[w.check] as (v: CheckWhat['v']) => string)(w.v);
}

/** What a scenario names by id, in the singular and the plural (as a list's name). */
const ID_KIND: Record<IdKind, [string, string]> = {
  resource: ['resource', 'resources'],
  area: ['area', 'areas'],
  flag: ['flag', 'flags'],
  choice: ['choice', 'choices'],
  event: ['event', 'events'],
  history: ['history series', 'history series'],
  source: ['source', 'meta.sources keys'],
  force: ['force', 'forces'],
  'ship-class': ['ship class', 'ship classes'],
  buildable: ['buildable', 'buildables'],
  'what-if': ['what-if', 'what-ifs'],
  reinforcement: ['reinforcement', 'reinforcements'],
};

/** "expected one of the areas ("a", "b", … 40 in all)". */
export function oneOfText(what: string, shown: readonly string[], count: number): string {
  if (count === 0) return `expected one of the ${what}, but there are none`;
  const ids = shown.map((id) => `"${id}"`);
  return `expected one of the ${what} (${ids.join(', ')}${count > shown.length ? `, … ${count} in all` : ''})`;
}

function boundText(small: boolean, origin: string, limit: string, inclusive: boolean): string {
  switch (origin) {
    case 'array':
      return `${small ? 'needs at least' : 'may have at most'} ${limit} item${limit === '1' ? '' : 's'}`;
    case 'string':
      return small
        ? limit === '1'
          ? 'must not be empty'
          : `must be at least ${limit} characters`
        : `must be at most ${limit} characters`;
    default:
      return `must be ${small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than'} ${limit}`;
  }
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'int':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    default:
      return expected;
  }
}

/** The kind of value found (zod-problems.ts `kindOf`; the value itself is in `found`). */
const KIND_NAME: Record<string, string> = {
  null: 'null',
  list: 'a list',
  number: 'a number',
  fraction: 'a fraction',
  text: 'text',
  boolean: 'true or false',
  object: 'an object',
};
