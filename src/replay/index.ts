/** Replays: record a game, save it as data, load it safely, and prove it replays exactly. */

export { describeOrder } from '../text/replay-text';
export { type AfterAction, buildAfterAction, type ChartSeries, type TimelineEntry } from './after-action';
export { branchReplay } from './branch';
export { type Comparison, compareReplays } from './compare';
export { loadReplayText, loadReplayValue } from './load';
export { createRecorder, legalOrders, newReplay, type Recorder, recordTurn } from './recorder';
export { type ReplayedTurn, replayTurns } from './replay-turns';
export { scenarioHash } from './scenario-hash';
export { MAX_REPLAY_TURNS, type Players, REPLAY_VERSION, Replay, ReplayTurn } from './schema';
export { MAX_LINK_FRAGMENT, replayFromFragment, replayToFragment } from './share-link';
export { type ReplayProblem, scenarioMismatch, type VerifyResult, verifyReplay } from './verify';
