#!/usr/bin/env node
// Fails when schema.graphql or the client's generated code differ from what the code produces now.
import { execSync } from 'node:child_process';

const files = ['schema.graphql', 'client/src/gql'];
execSync('pnpm codegen', { stdio: 'inherit' });
const diff = execSync(`git status --porcelain -- ${files.join(' ')}`, { encoding: 'utf8' }).trim();
if (diff) {
  console.error(`\nGenerated files are stale. Run \`pnpm codegen\` and commit the result:\n${diff}`);
  execSync(`git --no-pager diff --stat -- ${files.join(' ')}`, { stdio: 'inherit' });
  process.exit(1);
}
console.log('schema.graphql and client/src/gql are up to date.');
