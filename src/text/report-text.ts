/**
 * The words of report items that the engine gives as data (a code and its
 * numbers). The UI and the CLI both word them here, so a student and a
 * teacher's terminal read the same sentence, and a second language would be
 * one more module like this one.
 */
import { assertNever } from '../engine/assert-never';
import type { ReportItem, WillDecisionRoll, WillPart, WillPressureId } from '../engine/report';
import type { EndCause } from '../engine/state';
import type { OutcomeKind, SideId } from '../scenario/schema';
import type { AreaNames } from './damage-text';
import { aPercent } from './end-text';
import type { ReportNames } from './report-names';

const number = new Intl.NumberFormat('en-GB');
const n = (v: number | string | undefined): string =>
  typeof v === 'number' ? number.format(v) : String(v ?? '');

const SIDE: Record<SideId, string> = { japan: 'Japan', allies: 'the Allies' };
const ADJECTIVE: Record<SideId, string> = { japan: 'Japanese', allies: 'Allied' };
/** "Japan is", "the Allies are": the verb agrees with the side's name. */
const verb = (side: SideId, one: string, many: string): string => (side === 'allies' ? many : one);
const POSSESSIVE: Record<SideId, string> = { japan: "Japan's", allies: "the Allies'" };

/** A pressure on national will, named as a student would say it. */
export const PRESSURE_NAME: Record<WillPressureId, string> = {
  territory: 'Territory lost to the enemy',
  oil: 'Oil running out',
  dry: 'Months without oil',
  shipping: 'Shipping sunk',
  bombing: 'Industry bombed',
  threat: 'Enemy air bases within reach',
  fleet: 'Warships lost',
  casualties: 'Men lost',
  rationing: 'Rationing at home',
  materials: 'Raw materials not arriving',
  hunger: 'Hunger under the blockade',
  weariness: 'Years of war',
};

/** What a pressure was worked out from, in one line. */
export function pressureDetail(part: WillPart): string {
  const v = part.values;
  switch (part.pressure) {
    case 'territory':
      return v.areas === 0
        ? 'the enemy holds none of the areas held at the start'
        : `the enemy holds ${n(v.areas)} of the areas held at the start (value ${n(v.value)})`;
    case 'oil':
      return `${n(v.stock)} thousand barrels left; the leaders want a reserve of ${n(v.reserve)}`;
    case 'dry':
      return `${n(v.turns)} turn${v.turns === 1 ? '' : 's'} with less than ${n(v.below)} thousand barrels in the tanks`;
    case 'shipping':
      return `${n(v.tonnage)} thousand gross tons of ships left (no worry above ${n(v.full)}, despair at ${n(v.floor)})`;
    case 'bombing':
      return `${n(v.bombed)} production points destroyed by bombing so far`;
    case 'threat':
      return `${n(v.bases)} enemy-held air base${v.bases === 1 ? '' : 's'} within ${n(v.range)} nautical miles of the capital`;
    case 'fleet':
      return `${n(v.lost)} of ${n(v.total)} major warships lost`;
    case 'casualties':
      return `${n(v.troops)} thousand men lost in battle so far`;
    case 'rationing':
      return v.hardship === 0
        ? 'no rationing that the people feel'
        : `rationing level ${n(v.level)} in force`;
    case 'materials':
      return `${n(v.delivered)} points of raw materials delivered last turn; industry needs ${n(v.need)}`;
    case 'hunger':
      return v.turns === 0
        ? 'the people are fed'
        : `${n(v.turns)} hungry turn${v.turns === 1 ? '' : 's'} (less than ${n(v.below)} points of raw materials and food delivered), the rice stocks carry ${n(v.grace)}`;
    case 'weariness':
      return `${n(v.turns)} turns at war`;
    default: {
      const never: never = part.pressure;
      return never;
    }
  }
}

/**
 * What weighed on a side's will when it gave in, from the last will item of the game (the pressures'
 * levels, largest first, at most three): "What weighed on Japan's will at the end: oil running out
 * −20, months without oil −7, shipping sunk −5". Null when nothing weighed. The line under the outcome
 * said only "with national will at 63 … (a 10% chance this turn)": a Japan that negotiated until its
 * tanks had been dry for seven months was not told why its will had fallen (play31 §5.4).
 */
export function weighedOnLine(side: SideId, parts: readonly WillPart[]): string | null {
  const heavy = parts
    .filter((p) => p.level > 0)
    .sort((a, b) => b.level - a.level)
    .slice(0, 3);
  if (heavy.length === 0) return null;
  const who = side === 'japan' ? "Japan's" : "the Allies'";
  const list = heavy.map((p) => `${PRESSURE_NAME[p.pressure].toLowerCase()} −${p.level}`).join(', ');
  return `What weighed on ${who} will at the end: ${list}`;
}

/**
 * `weighedOnLine` for the side that gave in at a game's end (a surrender or a peace decided by will),
 * from its last will item in the game's reports; null for any other end. The end screen and the
 * command line say it under the outcome.
 */
