/**
 * Astro content loader for CSV tables: every row becomes an entry, validated by the collection's
 * schema. Blank cells are left out so optional columns may stay empty.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseCsv } from '../csv/leer-csv.ts';

interface CsvLoaderOptions {
  /** A CSV file, or a folder whose `.csv` files are all read (in name order). */
  ruta: string;
  /** Entry id of a row; by default `<file name>-<line>`. */
  id?: (valores: Record<string, string>, archivo: string, linea: number) => string;
}

export function csvLoader({ ruta, id }: CsvLoaderOptions): Loader {
  return {
    name: 'csv',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const files =
        fs.existsSync(ruta) && fs.statSync(ruta).isDirectory()
          ? fs
              .readdirSync(ruta)
              .filter((name) => name.endsWith('.csv'))
              .sort()
              .map((name) => path.join(ruta, name))
          : fs.existsSync(ruta)
            ? [ruta]
            : [];
      store.clear();
      for (const file of files) {
        watcher?.add(file);
        const archivo = path.basename(file, '.csv');
        for (const fila of parseCsv(fs.readFileSync(file, 'utf8')).filas) {
          const entryId = id ? id(fila.valores, archivo, fila.linea) : `${archivo}-${fila.linea}`;
          const data = await parseData({ id: entryId, data: fila.valores });
          store.set({ id: entryId, data, digest: generateDigest(fila.valores) });
        }
      }
    },
  };
}
