/** The end of the game in words (src/text: the command line prints the same). */
import type { Outcome } from '../../engine/index';
import { outcomeName } from '../../text/report-text';

export { outcomeLine } from '../../text/end-text';

export function outcomeTitle(o: Outcome): string {
  return outcomeName(o.kind);
}