export function endWeighedLine(
  outcome: { cause: EndCause },
  reports: readonly { items: readonly ReportItem[] }[],
): string | null {
  const c = outcome.cause;
  if (c.code !== 'gave-up' && c.code !== 'will-broke') return null;
  for (let r = reports.length - 1; r >= 0; r--) {
    const items = reports[r]!.items;
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]!;
      if (item.kind === 'will' && item.side === c.side) return weighedOnLine(c.side, item.parts);
    }
  }
  return null;
}

/** One pressure as a report line: "Oil running out: −6 (was −2) — 4,100 thousand barrels left…". */
export function pressureLine(part: WillPart): string {
  const level = part.level === 0 ? '0' : `−${n(part.level)}`;
  const was =
    part.previous === part.level ? '' : ` (was ${part.previous === 0 ? '0' : `−${n(part.previous)}`})`;
  return `${PRESSURE_NAME[part.pressure]}: ${level}${was} — ${pressureDetail(part)}`;
}

/**
 * The leaders' decision, when they weighed one. Japan also weighs one `atPeace` (will.ts decide: while
 * it negotiates and starves, whether to accept the American terms); there "argue about ending the
 * war — they fight on" was said of a Japan that never fought (play31: the grand campaign negotiating
 * to 1943).
 */
export function decisionLine(side: SideId, d: WillDecisionRoll, atPeace = false): string {
  if (side === 'japan' && atPeace) {
    if (d.chance >= 100) return "Japan's leaders can hold out no longer: they accept the American terms.";
    const verdict = d.yields ? 'they accept them' : 'they hold out';
    return `Japan's leaders argue about accepting the American terms: ${aPercent(d.chance)} chance this turn (roll ${d.roll}) — ${verdict}.`;
  }
  const who = side === 'japan' ? "Japan's leaders" : "The Allies' leaders";
  if (d.chance >= 100) return `${who} can fight on no longer.`;
  const verdict = d.yields ? 'they give up' : 'they fight on';
  return `${who} argue about ending the war: ${aPercent(d.chance)} chance this turn (roll ${d.roll}) — ${verdict}.`;
}

/**
 * A will item in lines: the headline, each pressure, the decision. The situation is weighed after the
 * turn's ships sunk and events have moved the will (`turnStart`, the will the turn began with, when
 * known): the headline says from what to what ("−2 (35 → 33)"), and a line adds the whole turn, so a
 * student who saw 50 at the top does not read "−2, now 33" as a sum that does not add up.
 */
export function willItemLines(
  item: Extract<ReportItem, { kind: 'will' }>,
  turnStart?: number,
  /** The turn ended with no war (the scenario's war flag unset): Japan's leaders weigh the American terms. */
  atPeace = false,
): string[] {
  const change = item.after - item.before;
  const head =
    change === 0
      ? `${capital(POSSESSIVE[item.side])} national will from the situation: unchanged at ${n(item.after)}`
      : `${capital(POSSESSIVE[item.side])} national will from the situation: ${signed(change)} (${n(item.before)} → ${n(item.after)})`;
  const other = turnStart === undefined ? 0 : item.before - turnStart;
  const whole =
    turnStart !== undefined && other !== 0
      ? [
          `In all this turn: ${n(turnStart)} → ${n(item.after)} — ${signed(other)} from losses and events, then ${signed(change)} from the situation`,
        ]
      : [];
  const lines = [
    head,
    ...whole,
    ...item.parts.filter((p) => p.level > 0 || p.previous > 0).map(pressureLine),
  ];
  if (item.decision) lines.push(decisionLine(item.side, item.decision, atPeace));
  return lines;
}

/** A shock to will: "The Soviet Union declares war: Japan's will −9 (90% of 10: …)". */
export function shockLine(
  item: Extract<ReportItem, { kind: 'shock' }>,
  names: Pick<ReportNames, 'event'>,
): string {
  const why =
    item.weight === 'pressure'
      ? `it weighs ${item.percent}% of ${Math.abs(item.max)} because ${SIDE[item.side]} ${verb(item.side, 'is', 'are')} under ${item.percent}% of the pressure it could be`
      : item.weight === 'troops'
        ? `it weighs ${item.percent}% of ${Math.abs(item.max)}: the attackers have ${n(item.values.attackers)} thousand men against ${n(item.values.defenders)} thousand`
        : `${item.percent}% of ${Math.abs(item.max)}`;
  return `${names.event(item.event)}: ${POSSESSIVE[item.side]} national will ${signed(item.amount)} — ${item.title}; ${why}`;
}

