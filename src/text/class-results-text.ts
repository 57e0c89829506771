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

/** Under a game's tonnage sunk, by what: "submarines 1,025 · aircraft 2,040 · mines 12" (`n` formats a number). */
export function sunkCausesText(
  submarines: number,
  aircraft: number,
  mines: number,
  n: (x: number) => string,
): string {
  return `submarines ${n(submarines)} · aircraft ${n(aircraft)} · mines ${n(mines)}`;
}
