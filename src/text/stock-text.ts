/**
 * The words of a stock's ledger: why each change in a report's `economy` item happened, which
 * the engine gives as data (a code, numbers and ids — src/engine/report.ts `StockCause`). The
 * UI's report and the command line both word them here; a second language would be one more
 * module like this one.
 */
import { assertNever } from '../engine/assert-never';
import type { StockCause, StockChange, WillPressureId } from '../engine/report';
import type { ReportNames } from './report-names';
import { PRESSURE_NAME } from './report-text';

const number = new Intl.NumberFormat('en-GB');
const n = (v: number): string => number.format(v);
const signed = (v: number): string => (v > 0 ? `+${n(v)}` : v < 0 ? `−${n(-v)}` : '±0');

/** The words of one change in a stock's ledger, with what was asked when the stock's bounds held it back. */
export function changeText(change: StockChange, names: ReportNames): string {
  // "(-9 asked; limited by the stock's bounds)" was a programmer's words, with a hyphen for a minus (play29).
  const limited =
    change.asked !== undefined
      ? ` (${signed(change.asked)} asked; the stock cannot go ${change.asked < change.amount ? 'lower' : 'higher'})`
      : '';
  const cause = change.cause;
  if (cause.code === 'sunk') {
    // Each kind's line gives its own areas (shipping-losses.ts, oil29; they were both kinds' together,
    // play29): they add up to the line, unless the enemy sank more than was left of that kind.
    const all = cause.areas.reduce((sum, a) => sum + a.kgt, 0);
    if (all > Math.abs(change.amount))
      return `sunk by ${cause.by} (${areaList(cause.areas, names)}: all the ${n(Math.abs(change.amount))} thousand GT that were left)${limited}`;
  }
  return `${stockCauseText(cause, names)}${limited}`;
}

function areaList(areas: readonly { area: string; kgt: number }[], names: ReportNames): string {
  return areas.map((a) => `${names.area(a.area)} ${n(a.kgt)}`).join(', ');
}

