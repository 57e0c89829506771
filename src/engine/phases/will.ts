/**
 * Phase 7 — national will and the end of the game.
 *
 * Before the checks, the pressures of the turn are applied to Japan:
 * strategic bombing from bases within range of the Home Islands (the B-29s
 * flew from the Marianas, taken in summer 1944 — HISTORY.md §6), and the
 * blockade: empty oil tanks and a merchant fleet below what the country needs
 * to live (1.34 M GT left at the surrender, about 0.5 M operable — S2 S8).
 *
 * Then Japan surrenders when its will breaks; the Allies accept a negotiated
 * peace when theirs does first. Japan's check comes first: in the historical
 * war Japan's will broke while the Allies' held (HISTORY.md §6, Aug 1945).
 */
import { OIL } from '../../scenario/resource-ids';
import { atWar } from '../orders';
import { winnerOf } from '../state';
import { adjustStock, type TurnContext } from '../turn-context';
import { area, openDistance } from '../world';
import { INDUSTRY, MERCHANT } from './economy/deliveries';

export function runWillPhase(ctx: TurnContext): void {
  if (ctx.state.outcome) return;
  strategicBombing(ctx);
  blockade(ctx);
  checkForTheEnd(ctx);
}

function strategicBombing(ctx: TurnContext): void {
  const rules = ctx.world.scenario.rules.bombing;
  if (!rules || !atWar(ctx.world, ctx.state)) return;
  const { world, state } = ctx;
  const target = world.scenario.sides.japan.capital;
  let bombers = 0;
  const bases = new Set<string>();
  for (const f of state.forces) {
    if (f.side !== 'allies' || f.status !== 'active' || f.type !== 'air' || f.role !== 'strategic-bomber')
      continue;
    const base = area(world, f.location);
    if ((state.control[base.id] ?? base.owner) !== 'allies' || !base.airfield) continue;
    if (openDistance(world, base.id, target, rules.range) === null) continue;
    bombers += f.aircraft;
    bases.add(base.name);
  }
  if (bombers === 0) return;
  const why = `strategic bombing: ${bombers} bombers from ${[...bases].join(', ')}`;
  const industry = Math.floor((bombers * rules.industryPer100) / 100);
  const will = Math.floor((bombers * rules.willPer100) / 100);
  if (industry > 0) adjustStock(ctx, 'japan', INDUSTRY, -industry, why);
  if (will > 0) adjustStock(ctx, 'japan', world.scenario.victory.willResource, -will, why);
}

function blockade(ctx: TurnContext): void {
  const rules = ctx.world.scenario.rules.blockade;
  if (!rules) return;
  const stocks = ctx.state.sides.japan.stocks;
  const willResource = ctx.world.scenario.victory.willResource;
  if ((stocks[OIL] ?? 0) === 0 && rules.oilEmptyWill > 0) {
    adjustStock(ctx, 'japan', willResource, -rules.oilEmptyWill, 'blockade: the oil tanks are empty');
  }
  const merchant = stocks[MERCHANT];
  if (merchant !== undefined && merchant < rules.merchantFloor && rules.merchantFloorWill > 0) {
    adjustStock(
      ctx,
      'japan',
      willResource,
      -rules.merchantFloorWill,
      `blockade: only ${merchant} thousand GT of merchant shipping left (the country needs ${rules.merchantFloor})`,
    );
  }
}

function checkForTheEnd(ctx: TurnContext): void {
  const { world, state } = ctx;
  const { victory, calendar } = world.scenario;
  const will = (side: 'japan' | 'allies') => state.sides[side].stocks[victory.willResource] ?? 0;
  const end = (kind: 'japan-surrenders' | 'negotiated-peace' | 'last-turn', reason: string) => {
    state.outcome = { kind, winner: winnerOf(kind), turn: state.turn, date: state.date, reason };
  };
  if (will('japan') <= victory.surrenderWill) {
    end(
      'japan-surrenders',
      `Japan's national will fell to ${will('japan')} (surrender at ${victory.surrenderWill} or less)`,
    );
  } else if (will('allies') <= victory.peaceWill) {
    end('negotiated-peace', `the Allies' will fell to ${will('allies')}: they accept a negotiated peace`);
  } else if (state.turn >= calendar.lastTurn) {
    end('last-turn', `the scenario's last turn (${calendar.lastTurn}) has been played`);
  }
}
