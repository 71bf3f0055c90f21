#!/usr/bin/env node
// Fails when a production dependency's licence is not on the permissive (MIT-compatible) list.
import { execSync } from 'node:child_process';

const ALLOWED = new Set([
  'MIT',
  'MIT-0',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'Unlicense',
  'CC0-1.0',
  '(MIT AND BSD-3-Clause)',
  '(MIT AND Zlib)',
  '(MIT OR Apache-2.0)',
]);
// Packages whose licence field names more than their code: geoip-lite's bundled data is GeoLite2
// (CC BY-SA 4.0), credited in the README as its licence asks.
const REVIEWED = new Map([['geoip-lite', 'Apache-2.0 code; GeoLite2 data CC BY-SA 4.0, credited in README']]);

const byLicence = JSON.parse(
  execSync('pnpm licenses list --prod --json', { encoding: 'utf8', maxBuffer: 64 << 20 }),
);
const refused = [];
let count = 0;
for (const [licence, packages] of Object.entries(byLicence)) {
  for (const pkg of packages) {
    count++;
    if (!ALLOWED.has(licence) && !REVIEWED.has(pkg.name))
      refused.push(`${pkg.name}@${pkg.versions.join(',')}: ${licence}`);
  }
}
if (refused.length > 0) {
  console.error(`Dependencies whose licence is not MIT-compatible:\n  ${refused.join('\n  ')}`);
  process.exit(1);
}
console.log(`Licences: ${count} production packages, all MIT-compatible.`);
