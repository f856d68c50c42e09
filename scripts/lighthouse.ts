/**
 * `npm run lighthouse [-- <carpeta>]`: Lighthouse (mobile) scores for the home, a session, a
 * dataset and a survey page of a built site, run with `npx lighthouse` against Debian's Chromium
 * on 127.0.0.1. A report, not a test: prints a table and writes `.pruebas/bench/lighthouse.json`.
 * Without a folder it builds the default site under the tests' sub-path first.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../tests/soporte/construir.ts';
import { BASE, CHROMIUM } from '../tests/soporte/rutas.ts';
import { startServer } from '../tests/soporte/servidor.ts';

const raiz = path.resolve(import.meta.dirname, '..');
const salidaInforme = path.join(raiz, '.pruebas', 'bench', 'lighthouse.json');
const PAGINAS: Record<string, string> = {
  inicio: '',
  sesion: 'sesiones/stl-2022-12-16/',
  conjuntoDeDatos: 'datos/sesiones/',
  encuesta: 'encuestas/revision-ciudadana-apertura-municipal-2022-demostracion/',
};
const CATEGORIAS = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function runCommand(comando: string, args: string[], opciones: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(comando, args, { ...opciones, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

let carpeta = process.argv[2];
if (!carpeta) {
  carpeta = path.join(raiz, '.pruebas', 'bench', 'sitio-lighthouse');
  fs.rmSync(carpeta, { recursive: true, force: true });
  const { codigo, salida } = buildSite(carpeta, { SITIO_BASE: BASE, SITIO_URL: 'http://127.0.0.1', FECHA_DE_REFERENCIA: '2026-11-21' });
  if (codigo !== 0) throw new Error(`No se pudo construir el sitio:\n${salida.slice(-3000)}`);
}

const servidor = await startServer(path.resolve(carpeta));
const resultados: Record<string, Record<string, number | null>> = {};
try {
  for (const [nombre, ruta] of Object.entries(PAGINAS)) {
    const informe = path.join(os.tmpdir(), `lighthouse-${nombre}.json`);
    // Asynchronous: the static server runs in this same process and must keep answering.
    const run = await runCommand(
      'npx',
      [
        '--yes',
        'lighthouse@13',
        servidor.url + ruta,
        '--quiet',
        '--output=json',
        `--output-path=${informe}`,
        '--form-factor=mobile',
        `--only-categories=${CATEGORIAS.join(',')}`,
        // Lighthouse's launcher gives Chromium a fresh temporary profile of its own.
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ],
      { cwd: raiz, env: { ...process.env, CHROME_PATH: CHROMIUM } },
    );
    if (run.status !== 0 || !fs.existsSync(informe)) {
      console.error(`Lighthouse falló en /${ruta}: ${run.stderr.slice(-1500)}`);
      resultados[nombre] = Object.fromEntries(CATEGORIAS.map((c) => [c, null]));
      continue;
    }
    const lhr = JSON.parse(fs.readFileSync(informe, 'utf8')) as { categories: Record<string, { score: number | null }> };
    resultados[nombre] = Object.fromEntries(
      CATEGORIAS.map((c) => [c, lhr.categories[c]?.score === null || lhr.categories[c] === undefined ? null : Math.round(lhr.categories[c].score! * 100)]),
    );
  }
} finally {
  await servidor.cerrar();
}

fs.mkdirSync(path.dirname(salidaInforme), { recursive: true });
fs.writeFileSync(salidaInforme, JSON.stringify({ fecha: new Date().toISOString(), paginas: PAGINAS, resultados }, null, 2) + '\n');
console.log('\n| página | rendimiento | accesibilidad | buenas prácticas | SEO |');
console.log('|---|---:|---:|---:|---:|');
for (const [nombre, r] of Object.entries(resultados)) {
  console.log(`| ${nombre} | ${CATEGORIAS.map((c) => r[c] ?? '—').join(' | ')} |`);
}
console.log(`\nResultados: ${path.relative(raiz, salidaInforme)}`);
