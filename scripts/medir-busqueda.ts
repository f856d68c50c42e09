/**
 * Benchmark of site search (not a test): size of the Pagefind bundle of a build and, with
 * `--navegador`, what a browser downloads to run each query.
 *
 *   npm run build && npm run medir:busqueda -- [carpeta=dist] [--navegador] [consultas…]
 *
 * Prints a table and, last, one JSON line for whoever collects the figures.
 */
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const enNavegador = args.includes('--navegador');
const posicionales = args.filter((a) => !a.startsWith('--'));
const salida = path.resolve(posicionales[0] ?? 'dist');
const consultas = posicionales.length > 1 ? posicionales.slice(1) : ['jocotitlan', 'caravana', 'STL/XV/3/2022', 'carnet jurídico', 'justicia'];
const carpeta = path.join(salida, 'pagefind');

if (!fs.existsSync(path.join(carpeta, 'pagefind-entry.json'))) {
  console.error(`No hay índice de búsqueda en ${carpeta}. Construya el sitio primero (npm run build).`);
  process.exit(1);
}

const archivos = (fs.readdirSync(carpeta, { recursive: true }) as string[])
  .map((nombre) => path.join(carpeta, nombre))
  .filter((ruta) => fs.statSync(ruta).isFile());
const tamano = (filtro: (rel: string) => boolean) =>
  archivos.filter((ruta) => filtro(path.relative(carpeta, ruta).split(path.sep).join('/'))).reduce((suma, ruta) => suma + fs.statSync(ruta).size, 0);

/** Pagefind's ready-made UIs, written by writeFiles but never loaded by this site. */
const esInterfazNoUsada = (rel: string) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(rel);
const entrada = JSON.parse(fs.readFileSync(path.join(carpeta, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
const paginas = Object.values(entrada.languages).reduce((n, l) => n + l.page_count, 0);

const cifras = {
  paginas_indexadas: paginas,
  archivos: archivos.length,
  bytes_total: tamano(() => true),
  bytes_indice: tamano((rel) => rel.startsWith('index/')),
  bytes_fragmentos: tamano((rel) => rel.startsWith('fragment/')),
  bytes_filtros: tamano((rel) => rel.startsWith('filter/')),
  bytes_motor: tamano((rel) => /^(pagefind\.js|pagefind-worker\.js|wasm\.|pagefind\..*\.pf_meta|pagefind-entry\.json)/.test(rel)),
  bytes_interfaces_no_usadas: tamano(esInterfazNoUsada),
  transferencia_por_consulta: undefined as undefined | Record<string, number>,
  milisegundos_hasta_primeros_resultados: undefined as undefined | Record<string, number>,
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

if (enNavegador) {
  const { launchBrowser } = await import('../tests/soporte/navegador.ts');
  const { startServer } = await import('../tests/soporte/servidor.ts');
  const servidor = await startServer(salida);
  const navegador = await launchBrowser();
  try {
    const pagina = await navegador.contexto.newPage();
    await pagina.goto(`${servidor.url}404.html`);
    const base = new URL(servidor.url).pathname;
    let bytes = 0;
    pagina.on('response', async (respuesta) => {
      if (respuesta.url().includes('/pagefind/')) bytes += (await respuesta.body().catch(() => Buffer.alloc(0))).length;
    });
    await pagina.evaluate(async (b) => {
      const pf = await import(`${b}pagefind/pagefind.js`);
      await pf.options({ baseUrl: b });
      await pf.init();
      (window as unknown as { pf: unknown }).pf = pf;
    }, base);
    await pagina.waitForTimeout(200);
    const porConsulta: Record<string, number> = { '(arranque)': bytes };
    const milisegundos: Record<string, number> = {};
    for (const q of consultas) {
      bytes = 0;
      // Time from the query to the data of its first results (title, excerpt) being ready.
      milisegundos[q] = await pagina.evaluate(async (consulta) => {
        const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } }).pf;
        const inicio = performance.now();
        const r = await pf.search(consulta);
        await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
        return Math.round(performance.now() - inicio);
      }, q);
      await pagina.waitForTimeout(200);
      porConsulta[q] = bytes;
    }
    cifras.transferencia_por_consulta = porConsulta;
    cifras.milisegundos_hasta_primeros_resultados = milisegundos;
  } finally {
    await navegador.cerrar();
    await servidor.cerrar();
  }
}

console.log(`Índice de búsqueda de ${salida}`);
console.log(`  páginas indexadas        ${paginas}`);
console.log(`  archivos                 ${cifras.archivos}`);
console.log(`  total en pagefind/       ${kb(cifras.bytes_total)}`);
console.log(`    índice (index/)        ${kb(cifras.bytes_indice)}`);
console.log(`    fragmentos             ${kb(cifras.bytes_fragmentos)}`);
console.log(`    filtros                ${kb(cifras.bytes_filtros)}`);
console.log(`    motor (js, wasm, meta) ${kb(cifras.bytes_motor)}`);
console.log(`    interfaces no usadas   ${kb(cifras.bytes_interfaces_no_usadas)}`);
if (cifras.transferencia_por_consulta) {
  console.log('  descarga en el navegador (primeros 10 resultados de cada consulta, en orden):');
  for (const [q, bytes] of Object.entries(cifras.transferencia_por_consulta)) {
    const ms = cifras.milisegundos_hasta_primeros_resultados?.[q];
    console.log(`    ${q.padEnd(22)} ${kb(bytes)}${ms === undefined ? '' : `, ${ms} ms hasta los primeros resultados`}`);
  }
}
console.log(JSON.stringify(cifras));
