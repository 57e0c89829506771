/**
 * Words of the teacher's Class results page that say something about the
 * games as a whole (src/ui/classroom/class-results.ts renders them).
 */
import type { Outcome } from '../engine/index';

/**
 * The line that stands for the "How the games ended" chart when every game ended the same way:
 * "Every game reached its last turn."
 */
export function everyGameEndedText(kind: Outcome['kind'] | 'unfinished'): string {
  switch (kind) {
    case 'last-turn':
      return 'Every game reached its last turn.';
    case 'japan-surrenders':
      return 'Every game ended with Japan’s surrender.';
    case 'japan-collapse':
      return 'Every game ended with Japan’s collapse.';
    case 'terms-accepted':
      return 'Every game ended with Japan accepting the American terms.';
    case 'negotiated-peace':
      return 'Every game ended in a negotiated peace.';
    case 'unfinished':
      return 'No game was played to its end.';
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** The class results' table of Japan's shipping war in each game (compare31). */
export const shippingTableText = {
  heading: 'Japan’s shipping war in each game',
  hint: 'Over the whole game, from the first turn to the last one played. Ships in thousand gross tons (GT measures a ship’s size; a typical cargo ship was about 5,000 GT), oil in thousand barrels.',
  file: 'File (who played)',
  merchant: 'Merchant ships left (thousand GT)',
  tankers: 'Tankers left (thousand GT)',
  submarines: 'Ships sunk by submarines (thousand GT)',
  aircraft: 'Ships sunk by aircraft (thousand GT)',
  mines: 'Ships sunk by mines (thousand GT)',
  sunk: 'All ships sunk (thousand GT)',
  oil: 'Oil shipped home (thousand bbl)',
} as const;
