/**
 * What site search costs on a built site: the size of its Pagefind bundle and, in headless
 * Chromium on a local server with gzip, the bytes a visitor downloads to start searching and for
 * each query, and the time until the first results are ready to show. Used by
 * `npm run medir:busqueda` and `npm run bench`; a measurement, not a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { toPagefindTerm } from '../../src/lib/busqueda/consulta.ts';

export interface CifrasDeBusqueda {
  paginas_indexadas: number;
  archivos: number;
  bytes_total: number;
  bytes_indice: number;
  bytes_fragmentos: number;
  bytes_filtros: number;
  bytes_motor: number;
  /** Bytes downloaded to start searching (`(arranque)`) and for each query after it. */
  transferencia_por_consulta?: Record<string, number>;
  /** From running a query (with the words /buscar/ gives Pagefind) to the data of its first 10 results. */
  milisegundos_hasta_primeros_resultados?: Record<string, number>;
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
  const entrada = JSON.parse(fs.readFileSync(path.join(carpeta, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };

  const cifras: CifrasDeBusqueda = {
    paginas_indexadas: Object.values(entrada.languages).reduce((n, l) => n + l.page_count, 0),
    archivos: archivos.length,
    bytes_total: tamano(() => true),
    bytes_indice: tamano((rel) => rel.startsWith('index/')),
    bytes_fragmentos: tamano((rel) => rel.startsWith('fragment/')),
    bytes_filtros: tamano((rel) => rel.startsWith('filter/')),
    bytes_motor: tamano((rel) => /^(pagefind\.js|pagefind-worker\.js|wasm\.|pagefind\..*\.pf_meta|pagefind-entry\.json)/.test(rel)),
  };
  if (!navegador) return cifras;

  const { launchBrowser } = await import('../../tests/soporte/navegador.ts');
  const { startServer } = await import('../../tests/soporte/servidor.ts');
  const servidor = await startServer(salida);
  const chromium = await launchBrowser();
  try {
    const pagina = await chromium.contexto.newPage();
    await pagina.goto(`${servidor.url}404.html`);
    const base = new URL(servidor.url).pathname;
    let bytes = 0;
    let enCurso = 0;
    let ultimoCambio = performance.now();
    const esDeBusqueda = (url: string) => url.includes('/pagefind/');
    pagina.on('request', (peticion) => {
      if (!esDeBusqueda(peticion.url())) return;
      enCurso++;
      ultimoCambio = performance.now();
    });
    pagina.on('requestfailed', (peticion) => {
      if (esDeBusqueda(peticion.url())) enCurso--;
    });
    // Bytes on the wire (the local server compresses text like a real host does).
    pagina.on('requestfinished', async (peticion) => {
      if (!esDeBusqueda(peticion.url())) return;
      const tamanos = await peticion.sizes().catch(() => undefined);
      bytes += tamanos ? tamanos.responseBodySize + tamanos.responseHeadersSize : 0;
      enCurso--;
      ultimoCambio = performance.now();
    });
    /** Waits until search downloads have been quiet for half a second (Pagefind loads in a worker). */
    const quiet = async () => {
      const limite = performance.now() + 15_000;
      while ((enCurso > 0 || performance.now() - ultimoCambio < 500) && performance.now() < limite) await pagina.waitForTimeout(50);
    };
    await pagina.evaluate(async (b) => {
      const pf = await import(`${b}pagefind/pagefind.js`);
      await pf.options({ baseUrl: b });
      await pf.init();
      (window as unknown as { pf: unknown }).pf = pf;
    }, base);
    await quiet();
    const porConsulta: Record<string, number> = { '(arranque)': bytes };
    const milisegundos: Record<string, number> = {};
    for (const q of consultas) {
      bytes = 0;
      milisegundos[q] = await pagina.evaluate(async (consulta) => {
        const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } }).pf;
        const inicio = performance.now();
        const r = await pf.search(consulta);
        await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
        return Math.round(performance.now() - inicio);
      }, toPagefindTerm(q));
      await quiet();
      porConsulta[q] = bytes;
    }
    cifras.transferencia_por_consulta = porConsulta;
    cifras.milisegundos_hasta_primeros_resultados = milisegundos;
  } finally {
    await chromium.cerrar();
    await servidor.cerrar();
  }
  return cifras;
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
    lineas.push('  descarga en el navegador (con gzip; primeros 10 resultados de cada consulta, en orden):');
    for (const [q, bytes] of Object.entries(cifras.transferencia_por_consulta)) {
      const ms = cifras.milisegundos_hasta_primeros_resultados?.[q];
      lineas.push(`    ${q.padEnd(24)} ${kb(bytes)}${ms === undefined ? '' : `, ${ms} ms hasta los primeros resultados`}`);
    }
  }
  return lineas;
}
