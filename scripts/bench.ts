/**
 * `npm run bench [-- --tamanos 100,1000,10000] [--repeticiones N] [--sin-lighthouse] [--sin-incremental]`: builds
 * synthetic corpora of growing size and a bare Astro site with the same number of plain Markdown
 * pages, and reports per size: wall time, CPU time (`medicion/cpu.ts`: how much of the machine a
 * build kept busy; with work on both cores it exceeds the wall time), peak memory (RSS of the whole
 * process tree), pages, pages per second, output size and search index size. Every build starts
 * cold (no output folder, no Astro cache), like a fresh clone. The two builds of a size take turns,
 * `--repeticiones` times (5 up to 1,000 sessions, 1 above; the machine's noise is larger than a
 * second), and the median of each is reported (`medicion/medianas.ts`). On the default site and on
 * the largest corpus it also reports the page weight (HTML, CSS, JS, raw and gzipped) per template
 * and what search downloads and takes for three queries in headless Chromium; last, the Lighthouse
 * scores (`npm run lighthouse`). After the last full build of each size it edits one session and
 * rebuilds on top of that build's cache (Astro's incremental build), and compares every file's
 * SHA-256 with a clean build of the edited content; as the rebuild's reference, the bare site with
 * Astro's incremental build is built and rebuilt after one page is edited
 * (`medicion/reconstruccion.ts`; `--sin-incremental` skips both). Prints tables and
 * writes `.pruebas/bench/resultados.json`. A benchmark, not a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheFolder, resolveFolders } from '../src/lib/contenido/rutas.ts';
import { writeCorpus } from './generar-corpus.ts';
import { describeSearchFigures, measureSearch, type CifrasDeBusqueda } from './medicion/busqueda.ts';
import { bareSite } from './medicion/astro-basico.ts';
import { cpuRatio, medianCpu, medianRun, roundCpu, roundRatio, roundSeconds } from './medicion/medianas.ts';
import { pageWeight } from './medicion/peso.ts';
import { measure, type Medicion } from './medicion/proceso.ts';
import { measureBareIncremental, measureIncremental, type MedicionIncremental, type MedicionIncrementalBasica } from './medicion/reconstruccion.ts';

const raiz = path.resolve(import.meta.dirname, '..');
const trabajo = path.join(raiz, '.pruebas', 'bench');
const astroBin = path.join(raiz, 'node_modules', 'astro', 'bin', 'astro.mjs');
const proyecto = { raiz, astroBin };

function arg(nombre: string): string | undefined {
  const i = process.argv.indexOf(`--${nombre}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function folderStats(folder: string) {
  let bytes = 0;
  let paginas = 0;
  for (const name of fs.readdirSync(folder, { recursive: true }) as string[]) {
    const file = path.join(folder, name);
    const stat = fs.statSync(file);
    if (!stat.isFile()) continue;
    bytes += stat.size;
    if (name.endsWith('.html')) paginas++;
  }
  return { bytes, paginas };
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

/** Templates measured on the default site: one real page each. */
const DEFAULT_TEMPLATES: Record<string, string> = {
  inicio: '',
  sesion: 'sesiones/stl-2022-12-16',
  acuerdo: 'acuerdos/stl-xv-3-2022',
  acuerdosDelAnio: 'organos/stl/acuerdos/2022',
  compromiso: 'compromisos/caravanas-por-la-justicia-cotidiana',
  calendario: 'calendario',
  persona: 'personas/jose-martinez-vilchis',
  conjuntoDeDatos: 'datos/sesiones',
  encuesta: 'encuestas/revision-ciudadana-apertura-municipal-2022',
  encuestaConGraficas: 'encuestas/revision-ciudadana-apertura-municipal-2022-demostracion',
  buscar: 'buscar',
};

/** First page (in name order) under `carpeta` of a built site, as a site path without slashes around. */
function firstPage(sitio: string, carpeta: string): string | undefined {
  const dir = path.join(sitio, carpeta);
  if (!fs.existsSync(dir)) return undefined;
  const nombre = fs
    .readdirSync(dir)
    .sort()
    .find((n) => fs.existsSync(path.join(dir, n, 'index.html')) && n !== 'pagina');
  return nombre === undefined ? undefined : path.posix.join(carpeta, nombre);
}

