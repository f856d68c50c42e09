/**
 * `npm test`: the static checks (`scripts/comprobaciones.ts`: types, `astro check`, lint, format),
 * then every test (unit, built site, browser) with Vitest, closing with the line
 * `N passed, N failed, N skipped` that CI reads; each check counts as one test. Extra arguments go
 * to Vitest and run only the tests they name, without the checks.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runChecks } from './comprobaciones.ts';

const root = path.resolve(import.meta.dirname, '..');
const report = path.join(root, '.pruebas', 'resultados.json');
const argumentos = process.argv.slice(2);
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });

const comprobaciones = argumentos.length ? [] : runChecks();

const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...argumentos], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});

/** Totals of the Vitest run; a missing report is one failure. */
function vitestTotals(): { passed: number; failed: number; skipped: number } {
  if (!fs.existsSync(report)) return { passed: 0, failed: 1, skipped: 0 };
  const results = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  return {
    passed: results.numPassedTests,
    // A file that fails to load has no tests of its own; count it so the run cannot look green.
    failed: results.numFailedTests + (results.numFailedTests === 0 ? results.numFailedTestSuites : 0),
    skipped: results.numPendingTests + results.numTodoTests,
  };
}

const totales = vitestTotals();
const passed = totales.passed + comprobaciones.filter((c) => c.correcta).length;
const failed = totales.failed + comprobaciones.filter((c) => !c.correcta).length;
for (const c of comprobaciones.filter((x) => !x.correcta)) console.log(`✗ comprobación fallida: ${c.nombre}`);
console.log(`\n${passed} passed, ${failed} failed, ${totales.skipped} skipped`);
process.exitCode = run.status === 0 && failed === 0 && totales.passed > 0 ? 0 : 1;
