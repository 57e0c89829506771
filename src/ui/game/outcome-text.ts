/** The end of the game in words. */
import type { Outcome } from '../../engine/index';
import { type EndNames, endText } from '../../text/end-text';
import { outcomeName } from '../../text/report-text';

export function outcomeTitle(o: Outcome): string {
  return outcomeName(o.kind);
}

/** The reason and who won, for under the title: "Japan's national will broke. The Allies win." */
export function outcomeLine(o: Outcome, names: EndNames): string {
  const words = endText(o, names);
  const reason = `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
  // At the last turn the goals decide who won (the verdict on the end screen), not the engine's draw.
  if (o.kind === 'last-turn') return reason;
  const who =
    o.winner === 'draw' ? 'Neither side has won' : o.winner === 'japan' ? 'Japan wins' : 'The Allies win';
  return `${reason} ${who}.`;
}