/** Why a stock changed, in words (no full stop). */
export function stockCauseText(cause: StockCause, names: ReportNames): string {
  switch (cause.code) {
    case 'produced': {
      const fields = cause.fields !== undefined ? ` (fields at ${cause.fields}% after sabotage)` : '';
      const kept =
        cause.kept !== undefined ? ` (rationing keeps ${cause.kept}% of ${n(cause.full ?? 0)})` : '';
      return `produced in ${names.area(cause.area)}${fields}${kept}`;
    }
    case 'output-cut-off': {
      const unit = names.unit(cause.resource);
      return `${names.area(cause.area)} is cut off from ${names.area(cause.capital)}: its ${n(cause.output)}${unit ? ` ${unit}` : ''} cannot be shipped home`;
    }
    case 'southern-stock-cut-off': {
      // The rule's condition (deliveries.ts `loadingPort`): tankers load only at a southern oil field
      // the side holds that has a sea route home.
      const why =
        cause.held.length === 0
          ? 'no southern oil field where tankers load is held'
          : `${cause.held.map(names.area).join(', ')} ${cause.held.length === 1 ? 'has' : 'have'} no sea route home`;
      return `${n(cause.stock)} in the southern stock cannot be loaded for ${names.area(cause.capital)}: ${why}; ships in the southern zone can still burn it there`;
    }
    case 'loaded-into-tankers':
      return `loaded into tankers for ${names.area(cause.capital)}`;
    case 'shipped-home':
      return `shipped home from ${cause.from
        .map((s) =>
          // The southern stock's figure is what lay there, not what sailed: "+500 shipped home from
          // Sumatra (Palembang) 4,130 (the southern stock)" read as 4,130 shipped (play29).
          s.southernStock
            ? `the southern stock at ${names.area(s.area)} (${n(s.amount)} in store)`
            : `${names.area(s.area)} ${n(s.amount)}${s.fields !== undefined ? ` (fields at ${s.fields}% after sabotage)` : ''}`,
        )
        .join(', ')}`;
    case 'lost-at-sea':
      return `${n(cause.cargo)} went down with the ships on the way`;
    case 'left-behind-closed':
      return `${n(cause.cargo)} left behind: no convoys sail through ${cause.closed.map(names.area).join(', ')}`;
    case 'left-behind-short': {
      // A convoy policy of 0% keeps every ship in port: say that, not that the fleet is too small.
      if (cause.sailings === 0)
        return `${n(cause.cargo)} left behind: the convoy policy keeps every ${cause.ships === 'tankers' ? 'tanker' : 'freighter'} in port (0% at sea, under Orders → Home front)`;
      const sail = cause.sailings < 100 ? ` (${cause.sailings}% of them sent to sea)` : '';
      const ships =
        cause.ships === 'tankers'
          ? `${n(cause.tonnage)} thousand GT of tankers${sail}`
          : cause.garrisons >= cause.tonnage
            ? // "126 thousand GT of freighters, 185 of them supplying garrisons" (Road to Tokyo, August 1945, play29).
              `${n(cause.tonnage)} thousand GT of freighters, all of them taken by the garrisons overseas (which need ${n(cause.garrisons)})${sail},`
            : `${n(cause.tonnage)} thousand GT of freighters, ${n(cause.garrisons)} of them supplying garrisons overseas${sail},`;
      return `${n(cause.cargo)} left behind: ${ships} cannot carry it all`;
    }
    case 'not-worked-up':
      return `${n(cause.cargo)} not worked up: rationing keeps ${cause.percent}% of industry`;
    case 'scheduled':
      return names.production(cause.entry);
    case 'sunk':
      return `sunk by ${cause.by} (${areaList(cause.areas, names)})`;
    case 'mines-laid':
      return `laid by the minelayers (${cause.areas.map((a) => `${names.area(a.area)} ${n(a.mines)}`).join(', ')})`;
    case 'oil-economy':
      return `the economy and the home front${southern(cause.south)}`;
    case 'oil-sortie':
      return `${names.force(cause.force)} to ${names.area(cause.to)}${southern(cause.south)}`;
    case 'oil-idle':
      return `ships in port and on station${cause.zone ? ' in the southern zone' : ''}${southern(cause.south)}`;
    case 'oil-restrike':
      return `${names.force(cause.force)} stayed in ${names.area(cause.from)} to strike ${names.area(cause.port)}${southern(cause.south)}`;
    case 'oiler-loaded':
      return `loaded into ${names.force(cause.force)} at ${names.area(cause.area)}`;
    case 'pilot-training':
      return `training ${n(cause.pilots)} pilots`;
    case 'air-replacements':
      return `replacements for ${names.force(cause.force)}`;
    case 'build-ordered':
      return `${n(cause.count)} × ${names.buildable(cause.item)} ordered`;
    case 'build-completed':
      return `${names.buildable(cause.item)} completed`;
    case 'event':
      return names.event(cause.event);
    case 'ship-sunk':
      return `${names.force(cause.force)} sunk`;
    case 'troops-lost':
      return `${n(cause.troops)} thousand men lost in battle`;
    case 'bombing': {
      const stopped = cause.stopped > 0 ? `, ${cause.stopped}% stopped by fighters` : '';
      return `strategic bombing: ${n(cause.bombers)} bombers from ${cause.bases.map(names.area).join(', ')}${stopped}`;
    }
    case 'will-pressure': {
      const parts = (Object.entries(cause.parts) as [WillPressureId, number][]).map(
        ([id, d]) => `${PRESSURE_NAME[id].toLowerCase()} ${signed(d)}`,
      );
      return `the situation: ${parts.join(', ')}`;
    }
    case 'will-shock':
      return `${names.event(cause.event)} (${cause.percent}% of its full weight)`;
    default:
      return assertNever(cause);
  }
}

/** A burn that came off the southern stock says so. */
function southern(south: true | undefined): string {
  return south ? ' (southern stock)' : '';
}

/**
 * How long the oil lasts, as the oil tile says it (src/ui/game/hud.ts; the number from
 * src/ui/game/oil-forecast.ts `oilClock`). `turnsLeft` 0 — the stock is less than one turn's net burn —
 * read "lasts ≈ 0 months" at a game's end (play12): an empty stock says so, and one that will not
 * see the turn out "runs out this month". `short` is the tile's note; the long form ends the tile's title.
 */
