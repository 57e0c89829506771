import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { scenarioIndexPlugin } from './scripts/scenario-index.mjs';

export default defineConfig({
  test: {
    projects: [
      {
        // The bundled scenarios' index (`virtual:scenario-index`), as the game's build makes it.
        plugins: [scenarioIndexPlugin(fileURLToPath(new URL('./scenarios', import.meta.url)))],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/property/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
