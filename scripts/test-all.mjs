#!/usr/bin/env node
// `npm test`: every test the project has. Unit and property tests first (Node),
// then the production build, then the browser tests against that build in the
// system Chromium (installed from Debian when missing and we are root).
import { spawnSync } from 'node:child_process';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('node', ['scripts/ensure-chromium.mjs']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vitest', 'run']);
