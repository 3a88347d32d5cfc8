// `npm test`: every check, in order, stopping at nothing so one run shows all failures.
// Type-check, lint, unit + server tests (on SQLite and on a throwaway PostgreSQL cluster
// the server-postgres project starts), both extension builds, end-to-end in Chromium.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, ensurePostgres, ensureRequestTracker } from './ensure-tools.mjs';

const report = join(mkdtempSync(join(tmpdir(), 'laatu-test-')), 'vitest.json');
const failures = [];

function step(name, cmd, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (result.status !== 0) failures.push(name);
  return result.status === 0;
}

ensureChromium();
ensureRequestTracker();
ensurePostgres();
step('type-check', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
const built =
  step('build extension', 'npx', ['wxt', 'build']) &&
  step('build test extension', 'npx', ['wxt', 'build'], { LAATU_TEST_HOSTS: '1' });
const projects = built ? [] : ['--project', 'unit', '--project', 'server', '--project', 'server-postgres'];
step('vitest (unit, server, server-postgres, e2e)', 'npx', [
  'vitest', 'run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
]);

let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
} catch {
  failures.push('vitest report');
}
console.log(`\nSteps failed: ${failures.length ? failures.join(', ') : 'none'}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
