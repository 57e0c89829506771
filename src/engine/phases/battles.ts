/**
 * Phase 5 — battles. In every area where enemies meet at war, both sides fire
 * at once. Firepower is scaled by experience (a veteran air group hits twice as
 * hard as a green one) and by surprise (the side that found the other first
 * gets +50%), and by a roll of 60–140% for the fortunes of war. Fire falls in
 * salvos on enemy forces picked at random, and every ship sunk is named.
 */
import type { SideId } from '../../scenario/schema';
import { assertNever } from '../assert-never';
import { FLOTILLA_TOUGHNESS, firepower, SHIP_TOUGHNESS } from '../combat-values';
import type { BattleLoss } from '../report';
import { SIDE_IDS } from '../sides';
import type { ForceState } from '../state';
import { enemyOf, type TurnContext } from '../turn-context';
import { area } from '../world';
import { contestedAreas, forcesAt } from './contact';

export function runBattlePhase(ctx: TurnContext, firstStrike: Map<string, SideId | null>): void {
  for (const areaId of contestedAreas(ctx)) {
    resolveBattle(ctx, areaId, firstStrike.get(areaId) ?? null);
  }
}

function resolveBattle(ctx: TurnContext, areaId: string, first: SideId | null): void {
  const forces = { japan: forcesAt(ctx, areaId, 'japan'), allies: forcesAt(ctx, areaId, 'allies') };
  const strength = { japan: 0, allies: 0 };
  const fire = { japan: 0, allies: 0 };
  for (const side of SIDE_IDS) {
    for (const f of forces[side]) strength[side] += Math.floor((firepower(f) * (50 + f.experience)) / 100);
    const surprise = first === side ? 150 : 100;
    const fortune = 60 + ctx.rng.int(81);
    fire[side] = Math.floor((strength[side] * surprise * fortune) / 10000);
  }
  // Both sides fire at the forces present at the start of the battle (simultaneous fire).
  const losses: BattleLoss[] = [];
  for (const side of SIDE_IDS) {
    const enemy = enemyOf(side);
    losses.push(...fireSalvos(ctx, fire[side], forces[enemy], side));
  }
  const place = area(ctx.world, areaId).name;
  const sunk = losses.filter((l) => l.destroyed).map((l) => l.name);
  ctx.items.push({
    kind: 'battle',
    area: areaId,
    strength,
    firstStrike: first,
    losses,
    summary:
      `Battle at ${place}: Japan fired ${fire.japan} against the Allies' ${fire.allies}` +
      (first ? `; ${first === 'japan' ? 'Japan' : 'the Allies'} struck first` : '') +
      (sunk.length ? `. Lost: ${sunk.join(', ')}.` : '. No force was destroyed.'),
  });
}

function fireSalvos(ctx: TurnContext, fire: number, targets: ForceState[], shooter: SideId): BattleLoss[] {
  if (fire <= 0 || targets.length === 0) return [];
  const salvos = Math.min(10, targets.length * 2);
  const base = Math.floor(fire / salvos);
  const byForce = new Map<string, BattleLoss>();
  const pointsOn = new Map<string, number>();
  for (let i = 0; i < salvos; i++) {
    const points = base + (i < fire % salvos ? 1 : 0);
    const alive = targets.filter((t) => t.status === 'active');
    if (alive.length === 0 || points === 0) continue;
    const target = alive[ctx.rng.int(alive.length)]!;
    const amount = applyHits(target, points);
    const total = (pointsOn.get(target.id) ?? 0) + points;
    pointsOn.set(target.id, total);
    byForce.set(target.id, {
      side: target.side,
      force: target.id,
      name: target.name,
      amount: (byForce.get(target.id)?.amount ?? 0) + amount,
      destroyed: target.status === 'lost',
      why: `${total} points of ${shooter === 'japan' ? 'Japanese' : 'Allied'} fire`,
    });
  }
  return [...byForce.values()];
}

/** Applies damage points to a force; returns what it lost in its own unit. */
function applyHits(f: ForceState, points: number): number {
  switch (f.type) {
    case 'ship': {
      const added = Math.min(100 - f.damage, Math.floor((points * 100) / SHIP_TOUGHNESS[f.class]));
      f.damage += added;
      // A carrier's air group suffers with its ship.
      f.aircraft -= Math.floor((f.aircraft * added) / 100);
      if (f.damage >= 100) lose(f, 1);
      return added;
    }
    case 'flotilla': {
      const sunk = Math.min(f.count, Math.floor(points / FLOTILLA_TOUGHNESS[f.class]));
      f.count -= sunk;
      f.lost += sunk;
      if (f.count === 0) f.status = 'lost';
      return sunk;
    }
    case 'air': {
      const shot = Math.min(f.aircraft, points);
      f.aircraft -= shot;
      f.lost += shot;
      if (f.aircraft === 0) f.status = 'lost';
      return shot;
    }
    case 'army': {
      const killed = Math.min(f.troops, points);
      f.troops -= killed;
      f.lost += killed;
      if (f.troops === 0) f.status = 'lost';
      return killed;
    }
    default:
      return assertNever(f);
  }
}

function lose(f: ForceState, amount: number): void {
  f.lost += amount;
  f.status = 'lost';
}
