import { defineConfig } from 'vite';

// The game is a static site: relative paths so dist/ works from any folder or a file share.
export default defineConfig({
  base: './',
  build: {
    // Phaser alone is ~1.2 MB minified: it gets its own chunk so browsers cache it across game updates.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
});
