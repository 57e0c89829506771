/**
 * Phase 4 — detection and intelligence.
 *
 * Code-breaking: while a scenario's code-breaking period runs, Allied
 * code-breakers have a chance each turn to read the Japanese operational
 * traffic. When they do, the Allied player is told where the Japanese forces
 * are going, and wherever Allied forces wait there they find the enemy
 * without searching, while the Japanese search at half the chance — as at
 * Midway, where JN-25B decrypts put the US carriers in ambush (B9,
 * C1–C7). Only 10–20% of messages were readable, and the chance is strongest
 * before the codebook change of mid-1942.
 *
 * Search: where enemies meet, each side searches; aircraft make search far
 * likelier. A side that finds the enemy while staying unseen strikes first.
 */

import type { SideId } from '../../scenario/schema';
import { SIDE_IDS } from '../sides';
import { forceById } from '../state';
import { movesOf, type TurnContext } from '../turn-context';
import { area } from '../world';
import { type Contact, hasAircraft, participants } from './contact';

export function runDetectionPhase(ctx: TurnContext, contact: Contact): Map<string, SideId | null> {
  readJapaneseTraffic(ctx);
  const firstStrike = new Map<string, SideId | null>();
  const { searchChance } = ctx.world.scenario.rules;
  for (const areaId of contact.contested) {
    const spotted: Record<SideId, boolean> = { japan: false, allies: false };
    const ambush = ctx.ambushes.has(areaId);
    for (const side of SIDE_IDS) {
      const air = hasAircraft(participants(ctx, contact, areaId, side));
      if (ambush && side === 'allies') {
        spotted.allies = true;
        ctx.items.push({
          kind: 'detection',
          area: areaId,
          side,
          spotted: true,
          chance: 100,
          roll: 0,
          why: 'code-breakers had read the Japanese plan: the Allies were waiting',
        });
        continue;
      }
      let chance = air ? searchChance.withAircraft : searchChance.without;
      if (ambush) chance = Math.floor(chance / 2);
      const { hit, roll } = ctx.rng.chance(chance);
      spotted[side] = hit;
      const why = `searched ${air ? 'with' : 'without'} aircraft${ambush ? ', against an enemy already in position' : ''}`;
      ctx.items.push({ kind: 'detection', area: areaId, side, spotted: hit, chance, roll, why });
    }
    firstStrike.set(areaId, spotted.japan === spotted.allies ? null : spotted.japan ? 'japan' : 'allies');
  }
  return firstStrike;
}

/** The code-breaking roll of this turn, if a period covers the date. */
export function codebreakingChance(ctx: TurnContext): number | null {
  const period = ctx.world.scenario.rules.codebreaking.find(
    (p) => p.from <= ctx.state.date && ctx.state.date <= p.until,
  );
  return period ? period.percent : null;
}

function readJapaneseTraffic(ctx: TurnContext): void {
  const chance = codebreakingChance(ctx);
  if (chance === null) return;
  const { hit, roll } = ctx.rng.chance(chance);
  const moves = movesOf(ctx.orders.japan).filter((o) => ctx.fuelled.has(o.force));
  if (!hit) {
    ctx.items.push({
      kind: 'intelligence',
      side: 'allies',
      chance,
      roll,
      text: 'Code-breakers could not read enough Japanese traffic this turn to learn their plans.',
    });
    return;
  }
  const byDestination = new Map<string, string[]>();
  for (const o of moves) {
    const force = forceById(ctx.state, o.force);
    if (!force) continue;
    byDestination.set(o.to, [...(byDestination.get(o.to) ?? []), force.name]);
    ctx.ambushes.add(o.to);
  }
  const text =
    byDestination.size === 0
      ? 'Code-breakers read Japanese traffic: no major movement is planned.'
      : `Code-breakers read Japanese traffic: ${[...byDestination.entries()]
          .map(([to, names]) => `${names.join(', ')} heading for ${area(ctx.world, to).name}`)
          .join('; ')}.`;
  ctx.items.push({ kind: 'intelligence', side: 'allies', chance, roll, text });
}
