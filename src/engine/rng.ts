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
  return new AleaRng(seedrandom.alea('', { state: { ...state } }));
}

/**
 * The generator's methods are the class's, not closures made for each generator: a turn restores
 * one or two, and under tsx every named closure also costs a `__name` call (PERFORMANCE.md).
 */
class AleaRng implements Rng {
  constructor(private readonly alea: ReturnType<typeof seedrandom.alea>) {}
  next(): number {
    return this.alea();
  }
  int(n: number): number {
    return Math.floor(this.alea() * n);
  }
  chance(percent: number): { hit: boolean; roll: number } {
    const roll = Math.floor(this.alea() * 100);
    return { hit: roll < percent, roll };
  }
  state(): RngState {
    return this.alea.state() as RngState;
  }
}
