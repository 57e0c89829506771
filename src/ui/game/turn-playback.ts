/**
 * A resolved turn as the board plays it: what moved where (along its route),
 * then the battles, the ships and shipping sunk (on the sea lanes where they
 * went down) and the areas that changed hands. Used by the game screen
 * after End turn and by the replay viewer when it steps forward one turn.
 */
import { type GameState, moveRoute, type TurnReport, type World } from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import type { BoardScene, PlaybackMark, PlaybackMove } from '../board/board-scene';
import { button } from '../kit/dom';
import { formatNumber } from '../kit/format';

export interface TurnPlayback {
  moves: PlaybackMove[];
  marks: PlaybackMark[];
}

/** The playback of `report`, the turn that started from `before`. */
export function playbackOf(world: World, before: GameState, report: TurnReport): TurnPlayback {
  const seen = new Set<string>();
  const moves: PlaybackMove[] = [];
  const marks: PlaybackMark[] = [];
  const movedTo = new Map<string, string>();
  for (const i of report.items) {
    if (i.kind === 'move') {
      movedTo.set(i.force, i.to);
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
  marks.push(...sinkingsOf(before, report, movedTo));
  return { moves, marks };
}

/**
 * Where ships and shipping went down this turn, one mark per place and side: warships and
 * transports sunk in battle (in the battle's area) or by damage (where the ship was, after
 * its move), and merchant tonnage sunk in each sea area by submarines, aircraft and mines.
 */
function sinkingsOf(before: GameState, report: TurnReport, movedTo: ReadonlyMap<string, string>) {
  const isShip = (id: string) => before.forces.find((f) => f.id === id)?.type === 'ship';
  const at = new Map<string, { area: string; side: SideId; ships: number; kgt: number }>();
  const add = (area: string, side: SideId, ships: number, kgt: number) => {
    const key = `${area}|${side}`;
    const m = at.get(key) ?? { area, side, ships: 0, kgt: 0 };
    m.ships += ships;
    m.kgt += kgt;
    at.set(key, m);
  };
  for (const i of report.items) {
    if (i.kind === 'battle') {
      for (const l of i.losses) if (l.destroyed && isShip(l.force)) add(i.area, l.side, 1, 0);
    } else if (i.kind === 'damage' && i.destroyed && isShip(i.force)) {
      const area = movedTo.get(i.force) ?? before.forces.find((f) => f.id === i.force)?.location;
      if (area) add(area, i.side, 1, 0);
    } else if (i.kind === 'shipping') {
      const kgt = i.sunkBySubmarines + i.sunkByAircraft + i.sunkByMines;
      if (kgt > 0) add(i.area, i.side, 0, kgt);
    }
  }
  return [...at.values()].map((m): PlaybackMark => ({ kind: 'sinking', ...m, label: sinkingLabel(m) }));
}

/** "2 ships and 50,000 tons of shipping sunk", "50,000 tons sunk", "1 ship sunk". */
export function sinkingLabel(m: { ships: number; kgt: number }): string {
  const ships = m.ships > 0 ? `${m.ships} ${m.ships === 1 ? 'ship' : 'ships'}` : '';
  const tons = m.kgt > 0 ? `${formatNumber(m.kgt * 1000)} tons` : '';
  return `${[ships, tons].filter(Boolean).join(' + ')} sunk`;
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
