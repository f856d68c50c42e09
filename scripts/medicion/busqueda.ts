/**
 * What site search costs on a built site: the size of its Pagefind bundle and, in headless
 * Chromium on a local server with gzip, what a visitor of /buscar/ goes through: the bytes the
 * page downloads to be ready and for each query typed (the page fetches index parts while the
 * words are typed), the time from pressing Enter to the first result on screen, and the time a
 * shared link `/buscar/?q=…` takes, from opening it, to show its first result. Used by
 * `npm run medir:busqueda` and `npm run bench`; a measurement, not a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVO_DE_PARTES, type ManifiestoDeBusqueda } from '../../src/lib/busqueda/partes.ts';

export interface CifrasDeBusqueda {
  paginas_indexadas: number;
  /** Parts the index is split into (`src/lib/busqueda/partes.ts`). */
  partes: number;
  archivos: number;
  bytes_total: number;
  bytes_indice: number;
  bytes_fragmentos: number;
  bytes_filtros: number;
  bytes_motor: number;
  /** Bytes downloaded by /buscar/ to be ready (`(arranque)`) and for each query typed after it. */
  transferencia_por_consulta?: Record<string, number>;
  /** From pressing Enter after typing a query in /buscar/ to its first result on screen. */
  milisegundos_hasta_primeros_resultados?: Record<string, number>;
  /** From opening a shared link `/buscar/?q=…` (nothing loaded yet) to its first result on screen. */
  milisegundos_desde_un_enlace?: Record<string, number>;
}

/** Time between keystrokes when typing a query (a brisk typist, about ten characters a second). */
const ENTRE_TECLAS_MS = 100;

/** The sub-path a site was built for, read from the form of its search page. */
function builtBase(salida: string): string {
  const html = fs.readFileSync(path.join(salida, 'buscar', 'index.html'), 'utf8');
  return /<form[^>]*id="formulario-de-busqueda"[^>]*action="([^"]*)buscar\/"/.exec(html)?.[1] || '/';
}