/** The same templates on a synthetic corpus, whose record ids are not known in advance. */
function corpusTemplates(sitio: string): Record<string, string> {
  const organo = firstPage(sitio, 'organos');
  const candidatas: Record<string, string | undefined> = {
    inicio: '',
    sesion: firstPage(sitio, 'sesiones'),
    acuerdo: firstPage(sitio, 'acuerdos'),
    acuerdosDelAnio: organo && firstPage(sitio, `${organo}/acuerdos`),
    listaDeAcuerdos: 'acuerdos',
    compromiso: firstPage(sitio, 'compromisos'),
    persona: firstPage(sitio, 'personas'),
    conjuntoDeDatos: 'datos/sesiones',
    encuesta: firstPage(sitio, 'encuestas'),
  };
  return Object.fromEntries(Object.entries(candidatas).filter((e): e is [string, string] => e[1] !== undefined));
}

function templateWeights(sitio: string, plantillas: Record<string, string>) {
  const peso: Record<string, ReturnType<typeof pageWeight>> = {};
  for (const [nombre, ruta] of Object.entries(plantillas)) {
    if (fs.existsSync(path.join(sitio, ruta, 'index.html'))) peso[nombre] = pageWeight(sitio, '/', ruta);
  }
  return peso;
}

/** A printed agreement key of a synthetic corpus, to search for it. */
function firstPrintedKey(corpus: string): string {
  const carpeta = path.join(corpus, 'content', 'sesiones');
  const primera = fs.readdirSync(carpeta).sort()[0];
  return /clave: (\S+)/.exec(fs.readFileSync(path.join(carpeta, primera), 'utf8'))?.[1] ?? 'acuerdo';
}