export function oilLastsText(
  clock: { stock: number; turnsLeft: number | null; income?: number | null; incomeChange?: number },
  turnsToPlay: number,
  unit: { one: string; many: string },
  form: 'short' | 'long',
): string {
  const { stock, turnsLeft } = clock;
  const long = form === 'long';
  if (turnsLeft === null)
    // Last turn's income, less what this turn's due events stop (the embargo of August 1941 ends
    // July's imports: oilClock counts that), covers the burn (the title says what came in). Before
    // the first report (income null) it is this turn's scheduled income that covers it: the Allies'
    // American oil (play25: their first tile said "lasts ≈ 44 months" for a stock that grows).
    return clock.income === null
      ? long
        ? ` The ${unit.one}’s income is more than it burns: the stock grows.`
        : 'income covers it'
      : (clock.incomeChange ?? 0) > 0
        ? // Income that begins this turn (the Oil Clock's imports again after the withdrawal) covers
          // it: the tile said "last month’s income covered it" beside "last month 0 came in" (play29).
          long
          ? ` With what begins this ${unit.one} the income is more than it burns: the stock grows.`
          : `this ${unit.one}’s income covers it`
        : long
          ? ''
          : `last ${unit.one}’s income covered it`;
  if (stock <= 0) return long ? ' The stock is empty.' : 'empty';
  if (turnsLeft === 0)
    return long ? ` At that rate the stock runs out this ${unit.one}.` : `runs out this ${unit.one}`;
  // A short scenario still shows the months (the Oil Clock's 49.7 million barrels last about 21
  // months, its point); only a stock that outlasts the scenario twice and three years is "whole".
  if (!long && turnsLeft > turnsToPlay * 2 && turnsLeft > 36) return 'lasts the whole scenario';
  const count = `${n(turnsLeft)} ${turnsLeft === 1 ? unit.one : unit.many}`;
  return long ? ` At that rate the stock lasts about ${count}.` : `lasts ≈ ${count}`;
}

/**
 * A stock tile's name where the tiles are short of room (a laptop's row of seven, 601–1599 px, and
 * a phone's compact tiles), or null when the whole name is short enough: "Oil in the southern zone"
 * took two lines at 1366 and three on a phone's tile (play29 §4.5). Names with a note in brackets
 * lose it (hud.ts). The tooltip and the tiles in full keep the whole name.
 */
export function stockTileShortName(name: string): string | null {
  const short: Record<string, string> = { 'Oil in the southern zone': 'Southern oil' };
  return short[name] ?? null;
}

/**
 * The oil the side's carriers left on station next to an enemy port burn to strike it again this
 * turn (engine/oil-forecast.ts `restrikes`, the ledger's `oil-restrike`): "2 carriers on station
 * strike again: 70". The Oil tile's forecast was short by this much (close25's known limits).
 */
export function restrikeOilText(carriers: number, oil: number): string {
  const n = new Intl.NumberFormat('en-GB');
  return `${carriers} ${carriers === 1 ? 'carrier' : 'carriers'} on station strike${carriers === 1 ? 's' : ''} again: ${n.format(oil)}`;
}

/**
 * The Orders summary's sentence for carriers left on station (engine/oil-forecast.ts `restrikes`):
 * "4 carriers on station in Hawaiian waters strike Hawaii (Pearl Harbor) again, with no order: 48
 * thousand barrels of oil." Where and what, which the tile's short words leave to its tooltip.
 */
export function restrikeOrdersText(carriers: number, sea: string, port: string, oil: number): string {
  const n = new Intl.NumberFormat('en-GB');
  const who = `${carriers} ${carriers === 1 ? 'carrier' : 'carriers'} on station in ${sea}`;
  return `${who} strike${carriers === 1 ? 's' : ''} ${port} again, with no order: ${n.format(oil)} thousand barrels of oil.`;
}

/**
 * The southern stock's tile when last turn's ledger said it cannot be loaded (deliveries.ts,
 * `southern-stock-cut-off`): the tile kept 8,700–10,000 and "lasts ≈ 40 months" with no word that
 * none of it could reach home (play29). 'short' is the tile's note, 'long' ends its tooltip.
 */
export function southernCutOffText(style: 'short' | 'long', capital: string): string {
  return style === 'short'
    ? 'cannot be shipped home'
    : ` It cannot be shipped home: no southern oil field where tankers load is held with a sea route to ${capital}. Ships in the southern zone can still burn it there.`;
}

/**
 * The note on a stock tile that piles up unspent (src/ui/game/unspent-stock.ts): 'short' on a
 * tile, 'tiny' on a phone's compact tile (the short words took three lines of its stock row there,
 * the map ~50 px less; a tap shows the tiles in full), 'long' in the tile's tooltip.
 */
export function unspentText(style: 'tiny' | 'short' | 'long'): string {
  if (style === 'tiny') return 'unspent';
  return style === 'short'
    ? 'unspent: build under Orders'
    : ' It is piling up unspent: under Orders → Production it builds ships, aircraft and pilots.';
}

/**
 * A made stock the side cannot spend (the grand campaign's Allied industry: the Allies build nothing
 * under Production, their ships, aircraft and armies arrive on the historical schedule). The tile
 * said "4,149 points to spend" after ten turns with no Production section to spend them in (play21).
 */