/** What the code-breakers read of Japan's orders, in words (a full sentence). */
export function intelligenceText(
  intel: { read: boolean; destinations: readonly { area: string; forces: readonly string[] }[] },
  areaName: AreaNames,
): string {
  if (!intel.read)
    return 'Code-breakers could not read enough Japanese traffic this turn to learn their plans.';
  if (intel.destinations.length === 0)
    return 'Code-breakers read Japanese traffic: no major movement is planned.';
  return `Code-breakers read Japanese traffic: ${intel.destinations
    .map((d) => `${d.forces.join(', ')} heading for ${areaName(d.area)}`)
    .join('; ')}.`;
}

/** Why an area changed hands, in words (no full stop). */
export function controlCauseText(
  item: Extract<ReportItem, { kind: 'control' }>,
  names: Pick<ReportNames, 'area' | 'event'>,
): string {
  const cause = item.cause;
  switch (cause.code) {
    case 'unopposed': {
      // The rule is "only this side's troops are there": after a ground battle that killed the defenders as much as
      // after a walk-in, so the words say who is left, not that nobody fought (a battle line above said it did).
      const [who, other] = item.to === 'japan' ? ['Japanese', 'Allied'] : ['Allied', 'Japanese'];
      return `${who} troops hold ${names.area(item.area)}: no ${other} troops remain there`;
    }
    case 'event':
      return names.event(cause.event);
    default:
      return assertNever(cause);
  }
}

/** How a side searched for the enemy, in words (no full stop). */
export function detectionCauseText(
  item: Extract<ReportItem, { kind: 'detection' }>,
  areaName: AreaNames,
): string {
  const cause = item.cause;
  switch (cause.code) {
    case 'code-breakers':
      return 'code-breakers had read the Japanese plan: the Allies were waiting';
    case 'search':
      return `searched ${cause.aircraft ? 'with' : 'without'} aircraft${cause.ambush ? ', against an enemy already in position' : ''}`;
    case 'crossing':
      return `searched ${cause.aircraft ? 'with' : 'without'} aircraft for enemy forces crossing ${areaName(item.area)}`;
    default:
      return assertNever(cause);
  }
}

const OUTCOME: Record<OutcomeKind, string> = {
  'japan-surrenders': 'Japan surrenders',
  'negotiated-peace': 'The Allies accept a negotiated peace',
  'japan-collapse': 'Japan collapses',
  'terms-accepted': 'Japan accepts the American terms',
  'last-turn': 'The scenario is over',
};

export function outcomeName(kind: OutcomeKind): string {
  return OUTCOME[kind];
}

function signed(v: number): string {
  return v > 0 ? `+${n(v)}` : v < 0 ? `−${n(-v)}` : '±0';
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A sea area's shipping war this turn, or null when nothing was sunk there. */
export function shippingLine(
  item: Extract<ReportItem, { kind: 'shipping' }>,
  areaName: string,
): string | null {
  if (item.closedPercent !== undefined)
    return `${areaName}: no convoys sail through — they would lose about ${n(item.closedPercent)}% of their ships there in a month`;
  const sunk = item.sunkBySubmarines + item.sunkByAircraft + item.sunkByMines;
  if (sunk === 0) return null;
  // Whose army and whose aircraft: both sides' troops are on the island, and "the aircraft based on
  // the island" read as the army's own (twelfth play-through).
  if (item.contestedIsland)
    return `${areaName}: the supply runs to ${POSSESSIVE[item.side]} army fighting there — ${n(item.trafficKgt)} thousand gross tons sailed, ${n(sunk)} sunk by the ${n(item.aircraft)} ${ADJECTIVE[item.side === 'japan' ? 'allies' : 'japan']} aircraft based on the island`;
  if (item.inPortKgt !== undefined)
    return `${areaName}: air strikes on the harbour (${n(item.aircraft)} aircraft) sank ${n(sunk)} of ${n(item.inPortKgt)} thousand gross tons at anchor`;
  const causes = [
    item.sunkBySubmarines > 0
      ? `${n(item.sunkBySubmarines)} by submarines (${n(item.boats)} boats on patrol)`
      : '',
    item.sunkByAircraft > 0 ? `${n(item.sunkByAircraft)} by aircraft (${n(item.aircraft)} in reach)` : '',
    item.sunkByMines > 0 ? `${n(item.sunkByMines)} by mines (${n(item.bombers)} bombers laying them)` : '',
  ].filter(Boolean);
  const escorts = item.escorts > 0 ? `; ${n(item.escorts)} escorts on station` : '; no escorts on station';
  return `${areaName}: ${n(item.trafficKgt)} thousand gross tons sailed through, ${n(sunk)} sunk — ${causes.join(', ')}${escorts}`;
}

/** A standing policy set this turn. */
export function policyLine(item: Extract<ReportItem, { kind: 'policy' }>): string {
  return item.policy === 'sailings'
    ? `${capital(SIDE[item.side])} ${verb(item.side, 'sends', 'send')} ${item.level}% of the cargo fleet to sea`
    : `${capital(SIDE[item.side])} ${verb(item.side, 'sets', 'set')} rationing: ${item.name}`;
}
