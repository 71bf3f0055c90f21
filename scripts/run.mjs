#!/usr/bin/env node
// `npm start` / `npm test` on a machine with only Node and npm: fetches the pinned pnpm through npx,
// installs the locked dependencies, builds, then starts the product or runs every test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function hasPnpm() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  return probe.status === 0 && `pnpm@${probe.stdout.trim()}` === packageManager;
}
const pnpm = hasPnpm() ? ['pnpm'] : ['npx', '--yes', packageManager];

function run(args, extraEnv = {}) {
  const [cmd, ...rest] = [...pnpm, ...args];
  const result = spawnSync(cmd, rest, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const command = process.argv[2];
if (!['start', 'test'].includes(command)) {
  console.error('usage: node scripts/run.mjs start|test');
  process.exit(2);
}

run(['install', '--frozen-lockfile', '--reporter=append-only'], { CI: 'true' });
if (command === 'start') {
  run(['run', 'build']);
  // Run from the repository root so the default DATA_DIR is ./data here; forward Ctrl-C and SIGTERM.
  const server = spawn(process.execPath, ['--enable-source-maps', 'server/dist/src/main.js'], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  run(['run', 'test:all']);
}