/** Sizes of the Pagefind bundle in `salida/pagefind/`, and with `navegador` the browser figures. */
export async function measureSearch(salida: string, consultas: readonly string[], navegador: boolean): Promise<CifrasDeBusqueda> {
  const carpeta = path.join(salida, 'pagefind');
  if (!fs.existsSync(path.join(carpeta, 'pagefind-entry.json'))) {
    throw new Error(`No hay índice de búsqueda en ${carpeta}. Construya el sitio primero (npm run build).`);
  }
  const archivos = (fs.readdirSync(carpeta, { recursive: true }) as string[])
    .map((nombre) => path.join(carpeta, nombre))
    .filter((ruta) => fs.statSync(ruta).isFile());
  const tamano = (filtro: (rel: string) => boolean) =>
    archivos.filter((ruta) => filtro(path.relative(carpeta, ruta).split(path.sep).join('/'))).reduce((suma, ruta) => suma + fs.statSync(ruta).size, 0);
  const { partes } = JSON.parse(fs.readFileSync(path.join(carpeta, ARCHIVO_DE_PARTES), 'utf8')) as ManifiestoDeBusqueda;
  const parteDe = (rel: string) => rel.replace(/^partes\/\d+\//, '');

  const cifras: CifrasDeBusqueda = {
    paginas_indexadas: partes.reduce((n, parte) => n + parte.paginas, 0),
    partes: partes.length,
    archivos: archivos.length,
    bytes_total: tamano(() => true),
    bytes_indice: tamano((rel) => parteDe(rel).startsWith('index/')),
    bytes_fragmentos: tamano((rel) => parteDe(rel).startsWith('fragment/')),
    bytes_filtros: tamano((rel) => parteDe(rel).startsWith('filter/')),
    bytes_motor: tamano((rel) => /^(pagefind\.js|wasm\.|pagefind\..*\.pf_meta|pagefind-entry\.json|partes\.json)/.test(parteDe(rel))),
  };
  if (!navegador) return cifras;

  const { launchBrowser } = await import('../../tests/soporte/navegador.ts');
  const { startServer } = await import('../../tests/soporte/servidor.ts');
  const servidor = await startServer(salida, builtBase(salida));
  try {
    const porConsulta: Record<string, number> = {};
    const milisegundos: Record<string, number> = {};
    const desdeEnlace: Record<string, number> = {};
    for (const q of consultas) {
      const tiempos: number[] = [];
      const enlaces: number[] = [];
      for (let vez = 0; vez < REPETICIONES; vez++) {
        // A new browser each time (nothing cached, engine not warmed up), as on a first visit.
        const chromium = await launchBrowser();
        try {
          const typed = await typedQuery(chromium.contexto, servidor.url, q);
          tiempos.push(typed.milisegundos);
          if (vez === 0) {
            porConsulta['(arranque)'] ??= typed.bytesAlEmpezar;
            porConsulta[q] = typed.bytesDeLaConsulta;
          }
        } finally {
          await chromium.cerrar();
        }
        const otro = await launchBrowser();
        try {
          enlaces.push(await sharedLink(otro.contexto, servidor.url, q));
        } finally {
          await otro.cerrar();
        }
      }
      milisegundos[q] = median(tiempos);
      desdeEnlace[q] = median(enlaces);
    }
    cifras.transferencia_por_consulta = porConsulta;
    cifras.milisegundos_hasta_primeros_resultados = milisegundos;
    cifras.milisegundos_desde_un_enlace = desdeEnlace;
  } finally {
    await servidor.cerrar();
  }
  return cifras;
}

/** Runs of each browser figure; the median is reported (one run varies a lot on a busy machine). */
const REPETICIONES = 3;

function median(valores: number[]): number {
  const orden = [...valores].sort((a, b) => a - b);
  return orden[Math.floor(orden.length / 2)];
}

type Contexto = import('playwright-core').BrowserContext;

/**
 * Opens /buscar/, waits until it is ready and quiet, types `q` as a person does (the page fetches
 * index parts meanwhile) and presses Enter. Returns the time from Enter to the first result on
 * screen and the search bytes on the wire (the local server compresses like a real host).
 */
async function typedQuery(contexto: Contexto, url: string, q: string) {
  const pagina = await contexto.newPage();
  let bytes = 0;
  let enCurso = 0;
  let ultimoCambio = performance.now();
  const esDeBusqueda = (direccion: string) => direccion.includes('/pagefind/');
  pagina.on('request', (peticion) => {
    if (!esDeBusqueda(peticion.url())) return;
    enCurso++;
    ultimoCambio = performance.now();
  });
  pagina.on('requestfailed', (peticion) => {
    if (esDeBusqueda(peticion.url())) enCurso--;
  });
  pagina.on('requestfinished', async (peticion) => {
    if (!esDeBusqueda(peticion.url())) return;
    const tamanos = await peticion.sizes().catch(() => undefined);
    bytes += tamanos ? tamanos.responseBodySize + tamanos.responseHeadersSize : 0;
    enCurso--;
    ultimoCambio = performance.now();
  });
  /** Until search downloads have been quiet for half a second (Pagefind loads in a worker). */
  const quiet = async () => {
    const limite = performance.now() + 15_000;
    while ((enCurso > 0 || performance.now() - ultimoCambio < 500) && performance.now() < limite) await pagina.waitForTimeout(50);
  };
  await pagina.goto(`${url}buscar/`);
  await pagina.waitForFunction(() => document.getElementById('conteo')?.textContent?.startsWith('Escriba'), undefined, { timeout: 30_000 });
  await quiet();
  const bytesAlEmpezar = bytes;
  bytes = 0;
  const consulta = pagina.locator('#consulta');
  await consulta.pressSequentially(q, { delay: ENTRE_TECLAS_MS });
  await pagina.evaluate(() => {
    const espera = window as unknown as { primerResultado?: Promise<number> };
    espera.primerResultado = new Promise((resolve) => {
      let inicio = 0;
      document.getElementById('formulario-de-busqueda')!.addEventListener('submit', () => (inicio = performance.now()), { once: true, capture: true });
      const lista = document.getElementById('resultados')!;
      new MutationObserver((_, observador) => {
        if (inicio && lista.querySelector('li')) {
          observador.disconnect();
          resolve(Math.round(performance.now() - inicio));
        }
      }).observe(lista, { childList: true });
    });
  });
  await consulta.press('Enter');
  const milisegundos = await pagina.evaluate(() => (window as unknown as { primerResultado: Promise<number> }).primerResultado);
  await quiet();
  await pagina.close();
  return { milisegundos, bytesAlEmpezar, bytesDeLaConsulta: bytes };
}

/** Opens a shared link `/buscar/?q=…` and returns the time from navigation to its first result. */
async function sharedLink(contexto: Contexto, url: string, q: string): Promise<number> {
  const pagina = await contexto.newPage();
  await pagina.addInitScript(() => {
    new MutationObserver((_, observador) => {
      if (!document.querySelector('#resultados li')) return;
      (window as unknown as { primerResultado: number }).primerResultado = performance.now();
      observador.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await pagina.goto(`${url}buscar/?q=${encodeURIComponent(q)}`);
  await pagina.waitForSelector('#resultados li', { timeout: 30_000 });
  const milisegundos = await pagina.evaluate(() => Math.round((window as unknown as { primerResultado: number }).primerResultado));
  await pagina.close();
  return milisegundos;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Readable lines for a terminal. */
export function describeSearchFigures(salida: string, cifras: CifrasDeBusqueda): string[] {
  const lineas = [
    `Índice de búsqueda de ${salida}`,
    `  páginas indexadas        ${cifras.paginas_indexadas}`,
    `  archivos                 ${cifras.archivos}`,
    `  total en pagefind/       ${kb(cifras.bytes_total)}`,
    `    índice (index/)        ${kb(cifras.bytes_indice)}`,
    `    fragmentos             ${kb(cifras.bytes_fragmentos)}`,
    `    filtros                ${kb(cifras.bytes_filtros)}`,
    `    motor (js, wasm, meta) ${kb(cifras.bytes_motor)}`,
  ];
  if (cifras.transferencia_por_consulta) {
    lineas.push(`  en /buscar/ (${cifras.partes} ${cifras.partes === 1 ? 'parte' : 'partes'} del índice; con gzip; la consulta se teclea y se da Enter):`);
    for (const [q, bytes] of Object.entries(cifras.transferencia_por_consulta)) {
      const ms = cifras.milisegundos_hasta_primeros_resultados?.[q];
      const enlace = cifras.milisegundos_desde_un_enlace?.[q];
      const tiempos =
        ms === undefined ? '' : `, ${ms} ms de Enter a los primeros resultados${enlace === undefined ? '' : `, ${enlace} ms desde un enlace /buscar/?q=`}`;
      lineas.push(`    ${q.padEnd(24)} ${kb(bytes)}${tiempos}`);
    }
  }
  return lineas;
}
