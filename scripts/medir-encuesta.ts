/**
 * Benchmark (not a test): the cost of a 1,000,000-answer survey (50,000 responses × 20 questions).
 * 1. Aggregation alone, in a child process: time and peak RSS of processSurvey + the datasets.
 * 2. Full `astro build` of the site with and without that survey: wall time and peak RSS
 *    (GNU time), so the difference is the survey's extra cost.
 *
 *   node scripts/medir-encuesta.ts [respuestas=50000] [repeticiones=2]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateExport, RESPUESTAS_POR_MUNICIPIO } from './generar-encuesta-sintetica.ts';

const raiz = path.resolve(import.meta.dirname, '..');
const respuestas = Number(process.argv[2] ?? 50_000);
const repeticiones = Number(process.argv[3] ?? 2);

if (process.env.MEDIR_SOLO_AGREGACION) {
  // Child: aggregate one survey folder and report.
  const { processSurvey } = await import('../src/lib/encuestas/procesar.ts');
  const { readMunicipalities } = await import('../src/lib/encuestas/carpetas.ts');
  const { surveyDatasets } = await import('../src/lib/encuestas/conjuntos.ts');
  const datos = process.env.MEDIR_SOLO_AGREGACION;
  const municipios = readMunicipalities(datos);
  const t0 = performance.now();
  const procesada = processSurvey(path.join(datos, 'encuestas', 'medicion'), { raiz, municipios, umbral: 5 });
  const t1 = performance.now();
  const conjuntos = surveyDatasets(procesada, municipios);
  const t2 = performance.now();
  console.log(
    JSON.stringify({
      errores: procesada.problemas.length,
      respuestas: procesada.resultados?.respuestas,
      agregacion_s: +((t1 - t0) / 1000).toFixed(2),
      conjuntos_s: +((t2 - t1) / 1000).toFixed(2),
      filas: conjuntos.map((c) => c.filas.length).reduce((a, b) => a + b, 0),
      rss_max_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
  process.exit(0);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'medir-encuesta-'));
const datosBase = path.join(tmp, 'base');
const datosGrande = path.join(tmp, 'grande');
fs.cpSync(path.join(raiz, 'data'), datosBase, { recursive: true });
fs.cpSync(path.join(raiz, 'data'), datosGrande, { recursive: true });

const total = RESPUESTAS_POR_MUNICIPIO.reduce((a, [, n]) => a + n, 0);
const municipios = RESPUESTAS_POR_MUNICIPIO.map(([nombre, n]) => [nombre, Math.round((n * respuestas) / total)] as [string, number]);
const t0 = performance.now();
const { preguntasCsv, respuestasCsv } = generateExport({ municipios, repeticiones, semilla: 1 });
const carpeta = path.join(datosGrande, 'encuestas', 'medicion');
fs.mkdirSync(carpeta, { recursive: true });
fs.copyFileSync(
  path.join(raiz, 'data', 'encuestas', 'revision-ciudadana-apertura-municipal-2022-demostracion', 'encuesta.yaml'),
  path.join(carpeta, 'encuesta.yaml'),
);
fs.writeFileSync(path.join(carpeta, 'preguntas.csv'), preguntasCsv);
fs.writeFileSync(path.join(carpeta, 'respuestas.csv'), respuestasCsv);
const filas = respuestasCsv.split('\r\n').length - 2;
const preguntas = preguntasCsv.split('\r\n').length - 2;
console.log(
  `Exportación sintética: ${filas} respuestas × ${preguntas} preguntas (${(respuestasCsv.length / 1e6).toFixed(1)} MB), generada en ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

const agregacion = spawnSync(process.execPath, [import.meta.filename], { env: { ...process.env, MEDIR_SOLO_AGREGACION: datosGrande }, encoding: 'utf8' });
console.log('Agregación sola:', agregacion.stdout.trim() || agregacion.stderr);

function build(datos: string): { segundos: number; rssMb: number; codigo: number | null; tamanoMb: number } {
  const salida = path.join(tmp, `dist-${path.basename(datos)}`);
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M', process.execPath, path.join(raiz, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', salida],
    {
      cwd: raiz,
      env: { ...process.env, DATOS_DIR: datos, ASTRO_TELEMETRY_DISABLED: '1', FECHA_DE_REFERENCIA: '2026-11-21' },
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  const [segundos, kb] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  const tamano = (fs.readdirSync(salida, { recursive: true }) as string[]).reduce(
    (a, f) => a + (fs.statSync(path.join(salida, f)).isFile() ? fs.statSync(path.join(salida, f)).size : 0),
    0,
  );
  return { segundos, rssMb: Math.round(kb / 1024), codigo: r.status, tamanoMb: +(tamano / 1e6).toFixed(1) };
}

const base = build(datosBase);
const grande = build(datosGrande);
console.log('Construcción sin la encuesta grande:', base);
console.log('Construcción con la encuesta grande:', grande);
console.log(
  `Costo adicional: ${(grande.segundos - base.segundos).toFixed(1)} s, ${grande.rssMb - base.rssMb} MB de memoria máxima, ${(grande.tamanoMb - base.tamanoMb).toFixed(1)} MB de salida`,
);
fs.rmSync(tmp, { recursive: true, force: true });
