/**
 * The standings of a tournament: each policy's wins, draws and losses over
 * all its games on both sides, its score (a win is 1, a draw ½) and an Elo
 * rating. The Elo ratings are computed game by game in one fixed order —
 * game 1 of every match, then game 2 of every match, … — so the same games
 * always give the same ratings, and no match's games all come last (the
 * updates of the last games weigh most in a running Elo). Within one game
 * index the matches go in the order of the policies as given.
 */
import type { SideId } from '../scenario/schema';

/** One game of the tournament: who played each side and who won. */
export interface TournamentGame {
  /** The game's index within its match (its seed is index + 1). */
  index: number;
  japan: string;
  allies: string;
  /** `draw` also for a game that did not end. */
  winner: SideId | 'draw';
}

export interface Standing {
  policy: string;
  score: number;
  elo: number;
  wins: number;
  draws: number;
  losses: number;
}

/** Every policy starts at this rating. */
export const ELO_START = 1500;
/** How far one game moves a rating (the usual value for players with many games). */
export const ELO_K = 16;

/** The expected score of a player rated `a` against one rated `b`. */
export function eloExpected(a: number, b: number): number {
  return 1 / (1 + 10 ** ((b - a) / 400));
}

/**
 * The standings, best score first (then Elo, then the order the policies were
 * given in). The order of `games` does not matter: they are rated in the order
 * described above.
 */
export function standings(policies: readonly string[], games: readonly TournamentGame[]): Standing[] {
  const table = new Map<string, Standing>(
    policies.map((p) => [p, { policy: p, score: 0, elo: ELO_START, wins: 0, draws: 0, losses: 0 }]),
  );
  const rating = new Map<string, number>(policies.map((p) => [p, ELO_START]));
  const at = new Map(policies.map((p, i) => [p, i]));
  const match = (g: TournamentGame) => (at.get(g.japan) ?? 0) * policies.length + (at.get(g.allies) ?? 0);
  // Stable sort: games of the same index and match keep the order given.
  const ordered = [...games].sort((x, y) => x.index - y.index || match(x) - match(y));
  for (const g of ordered) {
    const japan = table.get(g.japan);
    const allies = table.get(g.allies);
    if (!japan || !allies)
      throw new Error(`a game of a policy not in the tournament: ${g.japan} v ${g.allies}`);
    if (g.winner === 'draw') {
      japan.draws++;
      allies.draws++;
    } else {
      const [won, lost] = g.winner === 'japan' ? [japan, allies] : [allies, japan];
      won.wins++;
      lost.losses++;
    }
    const ra = rating.get(g.japan)!;
    const rb = rating.get(g.allies)!;
    const sa = g.winner === 'japan' ? 1 : g.winner === 'draw' ? 0.5 : 0;
    const change = ELO_K * (sa - eloExpected(ra, rb));
    rating.set(g.japan, ra + change);
    rating.set(g.allies, rb - change);
  }
  return [...table.values()]
    .map((s) => ({ ...s, score: s.wins + s.draws / 2, elo: Math.round(rating.get(s.policy)!) }))
    .sort((a, b) => b.score - a.score || b.elo - a.elo || at.get(a.policy)! - at.get(b.policy)!);
}

/** One match's games, from Japan's side: how many each side won and how many were drawn. */
export interface MatchRecord {
  japan: string;
  allies: string;
  japanWins: number;
  draws: number;
  alliesWins: number;
}

/**
 * The games match by match (`--by-match`), in the order the matches were first played: a level
 * "beats the historical plan on both sides" only if its Japan and its Allies each do better in
 * their own match than the plan does in the same seat — which the standings, summed over both
 * sides, cannot show.
 */
export function byMatch(games: readonly TournamentGame[]): MatchRecord[] {
  const records = new Map<string, MatchRecord>();
  for (const g of games) {
    const key = `${g.japan}\u0000${g.allies}`;
    let r = records.get(key);
    if (!r) {
      r = { japan: g.japan, allies: g.allies, japanWins: 0, draws: 0, alliesWins: 0 };
      records.set(key, r);
    }
    if (g.winner === 'japan') r.japanWins++;
    else if (g.winner === 'allies') r.alliesWins++;
    else r.draws++;
  }
  return [...records.values()];
}