export function notSpentText(style: 'short' | 'long', side: string, resource: string): string {
  return style === 'short'
    ? 'nothing to build'
    : `${resource}: ${side} build nothing under Orders in this scenario. This counts their war production; their new ships, aircraft and armies arrive on the historical schedule (Arrivals in the turn report).`;
}

/** The button on such a tile that opens its explanation (a phone has no tooltip: play25 §4.7). */
export const NOT_SPENT_WHY = 'why?';

/**
 * The explanation a tap on that tile opens, on every screen size: why the figure only grows and
 * what it means (play25 §4.7: "2,613 by February 1942" with "nothing to build" and no word why on
 * a phone). `side`: "the Allies"; `made`: what last turn added, or null on the first turn.
 */
export function notSpentWhyText(side: string, resource: string, made: number | null, turn: string): string {
  const last = made !== null && made > 0 ? ` (${n(made)} last ${turn})` : '';
  return (
    `Why ${resource} only grows: ${side} build nothing under Orders in this scenario; their new ships, ` +
    `aircraft and armies arrive on the historical schedule (Arrivals in the turn report). This figure ` +
    `adds up their war production ${turn} after ${turn}${last}; nothing spends it.`
  );
}

/**
 * A stock's line in the report's "In short" summary ("Oil 3,400 → 3,100"), or null when the stock
 * ended the turn where it began: a stock that only passed goods through (aircraft built and all
 * sent to units, southern oil produced and all loaded into tankers) is in the ledger for its
 * causes, but "New aircraft 0 → 0" in the summary would say nothing (found by play22).
 */
export function summaryStockText(name: string, before: number, after: number): string | null {
  if (before === after) return null;
  return `${name.replace(/ \(.*\)$/, '')} ${n(before)} → ${n(after)}`;
}

/**
 * The note on a shipping tile that has not moved since the game began and that the side cannot
 * spend (the grand campaign's Allied merchant ships and tankers: 8,000 and 2,000 thousand GT all
 * year in play31, with no word what they were for — a dead tile).
 */
export const UNCHANGED_SHORT = 'not touched yet';

/**
 * What such a tile means, opened by its "why?" (play32): the side's own shipping, what could change
 * it, and what the player can change instead — the enemy's shipping, with what the side's
 * submarines, aircraft and mines have sunk of it so far (the reports' war on shipping).
 * `side`: "the Allies"; `enemy`: "Japan"; `sunkKgt`: the enemy's thousand GT sunk in the reports so far.
 */
export function unchangedShippingWhyText(
  side: string,
  enemy: string,
  resource: string,
  value: number,
  /** Null when the enemy's shipping is no more at stake than the side's (Japan's tankers at peace). */
  sunkKgt: number | null,
): string {
  const own =
    `Why ${resource} is still ${n(value)}: these are ${possessive(side)} own ships. Nothing has sunk any of them ` +
    `since the game began; if enemy submarines or aircraft did, the report's "The war on shipping" would ` +
    `say so and this figure would fall.`;
  if (sunkKgt === null) return own;
  const sunk =
    sunkKgt > 0
      ? `So far ${n(sunkKgt)} thousand gross tons of ${possessive(enemy)} ships have been sunk.`
      : `None of ${possessive(enemy)} ships has been sunk yet.`;
  return (
    `${own} What you can change is ${possessive(enemy)} shipping: it carries the oil and ` +
    `raw materials home, and every ton your submarines, aircraft and mines sink there is a ton ${enemy} ` +
    `cannot use (the report's "The war on shipping"). ${sunk}`
  );
}

/** "the Allies'", "Japan's". */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/**
 * What a stock of new aircraft that grew last turn while none of them joined a unit means, opened by
 * its "why?" (Road to Tokyo as the Allies: 1,000 → 2,800 in three months of no orders, play32 — a
 * tile that only grew, with no word why). The rule is economy/air-replacement.ts: units below
 * strength draw from it. `turn`: "month".
 */
export function aircraftWaitingWhyText(side: string, value: number, turn: string): string {
  return (
    `Why New aircraft only grows: these ${n(value)} aircraft are built but not yet in a unit. They go to ` +
    `${possessive(side)} carriers in a friendly port and air groups at a friendly airfield that have lost ` +
    `aircraft, with new pilots (the report's air replacements). Last ${turn} none of your units needed any, ` +
    `so they wait here; after a battle they make good the losses.`
  );
}
