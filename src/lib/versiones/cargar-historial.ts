/**
 * The dataset history of this build, read once: from the project's own git repository when the
 * content is the project's own folders, with the rows of each commit cached under
 * `node_modules/.cache/versiones-de-datos/`.
 */
import path from 'node:path';
import sitio from '../../../sitio.config.ts';
import { resolveFolders } from '../contenido/rutas.ts';
import { today } from '../fechas.ts';
import { absoluteUrl } from '../url.ts';
import { datasetRowsAt } from './filas-de-version.ts';
import { readDataHistory, type HistorialDeDatos } from './historial-de-datos.ts';
import { filesBelow } from '../arbol-de-archivos.ts';
import { filesFingerprint } from '../huella-de-archivos.ts';

/** Source files whose code turns content into rows: a change to any of them invalidates the cache. */
function codeFiles(raiz: string): string[] {
  const src = path.join(raiz, 'src');
  const propios = filesBelow(src)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => path.join(src, f));
  return [...propios, path.join(raiz, 'sitio.config.ts')];
}

let cache: HistorialDeDatos | undefined;

export function loadDataHistory(): HistorialDeDatos {
  if (cache) return cache;
  const carpetas = resolveFolders();
  const propias = carpetas.contenido === path.join(carpetas.raiz, 'content') && carpetas.datos === path.join(carpetas.raiz, 'data');
  if (!propias) {
    cache = { disponible: false, motivo: 'el contenido se leyó de otra carpeta (CONTENIDO_DIR o DATOS_DIR), cuyo historial no es el de este repositorio' };
    return cache;
  }
  const contexto = { absoluta: (ruta: string) => absoluteUrl(ruta) };
  cache = readDataHistory({
    raiz: carpetas.raiz,
    maximo: sitio.versiones.commitsLeidos,
    cache: path.join(carpetas.raiz, 'node_modules', '.cache', 'versiones-de-datos'),
    claveDeCodigo: filesFingerprint(carpetas.raiz, codeFiles(carpetas.raiz), `${absoluteUrl('/')}\0${today()}`),
    derivar: (copia) => datasetRowsAt(copia, contexto),
  });
  return cache;
}
