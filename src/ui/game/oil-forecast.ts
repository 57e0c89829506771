/**
 * The oil clock in the HUD, the order list and the move preview: what this
 * turn will burn with the orders given so far, as the engine works it out
 * (`forecastOil`: the economy, each sortie in the order given, ships idling,
 * carriers on station striking again),
 * the income of the last turn, and how long the stock lasts at that rate.
 * No rule is decided here.
 *
 * The engine's forecast starts from the stock held now: this turn's
 * production and deliveries come in before the oil is burned, so a sortie
 * forecast to find the tanks empty may yet get its fuel. The texts say so.
 */
import {
  buildsCost,
  type ForceState,
  flagsAfterDueEvents,
  forecastOil,
  type GameState,
  type OilForecast,
  type Order,
  pilotIntake,
  type SortieFuel,
  scheduledEntries,
  type TurnReport,
  type World,
} from '../../engine/index';
import { OIL } from '../../scenario/resource-ids';
import type { Scenario, SideId } from '../../scenario/schema';
import { turnWord } from '../kit/turn-words';

/** What a forecast refusal rests on, said wherever one is shown ("month", "week", "turn"). */
export function beforeDeliveries(scenario: Scenario): string {
  return `with the oil held now, before this ${turnWord(scenario).one}’s production and deliveries come in`;
}

export interface OilClock {
  stock: number;
  economy: number;
  idle: number;
  sorties: number;
  /**
   * The scenario's scheduled drains this turn (production entries that take oil, e.g. the Oil
   * Clock's wartime operations not shown as moves, 800 a month while at war with the US).
   */
  drains: number;
  /** This turn's new class of pilots: their flying hours (the air phase, after the sorties). */
  training: number;
  /** What the builds ordered this turn cost in oil (an air group's training), paid on ordering. */
  builds: number;
  /**
   * Carriers left on station next to an enemy port at war strike it again after the economy phase
   * and pay a sortie's oil (the ledger's `oil-restrike`): those the oil left fuels, and what they burn.
   */
  restrikeCarriers: number;
  restrike: number;
  /** Everything this turn burns. */
  burn: number;
  /** Move orders the tanks as they stand now could not fuel. */
  unfuelled: number;
  /** Oil that came in last turn (production, imports, deliveries), or null before the first report. */
  income: number | null;
  /**
   * Before the first report (`income` null): the scheduled income this turn that no event can stop
   * (an entry without flags, e.g. the Allies' 8,000 a month of American oil), counted in
   * `turnsLeft`; 0 once a report gives the income.
   */
  firstIncome: number;
  /**
   * The change to the scheduled income this turn's due events make (the embargo of August 1941
   * ends the imports: −1,200), counted in `turnsLeft`.
   */
  incomeChange: number;
  /** Turns the stock lasts if burn and income stay as they are (null: it does not run out). */
  turnsLeft: number | null;
}

