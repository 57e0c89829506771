import { defineConfig, type Plugin } from 'vite';

/**
 * The production page's Content-Security-Policy: no inline script and no eval
 * (zod runs jitless), styles only from the game's own files, data only from
 * the game itself or from scenario links (https/http fetches of JSON, which is
 * only ever parsed as data). Added to the built page only: the dev server
 * injects inline styles for hot reloading.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https: http:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'price-of-victory-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The game is a static site: relative paths so dist/ works from any folder or a file share.
export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
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
