/** The work of one batch worker: play each seed to the end and keep only what the statistics need. */
import type { Policy } from '../ai/policy';
import { policyByName } from '../ai/registry';
import {
  buildWorld,
  createGame,
  forceById,
  type GameState,
  type Outcome,
  readJapaneseIntentions,
  rememberedVerdicts,
  resolveTurn,
  SIDE_IDS,
  stateHash,
  type TurnReport,
  type World,
} from '../engine/index';
import { scoreGame } from '../judge/score';
import { judgeGame } from '../judge/verdict';
import { addShipping, noShipping, type ShippingFigure } from '../replay/shipping-war';
import { loadScenarioText } from '../scenario/load';
import type { SideId } from '../scenario/schema';
import { applyWhatIf } from '../scenario/what-if';

// The figures and their order are the shared module's (the after-action report and class results read them too).
export { SHIPPING_FIGURES, type ShippingFigure } from '../replay/shipping-war';

export interface BatchJob {
  scenarioText: string;
  /** A what-if of the scenario to apply first (already checked to exist), or null. */
  whatIf: string | null;
  seeds: string[];
  japan: string;
  allies: string;
  /** Both computer sides plan under the fog of war, told the previous turn's report (`--fog`). */
  fog?: boolean;
}

export interface RunResult {
  seed: string;
  turns: number;
  outcome: Outcome['kind'] | null;
  winner: Outcome['winner'] | null;
  /**
   * The end screen's verdict (src/judge/verdict.ts): a game that reaches its last turn is judged
   * by the objectives held and the carriers lost, not called a draw. Null if the game has not ended.
   */
  verdict: {
    winner: SideId | 'draw';
    strength: 'decisive' | 'marginal' | null;
    /** Whom the game went better for than the real war (`Verdict.betterFor`). */
    betterFor: SideId | 'even' | null;
  } | null;
  /** The date play stopped (the end of the last resolved turn). */
  endDate: string;
  stocks: Record<SideId, Record<string, number>>;
  /** Land and island areas each side held when play stopped. */
  held: Record<SideId, number>;
  /** Stocks when the first turn of each calendar year began, by year. */
  yearStart: Record<string, Record<SideId, Record<string, number>>>;
  /** Flags in force when play stopped (e.g. whether the war with the US had begun). */
  flags: string[];
  /** Events that fired in this game. */
  events: string[];
  /**
   * Japan's shipping war by calendar year (summed over the year's turns): thousand GT sunk by
   * submarines, aircraft and mines, and oil and raw materials that reached the Home Islands.
   */
  japanShipping: Record<string, Record<ShippingFigure, number>>;
  /** Named ships sunk in this game, with the date of the turn they were lost. */
  shipsLost: Record<string, string>;
  /** The side and class of each named ship sunk ("japan:fleet-carrier"), built ones included. */
  shipClass: Record<string, string>;
  finalHash: string;
}

export function playBatchJob(job: BatchJob): RunResult[] {
  // The main thread has already validated this text; a worker re-parses it
  // because a World (Maps) cannot be sent between threads.
  const loaded = loadScenarioText(job.scenarioText);
  if (!loaded.ok) throw new Error('the scenario no longer loads in the worker');
  const world = buildWorld(job.whatIf ? applyWhatIf(loaded.value, job.whatIf) : loaded.value);
  const japan = policyByName(job.japan);
  const allies = policyByName(job.allies);
  if (!japan || !allies) throw new Error(`unknown policy ${japan ? job.allies : job.japan}`);
  return job.seeds.map((seed) => playOne(world, seed, japan, allies, job.fog === true));
}

/** Force `id`, destroyed on `date`: a ship's first loss and her class are noted (playOne). */
function noteShipLost(
  state: GameState,
  id: string,
  date: string,
  shipsLost: Record<string, string>,
  shipClass: Record<string, string>,
): void {
  const f = forceById(state, id);
  if (f?.type !== 'ship') return;
  shipsLost[id] ??= date;
  shipClass[id] = `${f.side}:${f.class}`;
}

/**
 * One game, kept to what the statistics need. No replay is recorded: the
 * batch only wants the end, and recording (a legality pass and a state hash
 * every turn) doubled the time of a game. The states are the ones a recorded
 * game reaches: the engine drops illegal orders with the same verdicts.
 */
