// Bundled on the fly by determinism.test.ts: the engine's replay in a real browser.
import { replayHashes } from '../../src/replay/replay-hashes';

declare global {
  interface Window {
    replayHashes: typeof replayHashes;
  }
}
window.replayHashes = replayHashes;
