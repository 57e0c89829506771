/**
 * The only source of chance. The generator is Alea (seedrandom), whose whole
 * state is four numbers kept inside the game state, so a saved game or a
 * replay continues exactly where it stopped.
 */
import seedrandom from 'seedrandom';

export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export interface Rng {
  /** A fraction in [0, 1). */
  next(): number;
  /** A whole number in [0, n). */
  int(n: number): number;
  /** True with probability percent/100. Returns the roll (0–99) too, for the report. */
  chance(percent: number): { hit: boolean; roll: number };
  state(): RngState;
}

export function seedRng(seed: string): RngState {
  return seedrandom.alea(seed, { state: true }).state() as RngState;
}

export function restoreRng(state: RngState): Rng {
  const alea = seedrandom.alea('', { state: { ...state } });
  const next = () => alea();
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (percent) => {
      const roll = Math.floor(next() * 100);
      return { hit: roll < percent, roll };
    },
    state: () => alea.state() as RngState,
  };
}