async function main() {
  fs.mkdirSync(trabajo, { recursive: true });
  const tamanos = (arg('tamanos') ?? '100,1000,10000').split(',').map(Number);
  const resultados: Record<string, unknown>[] = [];

  for (const sesiones of tamanos) {
    const corpus = path.join(trabajo, `corpus-${sesiones}`);
    writeCorpus(corpus, sesiones);
    const salida = path.join(trabajo, `sitio-${sesiones}`);
    const entorno = { CONTENIDO_DIR: path.join(corpus, 'content'), DATOS_DIR: path.join(corpus, 'data'), FECHA_DE_REFERENCIA: '2026-11-21' };
    const cacheDelCorpus = cacheFolder(resolveFolders(raiz, entorno));
    const repeticiones = Number(arg('repeticiones') ?? (sesiones <= 1000 ? 5 : 1));
    let basico: string | undefined;
    const nuestras: Medicion[] = [];
    const basicas: Medicion[] = [];
    for (let vez = 1; vez <= repeticiones; vez++) {
      const deVez = repeticiones > 1 ? ` (${vez} de ${repeticiones})` : '';
      fs.rmSync(salida, { recursive: true, force: true });
      fs.rmSync(cacheDelCorpus, { recursive: true, force: true });
      console.log(`Construyendo ${sesiones} sesiones${deVez}…`);
      nuestras.push(await measure([astroBin, 'build', '--outDir', salida], raiz, entorno));
      basico ??= bareSite(trabajo, folderStats(salida).paginas);
      fs.rmSync(path.join(basico, 'dist'), { recursive: true, force: true });
      fs.rmSync(path.join(basico, 'node_modules'), { recursive: true, force: true });
      console.log(`Construyendo Astro básico con las mismas páginas${deVez}…`);
      basicas.push(await measure([astroBin, 'build'], basico, {}));
    }
    const nuestro = medianRun(nuestras);
    const referencia = medianRun(basicas);
    const { bytes, paginas } = folderStats(salida);
    const indice = fs.existsSync(path.join(salida, 'pagefind')) ? folderStats(path.join(salida, 'pagefind')).bytes : 0;
    // The last full build left its cache: one edited session is rebuilt on top of it.
    const conIncremental = !process.argv.includes('--sin-incremental');
    const incremental = conIncremental ? await measureIncremental(proyecto, corpus, salida, entorno, nuestras.at(-1)!.segundos) : undefined;
    const incrementalBasica = conIncremental ? await measureBareIncremental(proyecto, trabajo, paginas) : undefined;
    resultados.push({
      sesiones,
      paginas,
      segundos: roundSeconds(nuestro.segundos),
      memoriaPicoMB: nuestro.memoriaPicoMB,
      memoriaPicoNodeMB: nuestro.memoriaPicoNodeMB,
      paginasPorSegundo: Math.round(paginas / nuestro.segundos),
      salidaMB: mb(bytes),
      indiceDeBusquedaMB: mb(indice),
      astroBasicoSegundos: roundSeconds(referencia.segundos),
      astroBasicoMemoriaMB: referencia.memoriaPicoMB,
      razonContraAstroBasico: roundRatio(nuestro.segundos, referencia.segundos),
      // Medians of their own: the run with the median time need not be the one with the median CPU.
      cpuSegundos: medianCpu(nuestras),
      astroBasicoCpuSegundos: medianCpu(basicas),
      razonDeCpuContraAstroBasico: cpuRatio(nuestras, basicas),
      correcto: nuestras.every((c) => c.codigo === 0),
      astroBasicoCorrecto: basicas.every((c) => c.codigo === 0),
      corridasSegundos: nuestras.map((c) => roundSeconds(c.segundos)),
      corridasAstroBasicoSegundos: basicas.map((c) => roundSeconds(c.segundos)),
      corridasCpuSegundos: nuestras.map((c) => roundCpu(c.cpuSegundos)),
      corridasAstroBasicoCpuSegundos: basicas.map((c) => roundCpu(c.cpuSegundos)),
      incremental,
      incrementalBasica,
    });
    if (basico) fs.rmSync(basico, { recursive: true, force: true });
  }

  // Page weight of each template and search cost, on the default site and on the largest corpus.
  const sitio = path.join(trabajo, 'sitio-por-omision');
  fs.rmSync(sitio, { recursive: true, force: true });
  await measure([astroBin, 'build', '--outDir', sitio], raiz, { FECHA_DE_REFERENCIA: '2026-11-21' });
  const peso: Record<string, unknown> = { porOmision: templateWeights(sitio, DEFAULT_TEMPLATES) };
  const busqueda: Record<string, CifrasDeBusqueda> = { porOmision: await measureSearch(sitio, ['jocotitlan', 'caravana', 'STL/XV/3/2022'], true) };
  const mayor = Math.max(...tamanos);
  const sitioMayor = path.join(trabajo, `sitio-${mayor}`);
  if (fs.existsSync(path.join(sitioMayor, 'index.html'))) {
    peso[`corpus${mayor}`] = templateWeights(sitioMayor, corpusTemplates(sitioMayor));
    busqueda[`corpus${mayor}`] = await measureSearch(
      sitioMayor,
      ['sesión ordinaria', 'rendición de cuentas', firstPrintedKey(path.join(trabajo, `corpus-${mayor}`))],
      true,
    );
  }

  // Lighthouse (mobile) on the default site, with its own build under the tests' sub-path.
  let lighthouse: unknown;
  if (!process.argv.includes('--sin-lighthouse')) {
    console.log('Lighthouse…');
    const corrida = await measure([path.join(raiz, 'scripts', 'lighthouse.ts')], raiz, {});
    const informeLighthouse = path.join(trabajo, 'lighthouse.json');
    if (corrida.codigo === 0 && fs.existsSync(informeLighthouse)) lighthouse = JSON.parse(fs.readFileSync(informeLighthouse, 'utf8'));
    else console.error('Lighthouse no terminó; vea `npm run lighthouse`.');
  }

  const informe = {
    fecha: new Date().toISOString(),
    maquina: { cpus: os.cpus().length, modelo: os.cpus()[0]?.model, memoriaGB: Math.round(os.totalmem() / 1073741824), node: process.version },
    construcciones: resultados,
    pesoPorPlantilla: peso,
    busqueda,
    lighthouse,
  };
  fs.writeFileSync(path.join(trabajo, 'resultados.json'), JSON.stringify(informe, null, 2) + '\n');

  console.log(
    '\n| sesiones | páginas | s | MB pico (total) | MB pico (Astro) | pág/s | salida MB | índice MB | Astro básico s | razón | CPU s | CPU Astro básico s | razón de CPU |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const oGuion = (valor: unknown) => (valor === undefined ? '—' : String(valor));
  for (const r of resultados as Record<string, number>[]) {
    const fallo = r.correcto ? '' : ' (FALLÓ LA CONSTRUCCIÓN)';
    const basico = r.astroBasicoCorrecto ? `${r.astroBasicoSegundos}` : 'falló';
    console.log(
      `| ${r.sesiones}${fallo} | ${r.paginas} | ${r.segundos} | ${r.memoriaPicoMB} | ${r.memoriaPicoNodeMB} | ${r.paginasPorSegundo} | ${r.salidaMB} | ${r.indiceDeBusquedaMB} | ${basico} | ${r.razonContraAstroBasico} | ${oGuion(r.cpuSegundos)} | ${oGuion(r.astroBasicoCpuSegundos)} | ${oGuion(r.razonDeCpuContraAstroBasico)} |`,
    );
  }
  type Corridas = {
    sesiones: number;
    corridasSegundos: number[];
    corridasAstroBasicoSegundos: number[];
    corridasCpuSegundos: (number | undefined)[];
    corridasAstroBasicoCpuSegundos: (number | undefined)[];
  };
  for (const r of resultados as Corridas[]) {
    if (r.corridasSegundos.length > 1)
      console.log(
        `\n${r.sesiones} sesiones, cada corrida (s): nuestro ${r.corridasSegundos.join(' · ')}; Astro básico ${r.corridasAstroBasicoSegundos.join(' · ')}; CPU nuestro ${r.corridasCpuSegundos.map(oGuion).join(' · ')}; CPU Astro básico ${r.corridasAstroBasicoCpuSegundos.map(oGuion).join(' · ')} (se informa la mediana).`,
      );
  }
  console.log(
    '\n| sesiones | una sesión editada: s | razón contra la completa | igual a una construcción limpia (SHA-256) | Astro básico incremental: completa s, una página editada s | su razón |',
  );
  console.log('|---:|---:|---:|---|---:|---:|');
  for (const r of resultados as { sesiones: number; incremental?: MedicionIncremental; incrementalBasica?: MedicionIncrementalBasica }[]) {
    const i = r.incremental;
    if (!i) continue;
    const igual = i.igualALimpia
      ? 'sí, todos los archivos'
      : `NO: ${i.archivosDistintos.length} archivos distintos (${i.archivosDistintos.slice(0, 3).join(', ')})`;
    const b = r.incrementalBasica;
    const basica = !b ? '— | —' : b.correcto ? `${b.completaSegundos}, ${b.segundos} | ${b.razonContraSuCompleta}` : 'falló | —';
    console.log(`| ${r.sesiones} | ${i.correcto ? i.segundos : 'falló'} | ${i.razonContraCompleta} | ${igual} | ${basica} |`);
  }
  if (resultados.length >= 2) {
    const [a, b] = [resultados.at(-2) as Record<string, number>, resultados.at(-1) as Record<string, number>];
    console.log(`\nCrecimiento: ${b.sesiones / a.sesiones}× sesiones → ${Math.round((b.segundos / a.segundos) * 10) / 10}× tiempo.`);
  }
  for (const [sitioMedido, plantillas] of Object.entries(peso) as [string, Record<string, Record<string, { bytes: number; gzip: number }>>][]) {
    console.log(`\nPeso por plantilla (${sitioMedido}), bytes y con gzip:\n\n| plantilla | HTML (gzip) | CSS (gzip) | JS (gzip) |`);
    console.log('|---|---:|---:|---:|');
    for (const [nombre, p] of Object.entries(plantillas)) {
      console.log(`| ${nombre} | ${p.html.bytes} (${p.html.gzip}) | ${p.css.bytes} (${p.css.gzip}) | ${p.js.bytes} (${p.js.gzip}) |`);
    }
  }
  for (const [sitioMedido, cifras] of Object.entries(busqueda)) {
    console.log('');
    for (const linea of describeSearchFigures(sitioMedido, cifras)) console.log(linea);
  }
  if (lighthouse) console.log(`\nLighthouse (móvil): ${JSON.stringify(lighthouse)}`);
  console.log(`\nResultados: ${path.relative(raiz, path.join(trabajo, 'resultados.json'))}`);
}

await main();
