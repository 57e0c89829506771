#!/usr/bin/env node
// Makes sure a Chromium is available for the browser tests. It never downloads
// a browser itself: it uses CHROMIUM_PATH or /usr/bin/chromium, and on Debian,
// as root, installs the distribution's package with apt-get.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const HOW_TO =
  'Browser tests need Chromium: install it with "sudo apt-get install chromium" or set CHROMIUM_PATH to a Chromium executable';

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv) {
  if (existsSync(fromEnv)) process.exit(0);
  console.error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${HOW_TO}`);
  process.exit(1);
}
if (existsSync(SYSTEM_CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!(isRoot && existsSync('/etc/debian_version'))) {
  console.error(HOW_TO);
  process.exit(1);
}

console.log('Chromium is missing: installing the Debian package (apt-get install chromium)…');
const apt = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], { stdio: 'inherit' });
if (apt.status !== 0 || !existsSync(SYSTEM_CHROMIUM)) {
  console.error(`Installing Chromium with apt-get failed. ${HOW_TO}`);
  process.exit(1);
}
const version = spawnSync(SYSTEM_CHROMIUM, ['--version'], { encoding: 'utf8' });
console.log(version.stdout?.trim() || 'Chromium installed.');
