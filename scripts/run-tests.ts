/**
 * `npm test`: runs every test (unit, built site, browser) with Vitest and closes with the line
 * `N passed, N failed, N skipped` that CI reads. Extra arguments go to Vitest.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const report = path.join(root, '.pruebas', 'resultados.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });

const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});

let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(report)) {
  const results = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  passed = results.numPassedTests;
  // A file that fails to load has no tests of its own; count it so the run cannot look green.
  failed = results.numFailedTests + (results.numFailedTests === 0 ? results.numFailedTestSuites : 0);
  skipped = results.numPendingTests + results.numTodoTests;
} else {
  failed = 1;
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = run.status === 0 && failed === 0 && passed > 0 ? 0 : 1;
