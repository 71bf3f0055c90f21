#!/usr/bin/env node
// Starts the product with the README's start command on a fresh embedded database, creates a link over
// GraphQL, follows it, sees the click, restarts, and checks the data survived.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 4700 + Math.floor(Math.random() * 200);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'smart-links-smoke-'));
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : ` ${detail}`}`);
}

async function startProduct() {
  const child = spawn('npm', ['start'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (output.includes('listening on')) return child;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  console.log(output);
  throw new Error('the product did not start');
}

async function stopProduct(child) {
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
  // npm may exit before the server has finished its graceful shutdown; it releases the lock last.
  const deadline = Date.now() + 30_000;
  while (existsSync(join(dataDir, 'embedded.lock')) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200));
}

let cookie = '';
async function gql(query, variables = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('sl_session='));
  if (setCookie) cookie = setCookie.split(';')[0];
  return res.json();
}

try {
  let child = await startProduct();
  const signUp = await gql('mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
    i: { email: 'smoke@example.com', password: 'smoke-test-password', accountName: 'Smoke' },
  });
  check('sign up', Boolean(signUp.data?.signUp?.id), JSON.stringify(signUp));
  const created = await gql(
    'mutation { createLink(input: { destinationUrl: "https://example.com/landing", title: "Smoke" }) { id code } }',
  );
  const link = created.data?.createLink;
  check('create a link', Boolean(link?.code), JSON.stringify(created));
  const res = await fetch(`${base}/${link.code}?utm_source=smoke`, {
    redirect: 'manual',
    headers: {
      'user-agent':
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    },
  });
  check(
    'redirect',
    res.status === 302 && res.headers.get('location') === 'https://example.com/landing?utm_source=smoke',
    `${res.status} ${res.headers.get('location')}`,
  );
  await new Promise((r) => setTimeout(r, 500));
  const counted = await gql('query($id: ID!) { link(id: $id) { clickCount } }', { id: link.id });
  check('click recorded', counted.data?.link?.clickCount === 1, JSON.stringify(counted));
  const spa = await fetch(`${base}/app/`);
  check('dashboard served', spa.status === 200 && (await spa.text()).includes('<div id="root">'));

  await stopProduct(child);
  child = await startProduct();
  const again = await gql('query($id: ID!) { link(id: $id) { clickCount } }', { id: link.id });
  check('data kept across a restart', again.data?.link?.clickCount === 1, JSON.stringify(again));
  await stopProduct(child);
} catch (error) {
  check('smoke run', false, String(error));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
