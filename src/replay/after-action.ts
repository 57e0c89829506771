/**
 * The after-action report of a game, as data: the timeline of what happened,
 * the series to chart next to history, the decisions that mattered most and
 * the scenario's discussion prompts. Built by replaying the game through the
 * engine, so it can never disagree with what was played.
 */
import {
  buildWorld,
  createGame,
  type GameState,
  type Outcome,
  type ReportItem,
  type World,
} from '../engine/index';
import type { Scenario, SideId } from '../scenario/schema';
import { whatIfById } from '../scenario/what-if';
import { afterActionText as T } from '../text/after-action-text';
import { battleSummary } from '../text/battle-text';
import { endText } from '../text/end-text';
import { effectText } from '../text/event-text';
import { type ReportNames, reportNames } from '../text/report-names';
import { controlCauseText } from '../text/report-text';
import { replayTurns } from './replay-turns';
import type { Replay } from './schema';
import { SHIPPING_FIGURES, type ShippingFigure, type ShippingTurn, shippingOfTurn } from './shipping-war';

export interface TimelineEntry {
  turn: number;
  date: string;
  kind: 'event' | 'choice' | 'battle' | 'control' | 'end';
  title: string;
  detail: string;
  /** The historical note and its source, for events. */
  note?: string;
  source?: string;
  area?: string;
  /** A rough weight used to pick the decisions that mattered most. */
  weight: number;
}

export interface SeriesPoint {
  date: string;
  value: number;
}

export interface ChartSeries {
  id: string;
  label: string;
  unit: string;
  side: SideId;
  points: SeriesPoint[];
  /** The scenario's historical series for the same quantity, if it has one. */
  history?: { label: string; source: string; points: SeriesPoint[] };
}

export interface AfterAction {
  scenario: { id: string; title: string; period: string };
  /** The what-if the game was played in (the replay's `whatIf`), or null for history. */
  whatIf: { id: string; title: string; description: string } | null;
  seed: string;
  players: Replay['players'];
  turns: number;
  outcome: Outcome | null;
  timeline: TimelineEntry[];
  series: ChartSeries[];
  /**
   * Japan's shipping war, turn by turn (src/replay/shipping-war.ts: what the batch's `japanShipping`
   * adds up), with the figures the scenario has; null in a scenario without shipping rules.
   */
  shipping: { figures: ShippingFigure[]; turns: ShippingTurn[] } | null;
  decisions: TimelineEntry[];
  prompts: Scenario['meta']['discussionPrompts'];
}

/** `scenario` is the scenario played: for a what-if, the one with the what-if applied. */
export function buildAfterAction(scenario: Scenario, replay: Replay): AfterAction {
  const world = buildWorld(scenario);
  let state = createGame(world, replay.seed);
  const states: GameState[] = [state];
  const timeline: TimelineEntry[] = [];
  const shippingTurns: ShippingTurn[] = [];
  for (const { before, result } of replayTurns(world, replay)) {
    shippingTurns.push({ date: before.date, figures: shippingOfTurn(result.state) });
    const names = reportNames(world, result.state);
    timeline.push(
      ...result.report.items.flatMap((item) => entryFor(world, names, item, before.turn, before.date)),
    );
    state = result.state;
    states.push(state);
  }
  const shipping = shippingFiguresOf(scenario);
  const decisions = [...timeline]
    .filter((e) => e.kind !== 'end' && e.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.turn - b.turn)
    .slice(0, 8)
    .sort((a, b) => a.turn - b.turn);
  return {
    scenario: { id: scenario.meta.id, title: scenario.meta.title, period: scenario.meta.period },
    whatIf: whatIfOf(scenario, replay),
    seed: replay.seed,
    players: replay.players,
    turns: states.length - 1,
    outcome: state.outcome,
    timeline,
    series: [...chartSeries(world, states), ...shippingSeries(scenario, shipping, shippingTurns)],
    shipping: shipping.length > 0 ? { figures: shipping, turns: shippingTurns } : null,
    decisions,
    prompts: scenario.meta.discussionPrompts,
  };
}

/** A what-if scenario keeps the list of what-ifs (applyWhatIf changes only what the what-if says). */
function whatIfOf(scenario: Scenario, replay: Replay): AfterAction['whatIf'] {
  if (replay.whatIf === undefined) return null;
  const found = whatIfById(scenario, replay.whatIf);
  return found
    ? { id: found.id, title: found.title, description: found.description }
    : { id: replay.whatIf, title: replay.whatIf, description: '' };
}

