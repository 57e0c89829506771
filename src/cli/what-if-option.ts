/** `--what-if <id>`: play a scenario's counterfactual instead of the scenario itself. */
import type { Scenario } from '../scenario/schema';
import { applyWhatIf, unknownWhatIfMessage, whatIfById } from '../scenario/what-if';
import type { ParsedArgs } from './args';
import { UsageError } from './errors';

export interface ChosenWhatIf {
  id: string;
  title: string;
}

/** The scenario to play (the what-if applied, if one was named) and which what-if it is. */
export function whatIfOption(
  args: ParsedArgs,
  scenario: Scenario,
  command: string,
): { scenario: Scenario; whatIf: ChosenWhatIf | null } {
  const id = args.values.get('what-if');
  if (id === undefined) return { scenario, whatIf: null };
  const found = whatIfById(scenario, id);
  if (!found) throw new UsageError(`${command}: --what-if: ${unknownWhatIfMessage(scenario, id)}`, command);
  return { scenario: applyWhatIf(scenario, id), whatIf: { id: found.id, title: found.title } };
}
