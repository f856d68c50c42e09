/**
 * Runs `astro build` as a child process with the project's own Node (the one `npm test` put on
 * PATH), for the test build and for the tests that feed the build bad content.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { RAIZ } from './rutas.ts';

export interface ResultadoDeConstruccion {
  codigo: number | null;
  salida: string;
}

/**
 * The environment of a real build: Vitest workers carry Vite's own variables (BASE_URL, MODE, DEV,
 * PROD, SSR, NODE_ENV=test), which would leak into the child build and change its base and mode.
 */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const limpio = { ...process.env };
  for (const clave of Object.keys(limpio)) {
    if (/^VITEST/.test(clave) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(clave)) delete limpio[clave];
  }
  return limpio;
}

export function buildSite(outDir: string, env: Record<string, string> = {}): ResultadoDeConstruccion {
  const astro = path.join(RAIZ, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: RAIZ,
    env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { codigo: result.status, salida: `${result.stdout}\n${result.stderr}` };
}
