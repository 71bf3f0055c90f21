#!/usr/bin/env node
// Prints the size of the JavaScript a first visit downloads as it is sent (the build's brotli copies, which
// the server picks for every current browser; the entry chunk and everything it imports statically; lazy
// chunks such as the chart and the map are not counted) and fails above the budget.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 130;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const base = '/app/';

const toFile = (url) => join(dist, url.startsWith(base) ? url.slice(base.length) : url);
const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => toFile(m[1]));
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) =>
  toFile(m[1]),
);
if (entries.length === 0) {
  console.error('check-bundle-size: no module script in dist/index.html — run the build first');
  process.exit(1);
}

// Static imports only: `import(...)` is a lazy chunk and is excluded by the `[^"'();]` guard.
const STATIC_IMPORT = /\bimport\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const seen = new Set();
const queue = [...entries, ...preloads];
while (queue.length > 0) {
  const file = queue.pop();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT)) queue.push(resolve(dirname(file), match[1]));
}

// A file with no brotli copy goes out as it is: count it at full size.
const sentSize = (file, extension) =>
  existsSync(file + extension) ? statSync(file + extension).size : statSync(file).size;

let total = 0;
let totalGzip = 0;
const rows = [...seen].map((file) => {
  const br = sentSize(file, '.br');
  const gz = sentSize(file, '.gz');
  total += br;
  totalGzip += gz;
  return { file: file.slice(dist.length + 1), kb: br / 1024, gzKb: gz / 1024 };
});
rows.sort((a, b) => b.kb - a.kb);
for (const row of rows) {
  console.log(
    `  ${row.kb.toFixed(1).padStart(7)} KB br ${row.gzKb.toFixed(1).padStart(7)} KB gzip  ${row.file}`,
  );
}
const totalKb = total / 1024;
console.log(
  `Initial JS as sent: ${totalKb.toFixed(1)} KB brotli (${(totalGzip / 1024).toFixed(1)} KB gzip) ` +
    `in ${rows.length} files (budget ${BUDGET_KB} KB)`,
);
if (totalKb > BUDGET_KB) {
  console.error(
    `Initial JS is over the ${BUDGET_KB} KB budget: code-split more (React.lazy) or drop a dependency.`,
  );
  process.exit(1);
}
