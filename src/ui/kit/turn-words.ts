/** What a turn is called in this scenario: "month"/"months", "week"/"weeks", or "turn"/"turns". */
import type { Scenario } from '../../scenario/schema';

export function turnWord(scenario: Scenario): { one: string; many: string } {
  const { unit, count } = scenario.calendar.turnLength;
  if (count === 1) return { one: unit, many: `${unit}s` };
  return { one: 'turn', many: 'turns' };
}
