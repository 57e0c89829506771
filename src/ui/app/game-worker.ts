/**
 * The game's Web Worker, one script for every job done off the page's thread:
 * the computer player's decisions (game/computer-worker.ts) and the class
 * results' replay checks and computer batches (classroom/class-results-worker.ts).
 * One script means one copy of the engine and the bots to download and cache;
 * each page starts its own workers from it, as before, and each request is
 * answered by the same code as before, so nothing they compute changes.
 */
import './zod-setup';
import { answerClassResults, type WorkerRequest } from '../classroom/class-results-worker';
import { answerComputer, type ComputerRequest } from '../game/computer-worker';

export type GameWorkerRequest = ComputerRequest | WorkerRequest;

self.onmessage = (e: MessageEvent<GameWorkerRequest>) => {
  const request = e.data;
  self.postMessage(request.type === 'decide' ? answerComputer(request) : answerClassResults(request));
};
