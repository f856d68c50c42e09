/**
 * Benchmark of site search (not a test): size of the Pagefind bundle of a build and, with
 * `--navegador`, what a browser downloads to run each query and how long the first results take.
 *
 *   npm run build && npm run medir:busqueda -- [carpeta=dist] [--navegador] [consultas…]
 *
 * Prints a table and, last, one JSON line for whoever collects the figures.
 */
import path from 'node:path';
import { describeSearchFigures, measureSearch } from './medicion/busqueda.ts';

const args = process.argv.slice(2);
const posicionales = args.filter((a) => !a.startsWith('--'));
const salida = path.resolve(posicionales[0] ?? 'dist');
const consultas = posicionales.length > 1 ? posicionales.slice(1) : ['jocotitlan', 'caravana', 'STL/XV/3/2022', 'carnet jurídico', 'justicia'];

try {
  const cifras = await measureSearch(salida, consultas, args.includes('--navegador'));
  for (const linea of describeSearchFigures(salida, cifras)) console.log(linea);
  console.log(JSON.stringify(cifras));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
