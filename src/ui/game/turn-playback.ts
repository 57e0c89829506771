/**
 * A resolved turn as the board plays it: what moved where (along its route),
 * then the battles and the areas that changed hands. Used by the game screen
 * after End turn and by the replay viewer when it steps forward one turn.
 */
import { type GameState, moveRoute, type TurnReport, type World } from '../../engine/index';
import type { BoardScene, PlaybackMark, PlaybackMove } from '../board/board-scene';
import { button } from '../kit/dom';

export interface TurnPlayback {
  moves: PlaybackMove[];
  marks: PlaybackMark[];
}

/** The playback of `report`, the turn that started from `before`. */
export function playbackOf(world: World, before: GameState, report: TurnReport): TurnPlayback {
  const seen = new Set<string>();
  const moves: PlaybackMove[] = [];
  const marks: PlaybackMark[] = [];
  for (const i of report.items) {
    if (i.kind === 'move') {
      const key = `${i.side}|${i.from}|${i.to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const route = moveRoute(world, before, i.side, { type: 'move', force: i.force, to: i.to });
      moves.push({ side: i.side, route: route ?? [i.from, i.to] });
    } else if (i.kind === 'battle') marks.push({ kind: 'battle', area: i.area });
    else if (i.kind === 'control')
      marks.push({
        kind: 'control',
        area: i.area,
        ...(i.to === 'japan' || i.to === 'allies' ? { side: i.to } : {}),
      });
  }
  return { moves, marks };
}

/** Whether the player asked for less motion (the playback is then left out). */
export function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Plays `playback` on the board with a Skip button over it (in `wrap`);
 * Escape or Space skips too. Resolves when it is over or skipped.
 */
export async function playWithSkip(scene: BoardScene, wrap: HTMLElement | null, playback: TurnPlayback) {
  if (playback.moves.length === 0 && playback.marks.length === 0) return;
  const skip = button('Skip ▸▸', () => scene.skipPlayback(), {
    className: 'skip-playback',
    key: 'skip-playback',
    label: 'Skip the playback of the turn',
  });
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' || e.key === ' ') {
      e.preventDefault();
      scene.skipPlayback();
    }
  };
  wrap?.append(skip);
  document.addEventListener('keydown', onKey);
  try {
    await scene.playTurn(playback.moves, playback.marks);
  } finally {
    document.removeEventListener('keydown', onKey);
    skip.remove();
  }
}
