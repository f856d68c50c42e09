/**
 * The static checks `npm test` runs before the tests, and `npm run comprobar` runs alone: types
 * (TypeScript and `astro check`, which also reads the `.astro` pages), lint rules and formatting.
 * Each is one command; a check passes when its command exits 0.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (nombre: string) => path.join(root, 'node_modules', '.bin', nombre);

export interface Comprobacion {
  /** What is checked, as the report shows it. */
  nombre: string;
  comando: string[];
}

export const COMPROBACIONES: readonly Comprobacion[] = [
  // `astro:content` and `import.meta.env` get their types from the files `astro sync` writes in
  // `.astro/`; a fresh clone has none until then, so tsc comes after it.
  { nombre: 'tipos generados de Astro (astro sync)', comando: [bin('astro'), 'sync'] },
  { nombre: 'tipos de TypeScript (tsc --noEmit)', comando: [bin('tsc'), '--noEmit', '-p', '.'] },
  { nombre: 'páginas Astro (astro check)', comando: [bin('astro'), 'check', '--minimumSeverity', 'warning'] },
  { nombre: 'reglas de código (eslint)', comando: [bin('eslint'), '--max-warnings', '0', '.'] },
  { nombre: 'formato (prettier --check)', comando: [bin('prettier'), '--check', '--log-level', 'warn', '.'] },
];

export interface ResultadoDeComprobacion {
  nombre: string;
  correcta: boolean;
}

/** Runs every check in turn, printing each command's own output, and says which passed. */
export function runChecks(comprobaciones: readonly Comprobacion[] = COMPROBACIONES): ResultadoDeComprobacion[] {
  return comprobaciones.map(({ nombre, comando }) => {
    console.log(`\n▶ ${nombre}`);
    const [ejecutable, ...argumentos] = comando;
    // The tools are Node scripts; the Node that runs this script runs them (not the system's).
    const run = spawnSync(process.execPath, [ejecutable, ...argumentos], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const correcta = run.status === 0;
    console.log(correcta ? `✓ ${nombre}` : `✗ ${nombre}: falló (código ${run.status ?? run.signal})`);
    return { nombre, correcta };
  });
}

if (import.meta.main) {
  const resultados = runChecks();
  const fallidas = resultados.filter((r) => !r.correcta).length;
  console.log(`\n${resultados.length - fallidas} passed, ${fallidas} failed, 0 skipped`);
  process.exitCode = fallidas ? 1 : 0;
}