function playOne(world: World, seed: string, japan: Policy, allies: Policy, fog: boolean): RunResult {
  let state = createGame(world, seed);
  const shipsLost: Record<string, string> = {};
  const shipClass: Record<string, string> = {};
  const yearStart: RunResult['yearStart'] = {};
  const japanShipping: RunResult['japanShipping'] = {};
  // The turns' battles, for the end screen's verdict (`scoreGame` reads the battles' aircraft and
  // pilots lost alone): a whole report kept for every turn stayed alive to the end of the game, and
  // the collector copied it again and again (pass 17 in docs/PERFORMANCE.md).
  const reports: TurnReport[] = [];
  let turns = 0;
  // Under the fog of war each side is told the report of the turn just resolved (`PolicyInput.fog`).
  let last: TurnReport | null = null;
  while (!state.outcome) {
    // The stocks standing when each year's first turn began.
    yearStart[state.date.slice(0, 4)] ??= {
      japan: { ...state.sides.japan.stocks },
      allies: { ...state.sides.allies.stocks },
    };
    // Japan first: the Allies may have read its orders (code-breaking) before they give theirs.
    const japanOrders = fog
      ? japan.orders(world, state, 'japan', { fog: { report: last } })
      : japan.orders(world, state, 'japan');
    // Orders the bot already found legal against this state need no second check (checked-orders.ts).
    const known = rememberedVerdicts(world, state, 'japan', japanOrders).length === japanOrders.length;
    const intel = readJapaneseIntentions(world, state, japanOrders, known ? japanOrders : undefined);
    const seen = fog ? { intel, fog: { report: last } } : { intel };
    const orders = { japan: japanOrders, allies: allies.orders(world, state, 'allies', seen) };
    const { state: after, report } = resolveTurn(world, state, orders);
    if (fog) last = report;
    const battles = report.items.filter((i) => i.kind === 'battle');
    if (battles.length > 0) reports.push({ ...report, items: battles });
    // The turn's figures, summed by the year the turn began in (src/replay/shipping-war.ts).
    const year = state.date.slice(0, 4);
    let sums = japanShipping[year];
    if (!sums) {
      sums = noShipping();
      japanShipping[year] = sums;
    }
    addShipping(sums, after);
    // The forces destroyed, in the report's order, read off its items: not gathered into a list per
    // item first (`filter(…).map(…)`, `[item.force]` or `[]`), whose hidden classes differed (an empty
    // one holds small integers): each change threw away the optimised `playOne`, the whole game's
    // loop, 53 times in a 100-seed batch (docs/PERFORMANCE.md, pass 28).
    for (const item of report.items) {
      if (item.kind === 'battle') {
        for (const l of item.losses)
          if (l.destroyed) noteShipLost(after, l.force, report.date, shipsLost, shipClass);
      } else if (item.kind === 'damage' && item.destroyed)
        noteShipLost(after, item.force, report.date, shipsLost, shipClass);
    }
    state = after;
    turns++;
  }
  const stocks = {} as RunResult['stocks'];
  const held = {} as RunResult['held'];
  for (const side of SIDE_IDS) {
    stocks[side] = { ...state.sides[side].stocks };
    held[side] = world.scenario.areas.filter(
      (a) => a.kind !== 'sea' && (state.control[a.id] ?? a.owner) === side,
    ).length;
  }
  return {
    seed,
    turns,
    outcome: state.outcome?.kind ?? null,
    winner: state.outcome?.winner ?? null,
    verdict: verdictOf(world, state, reports),
    endDate: state.date,
    stocks,
    held,
    flags: Object.keys(state.flags).filter((f) => state.flags[f]),
    yearStart,
    events: Object.keys(state.fired),
    japanShipping,
    shipsLost,
    shipClass,
    finalHash: stateHash(state),
  };
}

function verdictOf(world: World, state: GameState, reports: readonly TurnReport[]): RunResult['verdict'] {
  const v = judgeGame(world, state, scoreGame(world, state, reports));
  return v ? { winner: v.winner, strength: v.strength, betterFor: v.betterFor } : null;
}
