/**
 * The only source of chance. The generator is Alea (seedrandom's, written out below), whose whole
 * state is four numbers kept inside the game state, so a saved game or a
 * replay continues exactly where it stopped.
 */
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
  // seedrandom's Alea seeding (lib/alea.js), step for step: three hashes of ' ' less three of the seed.
  const mash = new Mash();
  let s0 = mash.hash(' ');
  let s1 = mash.hash(' ');
  let s2 = mash.hash(' ');
  s0 -= mash.hash(seed);
  if (s0 < 0) s0 += 1;
  s1 -= mash.hash(seed);
  if (s1 < 0) s1 += 1;
  s2 -= mash.hash(seed);
  if (s2 < 0) s2 += 1;
  return { c: 1, s0, s1, s2 };
}

export function restoreRng(state: RngState): Rng {
  return new AleaRng(state);
}

/**
 * The Alea generator of seedrandom (lib/alea.js, Johannes Baagøe's algorithm), written out: the
 * same arithmetic on the same four numbers, so every draw and every saved state is the one
 * seedrandom gives (the golden replays hold them). seedrandom's `alea(seed, { state })` builds a
 * seeder and five closures for each generator, and to restore a state it first seeded one from
 * '' only to overwrite it — about 1% of a game for the two or three generators a turn restores and
 * seeds (docs/PERFORMANCE.md, pass 27). Its methods are the class's, not closures made for each
 * generator: under tsx every named closure also costs a `__name` call (PERFORMANCE.md).
 */
class AleaRng implements Rng {
  private c: number;
  private s0: number;
  private s1: number;
  private s2: number;
  constructor(state: RngState) {
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
  }
  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    this.s2 = t - this.c;
    return this.s2;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(percent: number): { hit: boolean; roll: number } {
    const roll = Math.floor(this.next() * 100);
    return { hit: roll < percent, roll };
  }
  state(): RngState {
    // The fields in seedrandom's order (its `copy`): the state is hashed and saved as it is.
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}

/** seedrandom's Mash hash (lib/alea.js): its running value carries over from one call to the next. */
class Mash {
  private n = 0xefc8249d;
  hash(data: string): number {
    let n = this.n;
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000; // 2^32
    }
    this.n = n;
    return (n >>> 0) * 2.3283064365386963e-10; // 2^-32
  }
}
