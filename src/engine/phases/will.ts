/**
 * Phase 7 — national will and the end of the game. Japan surrenders when its
 * will breaks; the Allies accept a negotiated peace when theirs does first.
 * Japan's check comes first: in the historical war Japan's will broke while
 * the Allies' held (HISTORY.md §6, Aug 1945).
 */
import { winnerOf } from '../state';
import type { TurnContext } from '../turn-context';

export function runWillPhase(ctx: TurnContext): void {
  const { world, state } = ctx;
  const { victory, calendar } = world.scenario;
  if (state.outcome) return;
  const will = (side: 'japan' | 'allies') => state.sides[side].stocks[victory.willResource] ?? 0;
  const end = (kind: 'japan-surrenders' | 'negotiated-peace' | 'last-turn', reason: string) => {
    state.outcome = { kind, winner: winnerOf(kind), turn: state.turn, date: state.date, reason };
  };
  if (will('japan') <= victory.surrenderWill) {
    end(
      'japan-surrenders',
      `Japan's national will fell to ${will('japan')} (surrender at ${victory.surrenderWill} or less)`,
    );
  } else if (will('allies') <= victory.peaceWill) {
    end('negotiated-peace', `the Allies' will fell to ${will('allies')}: they accept a negotiated peace`);
  } else if (state.turn >= calendar.lastTurn) {
    end('last-turn', `the scenario's last turn (${calendar.lastTurn}) has been played`);
  }
}
