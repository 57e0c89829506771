/** Plain-language descriptions of areas, shared by the board and the area panel. */
import type { AreaDef, Scenario } from '../../scenario/schema';
import { formatNumber } from '../kit/format';

/** "a month", "a week", "every 2 weeks", … */
export function perTurn(scenario: Scenario): string {
  const { unit, count } = scenario.calendar.turnLength;
  return count === 1 ? `a ${unit}` : `every ${count} ${unit}s`;
}

function resourceName(scenario: Scenario, id: string): string {
  return scenario.resources.find((r) => r.id === id)?.name ?? id;
}

/** "oil +700 a month", or null if the area produces nothing. */
export function productionLine(scenario: Scenario, area: AreaDef): string | null {
  const parts = Object.entries(area.produces)
    .filter(([, v]) => v !== 0)
    .map(([id, v]) => `${resourceName(scenario, id).toLowerCase()} +${formatNumber(v)}`);
  return parts.length ? `${parts.join(', ')} ${perTurn(scenario)}` : null;
}

/** "Island · port · airfield", "Sea area". */
export function kindLine(area: AreaDef): string {
  const kind = area.kind === 'sea' ? 'Sea area' : area.kind === 'island' ? 'Island' : 'Land';
  const extras = [
    area.tags.includes('capital') ? 'capital' : '',
    area.port ? 'port' : '',
    area.airfield ? 'airfield' : '',
  ];
  return [kind, ...extras.filter(Boolean)].join(' · ');
}
