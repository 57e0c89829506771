/**
 * Damage: how fire points turn into sunk ships, downed aircraft and
 * casualties. Shared by every kind of battle and by scripted strikes
 * (Pearl Harbor) so that all losses are counted the same way.
 */
import type { SideId } from '../../scenario/schema';
import { assertNever } from '../assert-never';
import { FLOTILLA_TOUGHNESS, shipToughness } from '../combat-values';
import type { BattleLoss, FireKind } from '../report';
import type { Rng } from '../rng';
import { type ForceState, strengthOf } from '../state';
import { type DamageControl, keptAfloat } from './damage-control';

/**
 * Applies damage points to a force; returns what it lost in its own unit (ships: damage percent).
 * `afloatAt`: a ship her damage control keeps afloat is left at this damage percent, however hard
 * the hit (damage-control.ts).
 */
export function applyHits(
  f: ForceState,
  points: number,
  afloatAt = 100,
): { amount: number; aircraft: number } {
  switch (f.type) {
    case 'ship': {
      const added = Math.min(Math.max(0, afloatAt - f.damage), Math.floor((points * 100) / shipToughness(f)));
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
      // Oilers sunk take their share of the flotilla's cargo down with them (the turn's oilers
      // item reports it — phases/oiler-cargo.ts).
      if (f.cargo !== undefined && sunk > 0)
        f.cargo -= sunk === f.count ? f.cargo : Math.floor((f.cargo * sunk) / f.count);
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
      return Math.ceil((shipToughness(f) * percent) / 100);
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

/** Losses by force, merged as salvos fall; and the ships that have left the battle. */
export class LossBook {
  /** Each force's loss so far, with its points by kind of fire (in the order they first fell). */
  private readonly byForce = new Map<
    string,
    BattleLoss & { points: number; kinds: { fire: FireKind; points: number }[] }
  >();
  private readonly left = new Map<string, 'kept-afloat' | 'withdrew'>();
  /**
   * Points that fell on a flotilla in this battle and sank no ship yet: they add to its next hit.
   * A flotilla is many hulls; six light hits on a transport squadron sink ships, as one heavy hit
   * would (Bismarck Sea, 3 March 1943: strafing and skip-bombing runs, none alone a sinking, sank all
   * eight transports — MILLER-1959). Without it, fire split into hits smaller than one ship's toughness sank
   * none, however many points it added up to.
   */
  private readonly carried = new Map<string, number>();

  /**
   * `damageControl`: each side's at the battle's date (damage-control.ts, damageControlIn); absent: none.
   * `withdrawDamagePercent`: a ship hit this badly leaves the battle (`rules.combat.withdrawDamagePercent`).
   */
  constructor(
    readonly damageControl: (f: ForceState) => DamageControl | null = () => null,
    readonly withdrawDamagePercent = 101,
  ) {}

  /** A ship kept afloat by her damage control, or hit too badly to fight on, leaves the battle: she draws no more fire in it. */
  withdraw(id: string, how: 'kept-afloat' | 'withdrew'): void {
    this.left.set(id, how);
  }

  hasLeft(id: string): boolean {
    // (Asked of every target of every salvo; most battles have no ship leave.)
    return this.left.size > 0 && this.left.has(id);
  }

  /** Applies `points` to a flotilla with what fell on it earlier in this battle and sank nothing. */
  hitFlotilla(
    f: Extract<ForceState, { type: 'flotilla' }>,
    points: number,
  ): { amount: number; aircraft: number } {
    const total = points + (this.carried.get(f.id) ?? 0);
    const result = applyHits(f, total);
    this.carried.set(f.id, f.status === 'lost' ? 0 : total - result.amount * FLOTILLA_TOUGHNESS[f.class]);
    return result;
  }

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
    // Aircraft shot down over the target (`aa` with no points) and hits by other fire on the same
    // force: the hit names the cause, and the aircraft shot down are counted beside it.
    const was = prev?.cause.code === 'fire' ? prev.cause : undefined;
    const shotNow = fire.fire === 'aa' && points === 0;
    const shotBefore = was !== undefined && was.fire === 'aa' && was.points === 0;
    let kind = fire.fire;
    let shooter = fire.shooter;
    let shotDown = was?.shotDown ?? 0;
    if (shotNow && was !== undefined && !shotBefore) {
      kind = was.fire;
      shooter = was.shooter;
      shotDown += result.aircraft;
    } else if (!shotNow && shotBefore) {
      shotDown += prev!.aircraft;
    }
    // Points by kind of fire: a ship hit by air strikes and then by guns is said to be hit by both.
    // A list of its own for each record (a record handed out by `losses` keeps the list it had), made
    // only when points fall (an aircraft shot down adds none).
    let kinds = prev ? prev.kinds : [];
    if (points > 0) {
      kinds = kinds.slice();
      let same = -1;
      for (let i = 0; i < kinds.length; i++)
        if (kinds[i]!.fire === fire.fire) {
          same = i;
          break;
        }
      if (same < 0) kinds.push({ fire: fire.fire, points });
      else kinds[same] = { fire: fire.fire, points: kinds[same]!.points + points };
    }
    // The cause's optional fields set one by one, in the order the report has always had them (not
    // spread from objects made for the purpose): PERFORMANCE.md, pass 33.
    const cause: Extract<BattleLoss['cause'], { code: 'fire' }> = {
      code: 'fire',
      shooter,
      fire: kind,
      points: total,
    };
    if (onDeck) cause.onDeck = true;
    const left = this.left.get(target.id);
    if (left !== undefined) cause.left = left;
    if (shotDown > 0) cause.shotDown = shotDown;
    if (kinds.length > 1) cause.split = kinds;
    this.byForce.set(target.id, {
      side: target.side,
      force: target.id,
      name: target.name,
      amount: (prev?.amount ?? 0) + result.amount,
      aircraft: (prev?.aircraft ?? 0) + result.aircraft,
      destroyed: target.status === 'lost',
      cause,
      points: total,
      kinds,
    });
  }

  /** Whether `id` took fire in this battle. */
  wasHit(id: string): boolean {
    return this.byForce.has(id);
  }

  /** A crippled ship that could not be saved (crippled.ts): lost after the fire the book holds for her. */
  cripple(target: ForceState, result: { amount: number; aircraft: number }): void {
    const prev = this.byForce.get(target.id);
    if (prev?.cause.code !== 'fire') return;
    this.byForce.set(target.id, {
      ...prev,
      amount: prev.amount + result.amount,
      aircraft: prev.aircraft + result.aircraft,
      destroyed: target.status === 'lost',
      cause: { ...prev.cause, crippled: true },
    });
  }

  /**
   * An army that gave up (`surrendered`: its remaining men are lost as prisoners) or was overwhelmed
   * (`overwhelmed`: its remaining men killed or captured within the month), said so in the report;
   * `cutOff`: it gave up cut off from supply (phases/battles.ts `surrenderBeatenArmies`).
   */
  surrender(target: ForceState, how: 'surrendered' | 'overwhelmed' = 'surrendered', cutOff = false): void {
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
          ? { ...prev.cause, [how]: result.amount, ...(cutOff ? { cutOff: true as const } : {}) }
          : how === 'surrendered'
            ? { code: 'surrendered', men: result.amount, ...(cutOff ? { cutOff: true as const } : {}) }
            : { code: 'overwhelmed', men: result.amount },
      points: prev?.points ?? 0,
      kinds: prev?.kinds ?? [],
    });
  }

  losses(): BattleLoss[] {
    // The list made by spreading, its entries then replaced in place, not by `map`: `map` makes an
    // empty list of small integers (and a full one of objects), so the first battle with no losses
    // met the optimised code of `resolveBattle` and `returnAircrew` with a list of another kind and
    // threw it away; a spread list holds objects whether empty or not (PERFORMANCE.md, pass 28).
    const out: BattleLoss[] = [...this.byForce.values()];
    for (let i = 0; i < out.length; i++) {
      const {
        points: _points,
        kinds: _kinds,
        ...loss
      } = out[i] as BattleLoss & { points: number; kinds: unknown };
      out[i] = loss;
    }
    return out;
  }
}

