/** The end of the game in words. */
import type { Outcome } from '../engine/index';

const KIND: Record<Outcome['kind'], string> = {
  'japan-surrenders': 'Japan surrenders',
  'negotiated-peace': 'The Allies accept a negotiated peace',
  'japan-collapse': 'Japan collapses',
  'last-turn': 'The scenario is over',
};

export function outcomeTitle(o: Outcome): string {
  return KIND[o.kind];
}

export function outcomeText(o: Outcome): string {
  const who =
    o.winner === 'draw' ? 'Neither side has won' : o.winner === 'japan' ? 'Japan wins' : 'The Allies win';
  return `${KIND[o.kind]}: ${o.reason}. ${who}.`;
}
