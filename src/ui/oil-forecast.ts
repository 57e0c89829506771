/**
 * The oil clock in the HUD: what this turn will burn with the orders given so
 * far (the economy, ships idling, sorties — the engine's own figures per
 * force), the income of the last turn, and how long the stock lasts at that
 * rate. A forecast for the player; the engine's report has the real numbers.
 */
import { type GameState, idleOil, type Order, type TurnReport, type World } from '../engine/index';
import { seaLiftTransports } from '../engine/orders';
import { OIL } from '../scenario/resource-ids';
import type { SideId } from '../scenario/schema';
import { sortieCosts } from './order-draft';

export interface OilForecast {
  stock: number;
  economy: number;
  idle: number;
  sorties: number;
  /** Everything this turn burns. */
  burn: number;
  /** Oil that came in last turn (production, imports, deliveries), or null before the first report. */
  income: number | null;
  /** Turns the stock lasts if burn and income stay as they are (null: it does not run out). */
  turnsLeft: number | null;
}

export function oilForecast(
  world: World,
  state: GameState,
  side: SideId,
  orders: readonly Order[],
  lastReport: TurnReport | null,
): OilForecast {
  const stock = state.sides[side].stocks[OIL] ?? 0;
  const economy = world.scenario.sides[side].baseOilPerTurn;
  const costs = sortieCosts(world, state, orders);
  const sorties = [...costs.values()].reduce((a, b) => a + b, 0);
  const moving = new Set<string>();
  for (const o of orders) {
    if (o.type !== 'move') continue;
    moving.add(o.force);
    const f = state.forces.find((x) => x.id === o.force);
    if (f?.type === 'army') for (const t of seaLiftTransports(world, state, f, o.to)) moving.add(t.id);
  }
  const idle = state.forces
    .filter((f) => f.side === side && f.status === 'active' && !moving.has(f.id))
    .reduce((n, f) => n + idleOil(world, f), 0);
  const burn = economy + idle + sorties;
  const line = lastReport?.items.find((i) => i.kind === 'economy' && i.side === side && i.resource === OIL);
  const income =
    line?.kind === 'economy'
      ? line.changes.filter((c) => c.amount > 0).reduce((n, c) => n + c.amount, 0)
      : lastReport
        ? 0
        : null;
  const net = burn - (income ?? 0);
  const turnsLeft = net > 0 ? Math.floor(stock / net) : null;
  return { stock, economy, idle, sorties, burn, income, turnsLeft };
}