function entryFor(
  world: World,
  names: ReportNames,
  item: ReportItem,
  turn: number,
  date: string,
): TimelineEntry[] {
  const areaName = names.area;
  switch (item.kind) {
    case 'event':
      return [
        {
          turn,
          date,
          kind: 'event',
          title: item.title,
          detail: item.effects.map((e) => effectText(e, names)).join('; '),
          note: item.note,
          source: item.source,
          // An event whose effects are only messages changes nothing in the game: it is history told
          // beside it (the Road to Tokyo's "Marianas Turkey Shoot": "In this game the Japanese fleet
          // fights only if its player sends it"). It stays in the timeline, not among the moments
          // that mattered most of this game, which it topped in a game where no fleet sailed (play29).
          weight: item.effects.every((e) => e.code === 'message') ? 0 : 3 + item.effects.length,
        },
      ];
    case 'choice':
      return [
        {
          turn,
          date,
          kind: 'choice',
          title: T.choiceTitle(item.side, item.label),
          detail: T.choiceDetail,
          weight: 20,
        },
      ];
    case 'battle': {
      const sunk = item.losses.filter((l) => l.destroyed);
      if (sunk.length === 0 && item.aircraftLost.japan + item.aircraftLost.allies < 20) return [];
      return [
        {
          turn,
          date,
          kind: 'battle',
          title: T.battleTitle(areaName(item.area)),
          detail: battleSummary(item, areaName),
          area: item.area,
          weight: sunk.length * 3 + Math.floor((item.aircraftLost.japan + item.aircraftLost.allies) / 20),
        },
      ];
    }
    case 'control': {
      const value = world.areas.get(item.area)?.value ?? 0;
      return [
        {
          turn,
          date,
          kind: 'control',
          title: T.controlTitle(areaName(item.area), item.to),
          detail: controlCauseText(item, names),
          area: item.area,
          weight: 2 + value,
        },
      ];
    }
    case 'end':
      return [
        {
          turn,
          date,
          kind: 'end',
          title: T.endTitle,
          detail: endText({ kind: item.outcome, cause: item.cause }, world.scenario),
          weight: 0,
        },
      ];
    default:
      return [];
  }
}

/** Japan's stocks, carriers afloat on each side, and the areas Japan holds, turn by turn, with history beside them. */
function chartSeries(world: World, states: GameState[]): ChartSeries[] {
  const s = world.scenario;
  const out: ChartSeries[] = [];
  const historyFor = (side: SideId, resource: string) => {
    const h = s.history.find((x) => x.side === side && x.resource === resource);
    return h ? { label: h.label, source: h.source, points: h.points.map((p) => ({ ...p })) } : undefined;
  };
  for (const res of s.resources) {
    if (!['oil', 'merchant', 'tankers', 'will'].includes(res.id)) continue;
    if (states[0]?.sides.japan.stocks[res.id] === undefined) continue;
    const history = historyFor('japan', res.id);
    out.push({
      id: `japan-${res.id}`,
      label: T.stockLabel(res.name),
      unit: res.unit,
      side: 'japan',
      points: states.map((st) => ({ date: st.date, value: st.sides.japan.stocks[res.id] ?? 0 })),
      ...(history ? { history } : {}),
    });
  }
  for (const side of ['japan', 'allies'] as const) {
    out.push({
      id: `${side}-carriers`,
      label: T.carriersLabel(side),
      unit: T.carriersUnit,
      side,
      points: states.map((st) => ({
        date: st.date,
        value: st.forces.filter(
          (f) =>
            f.side === side &&
            f.status === 'active' &&
            f.type === 'ship' &&
            (f.class === 'fleet-carrier' || f.class === 'light-carrier'),
        ).length,
      })),
    });
  }
  out.push({
    id: 'japan-areas',
    label: T.areasLabel,
    unit: T.areasUnit,
    side: 'japan',
    points: states.map((st) => ({
      date: st.date,
      value: Object.values(st.control).filter((o) => o === 'japan').length,
    })),
  });
  return out;
}

/**
 * The shipping figures a scenario has: the tonnage sunk by each cause where it has rules for sinking
 * Japan's ships (`rules.submarines`), and the oil shipped home where it has shipping (`rules.shipping`).
 * Raw materials stay in the batch's figures; the charts keep to oil (compare31).
 */
function shippingFiguresOf(scenario: Scenario): ShippingFigure[] {
  const out: ShippingFigure[] = [];
  if (scenario.rules.submarines) out.push('sunkBySubmarines', 'sunkByAircraft', 'sunkByMines');
  if (scenario.rules.shipping) out.push('oilDelivered');
  return out;
}

/** Each figure a series, one point a turn, dated by the day the turn began. */
function shippingSeries(scenario: Scenario, figures: ShippingFigure[], turns: ShippingTurn[]): ChartSeries[] {
  return SHIPPING_FIGURES.filter((f) => figures.includes(f)).map((f) => ({
    id: `japan-${f}`,
    label: T.shippingLabel[f],
    unit: T.perTurn(f === 'oilDelivered' ? T.oilUnit : T.sunkUnit, scenario.calendar.turnLength),
    side: 'japan' as const,
    points: turns.map((t) => ({ date: t.date, value: t.figures[f] })),
  }));
}
