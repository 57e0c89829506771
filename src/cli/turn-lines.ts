/**
 * One turn of a headless game in a few lines a teacher can scan: what fired,
 * who moved, where they fought, what changed hands, and the stocks after.
 */

import type { Intent } from '../ai/intent';
import { assertNever } from '../engine/assert-never';
import type { GameState, TurnReport, World } from '../engine/index';
import { atWar, SIDE_IDS } from '../engine/index';
import { aircrewLine, airReplacementLine } from '../text/air-text';
import { battleSummary, restrikeNoOilText } from '../text/battle-text';
import { builtName, groupBuilt } from '../text/built-text';
import { damageCauseText, retireCauseText } from '../text/damage-text';
import { oilerCargoLine } from '../text/fuel-text';
import { intentHeading, intentLines, intentNames } from '../text/intent-text';
import { detachedLineIn } from '../text/move-text';
import { refusalText } from '../text/refusal-text';
import { reportNames } from '../text/report-names';
import {
  controlCauseText,
  intelligenceText,
  policyLine,
  shippingLine,
  shockLine,
  willItemLines,
} from '../text/report-text';
import { groupDigits } from './format';

export function turnLines(world: World, report: TurnReport, after: GameState): string[] {
  const lines = [`Turn ${report.turn}, ${report.date}`];
  const names = reportNames(world, after);
  const areaName = names.area;
  const sideName = (side: string) =>
    side === 'japan' || side === 'allies' ? world.scenario.sides[side].name : side;
  const moves = { japan: 0, allies: 0 };
  const airMissions = { japan: 0, allies: 0 };
  const intel: string[] = [];
  let built = false;
  for (const item of report.items) {
    switch (item.kind) {
      case 'event':
        lines.push(`  event: ${item.title}`);
        break;
      case 'choice':
        lines.push(`  ${sideName(item.side)} decides: ${item.label}`);
        break;
      case 'reinforcement':
        lines.push(`  reinforcement: ${item.name} arrives in ${areaName(item.area)}`);
        break;
      case 'detached':
        lines.push(`  detachment: ${detachedLineIn(report.items, item, areaName)}`);
        break;
      case 'move':
        moves[item.side]++;
        break;
      case 'battle':
        lines.push(`  ${battleSummary(item, areaName)}`);
        break;
      case 'restrike-no-oil':
        lines.push(`  ${restrikeNoOilText(item, areaName)}`);
        break;
      case 'damage':
        lines.push(
          `  ${item.name} ${item.destroyed ? 'is lost' : `takes ${item.amount} damage`}: ${damageCauseText(item.cause, areaName)}`,
        );
        break;
      case 'intelligence':
        // Read before the Allies gave their orders (readJapaneseIntentions): printed before the moves.
        intel.push(
          `  ${sideName(item.side)} intelligence, before their orders: ${intelligenceText(item, areaName)}`,
        );
        break;
      case 'built':
        // All the turn's builds where the first came, the same stock build in one line (built-text.ts).
        if (built) break;
        built = true;
        for (const group of groupBuilt(report.items.filter((i) => i.kind === 'built')))
          lines.push(`  ${sideName(group.item.side)} completes ${builtName(group)}`);
        break;
      case 'control':
        lines.push(
          `  ${areaName(item.area)} passes from ${sideName(item.from)} to ${sideName(item.to)}: ${controlCauseText(item, names)}`,
        );
        break;
      case 'rejected':
        lines.push(`  ${sideName(item.side)}'s order refused: ${refusalText(item.refusal)}`);
        break;
      case 'shipping': {
        const line = shippingLine(item, areaName(item.area));
        if (line) lines.push(`  ${sideName(item.side)} shipping in ${line}`);
        break;
      }
      case 'policy':
        lines.push(`  ${policyLine(item)}`);
        break;
      case 'repaired':
        lines.push(`  ${item.name} repaired in ${areaName(item.area)} (damage now ${item.damage}%)`);
        break;
      case 'retired':
        lines.push(
          `  ${item.name} retires from ${areaName(item.from)} to ${areaName(item.to)}: ${retireCauseText(item.cause)}`,
        );
        break;
      case 'shock':
        lines.push(`  ${shockLine(item, names)}`);
        break;
      case 'air-replacement':
        lines.push(`  ${airReplacementLine(item)}`);
        break;
      case 'oilers':
        lines.push(`  ${oilerCargoLine(item, areaName)}`);
        break;
      case 'aircrew':
        lines.push(`  ${aircrewLine(item)}`);
        break;
      case 'air-mission':
        airMissions[item.side]++;
        break;
      case 'will':
        if (item.after !== item.before || item.decision)
          lines.push(
            ...willItemLines(item, undefined, !atWar(world, after)).map((line, k) =>
              k === 0 ? `  ${line}` : `    ${line}`,
            ),
          );
        break;
      case 'economy':
      case 'detection':
      case 'end':
        // Stocks are shown below; detection rolls are detail; the end is printed once, after the last turn.
        break;
      default:
        return assertNever(item);
    }
  }
  lines.splice(
    1,
    0,
    ...intel,
    `  moves: ${sideName('japan')} ${moves.japan}, ${sideName('allies')} ${moves.allies}` +
      (airMissions.japan + airMissions.allies > 0
        ? `; air missions: ${sideName('japan')} ${airMissions.japan}, ${sideName('allies')} ${airMissions.allies}`
        : ''),
  );
  const stocks = SIDE_IDS.map((side) => {
    const list = world.scenario.resources.map(
      (r) => `${r.id} ${groupDigits(after.sides[side].stocks[r.id] ?? 0)}`,
    );
    return `${sideName(side)}: ${list.join(', ')}`;
  });
  lines.push(`  stocks after the turn — ${stocks.join(' | ')}`);
  return lines;
}

/** What each computer side said it intended this turn, as the turn report words it. */
export function intentTurnLines(world: World, state: GameState, intents: readonly Intent[]): string[] {
  const names = intentNames(world, state);
  return intents.flatMap((intent) => [
    `  ${intentHeading(intent.side, intent)}`,
    ...intentLines(names, intent).map((line) => `    - ${line}`),
  ]);
}
