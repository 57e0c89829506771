/**
 * Damage: how fire points turn into sunk ships, downed aircraft and
 * casualties. Shared by every kind of battle and by scripted strikes
 * (Pearl Harbor) so that all losses are counted the same way.
 */
import type { SideId } from '../../scenario/schema';
import { assertNever } from '../assert-never';
import { FLOTILLA_TOUGHNESS, SHIP_TOUGHNESS } from '../combat-values';
import type { BattleLoss, FireKind } from '../report';
import type { Rng } from '../rng';
import { type ForceState, strengthOf } from '../state';

/** Applies damage points to a force; returns what it lost in its own unit (ships: damage percent). */
export function applyHits(f: ForceState, points: number): { amount: number; aircraft: number } {
  switch (f.type) {
    case 'ship': {
      const added = Math.min(100 - f.damage, Math.floor((points * 100) / SHIP_TOUGHNESS[f.class]));
      f.damage += added;
      // Aircraft on a burning carrier are lost with it (Midway: the air groups died on the decks).
      const aircraft = f.damage >= 100 ? f.aircraft : Math.floor((f.aircraft * added) / 100);
      f.aircraft -= aircraft;
      if (f.damage >= 100) {
        f.lost += 1;
        f.status = 'lost';
      }
      return { amount: added, aircraft };
    }
    case 'flotilla': {
      const sunk = Math.min(f.count, Math.floor(points / FLOTILLA_TOUGHNESS[f.class]));
      f.count -= sunk;
      f.lost += sunk;
      if (f.count === 0) f.status = 'lost';
      return { amount: sunk, aircraft: 0 };
    }
    case 'air': {
      const shot = Math.min(f.aircraft, points);
      f.aircraft -= shot;
      f.lost += shot;
      if (f.aircraft === 0) f.status = 'lost';
      return { amount: shot, aircraft: shot };
    }
    case 'army': {
      const killed = Math.min(f.troops, points);
      f.troops -= killed;
      f.lost += killed;
      if (f.troops === 0) f.status = 'lost';
      return { amount: killed, aircraft: 0 };
    }
    default:
      return assertNever(f);
  }
}

/** Damage points equal to `percent` of a force (for scripted effects such as a surprise attack). */
export function pointsForPercent(f: ForceState, percent: number): number {
  switch (f.type) {
    case 'ship':
      return Math.ceil((SHIP_TOUGHNESS[f.class] * percent) / 100);
    case 'flotilla':
      return Math.floor((f.count * percent) / 100) * FLOTILLA_TOUGHNESS[f.class];
    case 'air':
      return Math.floor((f.aircraft * percent) / 100);
    case 'army':
      return Math.floor((f.troops * percent) / 100);
    default:
      return assertNever(f);
  }
}

/** Losses by force, merged as salvos fall. */
export class LossBook {
  private readonly byForce = new Map<string, BattleLoss & { points: number }>();

  /** `points` of `shooter`'s `fire` fell on `target` (the words: src/text/damage-text.ts). */
  record(
    target: ForceState,
    points: number,
    result: { amount: number; aircraft: number },
    fire: { shooter: SideId; fire: FireKind; onDeck?: boolean },
  ): void {
    const prev = this.byForce.get(target.id);
    const total = (prev?.points ?? 0) + points;
    const onDeck = fire.onDeck || (prev?.cause.code === 'fire' && prev.cause.onDeck);
    this.byForce.set(target.id, {
      side: target.side,
      force: target.id,
      name: target.name,
      amount: (prev?.amount ?? 0) + result.amount,
      aircraft: (prev?.aircraft ?? 0) + result.aircraft,
      destroyed: target.status === 'lost',
      cause: {
        code: 'fire',
        shooter: fire.shooter,
        fire: fire.fire,
        points: total,
        ...(onDeck ? { onDeck: true } : {}),
      },
      points: total,
    });
  }

  /** An army that gave up: its remaining men are lost as prisoners, said so in the report. */
  surrender(target: ForceState): void {
    const prev = this.byForce.get(target.id);
    const result = applyHits(target, strengthOf(target));
    this.byForce.set(target.id, {
      side: target.side,
      force: target.id,
      name: target.name,
      amount: (prev?.amount ?? 0) + result.amount,
      aircraft: (prev?.aircraft ?? 0) + result.aircraft,
      destroyed: true,
      cause:
        prev?.cause.code === 'fire'
          ? { ...prev.cause, surrendered: result.amount }
          : { code: 'surrendered', men: result.amount },
      points: prev?.points ?? 0,
    });
  }

  losses(): BattleLoss[] {
    return [...this.byForce.values()].map(({ points: _points, ...loss }) => loss);
  }
}

/**
 * Fire falls in salvos on targets picked at random, weighted (carriers draw
 * the enemy's air strikes). Salvos keep a big force from being wiped out by
 * one lucky roll and spread losses the way a report can explain.
 */
export function fireSalvos(
  rng: Rng,
  fire: number,
  targets: readonly ForceState[],
  weight: (f: ForceState) => number,
  book: LossBook,
  kind: FireKind,
  shooter: SideId,
  /** Damage each hit on a target does, in percent of its points (a carrier caught with aircraft on deck: more). */
  hitPercent: (f: ForceState) => number = () => 100,
): void {
  if (fire <= 0) return;
  const salvos = Math.min(12, Math.max(1, targets.length * 2));
  const base = Math.floor(fire / salvos);
  for (let i = 0; i < salvos; i++) {
    const points = base + (i < fire % salvos ? 1 : 0);
    const alive = targets.filter((t) => t.status === 'active' && weight(t) > 0);
    if (alive.length === 0 || points === 0) return;
    const total = alive.reduce((n, t) => n + weight(t), 0);
    let pick = rng.int(total);
    let target = alive[0]!;
    for (const t of alive) {
      pick -= weight(t);
      if (pick < 0) {
        target = t;
        break;
      }
    }
    const percent = hitPercent(target);
    const damage = Math.floor((points * percent) / 100);
    book.record(target, damage, applyHits(target, damage), { shooter, fire: kind, onDeck: percent > 100 });
  }
}