/** A hit that does its full damage: `fireSalvos`' default, one function, not a closure made per call. */
const FULL_HIT = (_f: ForceState) => 100;

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
  hitPercent: (f: ForceState) => number = FULL_HIT,
): void {
  if (fire <= 0) return;
  const salvos = Math.min(12, Math.max(1, targets.length * 2));
  const base = Math.floor(fire / salvos);
  const n = targets.length;
  // The weight each target draws in the salvo being fired, by position in `targets` (0: not a target
  // now), one list for the call's salvos: a salvo made its list of the living targets and asked each
  // its weight three times (PERFORMANCE.md, pass 33). A list of the call's own, not one kept by the
  // module: the engine keeps no state between calls outside the game's (architecture rules).
  const salvoWeights = new Array<number>(n).fill(0);
  for (let i = 0; i < salvos; i++) {
    const points = base + (i < fire % salvos ? 1 : 0);
    // The salvos' points only fall (the remainder first): none left, none to come.
    if (points === 0) return;
    // The targets still in the fight and their weights, each asked once a salvo (a hit changes
    // them: a carrier that lost her aircraft, an army its men).
    let total = 0;
    let first = -1;
    for (let j = 0; j < n; j++) {
      const t = targets[j]!;
      let w = 0;
      if (t.status === 'active' && !book.hasLeft(t.id)) {
        w = weight(t);
        if (w > 0) {
          total += w;
          if (first < 0) first = j;
        } else w = 0;
      }
      salvoWeights[j] = w;
    }
    if (first < 0) return;
    // The same single draw as ever, walked through the targets in their order.
    let pick = rng.int(total);
    let target = targets[first]!;
    for (let j = first; j < n; j++) {
      const w = salvoWeights[j]!;
      if (w === 0) continue;
      pick -= w;
      if (pick < 0) {
        target = targets[j]!;
        break;
      }
    }
    const percent = hitPercent(target);
    const damage = Math.floor((points * percent) / 100);
    let afloatAt = 100;
    if (target.type === 'ship') {
      // The book's damage control: a ship it keeps afloat leaves the battle (book.withdraw).
      const dc = book.damageControl(target);
      if (keptAfloat(rng, dc, target.damage, Math.floor((damage * 100) / shipToughness(target)))) {
        afloatAt = dc!.afloatDamagePercent;
        book.withdraw(target.id, 'kept-afloat');
      }
    }
    const result =
      target.type === 'flotilla' ? book.hitFlotilla(target, damage) : applyHits(target, damage, afloatAt);
    // Hit too badly to fight on, she turns away under escort and later strikes go for the others:
    // Shōkaku at the Coral Sea and at Santa Cruz (B8 B12).
    if (target.type === 'ship' && target.status === 'active' && target.damage >= book.withdrawDamagePercent)
      book.withdraw(target.id, 'withdrew');
    book.record(target, damage, result, { shooter, fire: kind, onDeck: percent > 100 });
  }
}
