/** The end of the game in words. */
import type { Outcome } from '../engine/index';
import { outcomeName } from '../text/report-text';

export function outcomeTitle(o: Outcome): string {
  return outcomeName(o.kind);
}

/** The reason and who won, for under the title: "Japan's national will broke. The Allies win." */
export function outcomeLine(o: Outcome): string {
  const who =
    o.winner === 'draw' ? 'Neither side has won' : o.winner === 'japan' ? 'Japan wins' : 'The Allies win';
  return `${o.reason.charAt(0).toUpperCase()}${o.reason.slice(1)}. ${who}.`;
}
