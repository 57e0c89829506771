/**
 * A tiny bus between the game screen's menus and the page (main.ts), so the
 * game screen never imports the replay viewer or the compare view: "open this
 * replay in the viewer", "compare these two games".
 */
import type { Replay } from '../../replay/index';

export type ClassroomRequest =
  | { kind: 'view-replay'; replay: Replay; turn?: number }
  | { kind: 'compare'; a: Replay; b: Replay };

const EVENT = 'pov:classroom';

export function requestClassroom(request: ClassroomRequest) {
  window.dispatchEvent(new CustomEvent<ClassroomRequest>(EVENT, { detail: request }));
}

export function onClassroomRequest(handler: (request: ClassroomRequest) => void) {
  window.addEventListener(EVENT, (e) => handler((e as CustomEvent<ClassroomRequest>).detail));
}

/** The game a branch was taken from, so the branch can be compared with it. */
let origin: { replay: Replay; turn: number } | null = null;

export function setBranchOrigin(replay: Replay, turn: number) {
  origin = { replay, turn };
}

/** The original of a branch with this scenario and seed, if this page made one. */
export function branchOrigin(scenarioHash: string, seed: string): { replay: Replay; turn: number } | null {
  return origin && origin.replay.scenario.hash === scenarioHash && origin.replay.seed === seed
    ? origin
    : null;
}