export function oilClock(
  world: World,
  state: GameState,
  side: SideId,
  orders: readonly Order[],
  lastReport: TurnReport | null,
): OilClock {
  const f = forecastOil(world, state, side, orders);
  const line = lastReport?.items.find((i) => i.kind === 'economy' && i.side === side && i.resource === OIL);
  const income =
    line?.kind === 'economy'
      ? line.changes.filter((c) => c.amount > 0).reduce((n, c) => n + c.amount, 0)
      : lastReport
        ? 0
        : null;
  // The scheduled drains are charged as the month is played, like the burn; before the tenth
  // play-through the tile said "burns 2,283" while the Oil Clock at war lost 3,096 a month. They
  // and the scheduled income are read with the flags this turn's due events set: the embargo that
  // begins in August 1941 ends the imports July's income still had (the eleventh play-through's
  // tile said "lasts ≈ 43 months" in August, ≈ 18 in September).
  const scheduled = (flags: Readonly<Record<string, boolean>>) =>
    scheduledEntries(world.scenario, state, side, flags)
      .map((i) => world.scenario.production[i]!)
      .filter((p) => p.resource === OIL);
  // The decisions ordered this turn are recorded before the events fire (phases/events.ts
  // recordChoices), so an event they trigger this turn sets its flags this turn: Strike south in
  // the Oil Clock brings the war's 800 a month at once (play25: the tile said "burns 2,600" for
  // a month whose ledger burned 3,400).
  const chosen = orders.filter((o) => o.type === 'choose');
  const deciding =
    chosen.length === 0
      ? state
      : {
          ...state,
          choices: { ...state.choices, ...Object.fromEntries(chosen.map((o) => [o.choice, state.turn])) },
        };
  const due = scheduled(flagsAfterDueEvents(world, deciding));
  const drains = due.filter((p) => p.perTurn < 0).reduce((n, p) => n - p.perTurn, 0);
  const scheduledIncome = (ps: readonly { perTurn: number }[]) =>
    ps.filter((p) => p.perTurn > 0).reduce((n, p) => n + p.perTurn, 0);
  // Last turn's income, less the scheduled income that stops this turn (and with what starts).
  const change = scheduledIncome(due) - scheduledIncome(scheduled(state.flags));
  // The pilots in training and the builds' oil were left out until play24: the tile said "burns
  // 1,536" for a month whose ledger burned 1,695 (two air groups ordered, 60 pilots in training).
  const builds = buildsCost(world.scenario, orders, OIL);
  const training = pilotIntake(world, state, side, Math.max(0, f.stock - builds - f.total - drains)).oil;
  // The rate is what the orders ask for, even where the stock would not cover it this turn; the
  // builds are paid once, from the stock.
  const rate = f.lines.reduce((n, l) => n + l.oil, 0) + drains + training + f.restrikeOil;
  // Before the first report the clock counted no income at all: the Allies' turn-1 tile said
  // "lasts ≈ 44 months" for a stock that grows by 8,000 a month (play24, play25). It now counts the
  // scheduled income that no event can stop (no flags to it); income an event ends (Japan's
  // imports, which the embargo stops in August 1941) waits for the report that shows it came in,
  // so Japan's July tile does not promise oil August will not bring (play11).
  const firstIncome =
    income === null
      ? due
          .filter((p) => p.perTurn > 0 && Object.keys(p.requires).length === 0)
          .reduce((n, p) => n + p.perTurn, 0)
      : 0;
  const net = rate - (income === null ? firstIncome : Math.max(0, income + change));
  return {
    stock: f.stock,
    economy: f.base,
    idle: f.idle,
    sorties: f.fuelledOil,
    drains,
    training,
    builds,
    restrikeCarriers: f.restrikes.reduce((n, r) => n + r.fuelled.length, 0),
    restrike: f.restrikeOil,
    burn: f.total + drains + training + builds + f.restrikeOil,
    unfuelled: unfuelled(f.sorties).length,
    income,
    firstIncome,
    incomeChange: income === null ? 0 : change,
    turnsLeft: net > 0 ? Math.floor(Math.max(0, f.stock - builds) / net) : null,
  };
}

/** Each move order's sortie in the forecast. */
export function sortiesByOrder(f: OilForecast): Map<Order, SortieFuel> {
  return new Map(f.sorties.map((s) => [s.order, s]));
}

export type UnfuelledSortie = Extract<SortieFuel, { fuelled: false }>;

/** The sorties the tanks as they stand now could not fuel, with the engine's reason. */
export function unfuelled(sorties: readonly SortieFuel[]): UnfuelledSortie[] {
  return sorties.filter((s): s is UnfuelledSortie => !s.fuelled && s.emptyTanks);
}

export interface MoveOil {
  /** Thousand barrels the move burns: the forces and the transports they take along (once a turn). */
  oil: number;
  /** Transport flotillas the armies take along across the sea (apart from any moving in the group). */
  convoy: ForceState[];
  /** The move's sorties the tanks as they stand now could not fuel. */
  unfuelled: UnfuelledSortie[];
  /** The forecast of all the side's orders, this move's last. */
  forecast: OilForecast;
}

/** What the `moves` (one order for a group of forces) burn after the `earlier` orders, as the engine will fuel them. */
export function moveOil(
  world: World,
  state: GameState,
  side: SideId,
  earlier: readonly Order[],
  moves: readonly Order[],
): MoveOil {
  const forecast = forecastOil(world, state, side, [...earlier, ...moves]);
  const mine = forecast.sorties.filter((s) => moves.includes(s.order));
  const group = new Set(mine.map((s) => s.force.id));
  const convoy = new Map<string, ForceState>();
  for (const t of mine.flatMap((s) => s.convoy)) if (!group.has(t.id)) convoy.set(t.id, t);
  return {
    oil: mine.reduce((n, s) => n + s.oil, 0),
    convoy: [...convoy.values()],
    unfuelled: unfuelled(mine),
    forecast,
  };
}
