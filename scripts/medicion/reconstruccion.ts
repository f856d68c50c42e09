/**
 * The benchmark's rebuilds after one edit: this site's, on top of the last full build's cache and
 * compared file by file with a clean build of the same content, and a bare Astro site's with
 * Astro's own incremental build, as the reference of what Astro alone achieves at that size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bareSite } from './astro-basico.ts';
import { differentFiles, fileHashes } from './huellas.ts';
import { roundRatio, roundSeconds } from './medianas.ts';
import { measure } from './proceso.ts';

/** Where this project is and how to run Astro. */
export interface Proyecto {
  raiz: string;
  astroBin: string;
}

/**
 * Rewrites the middle file of `carpeta` (by name) with `editar`, which must change it (else the
 * error names `queCorregir`). Returns the file's name.
 */
function editMiddleFile(carpeta: string, editar: (texto: string) => string, queCorregir: string): string {
  const nombres = fs.readdirSync(carpeta).sort();
  const nombre = nombres[Math.floor(nombres.length / 2)];
  const archivo = path.join(carpeta, nombre);
  const antes = fs.readFileSync(archivo, 'utf8');
  const despues = editar(antes);
  if (despues === antes) throw new Error(`${nombre} no tiene ${queCorregir} que corregir`);
  fs.writeFileSync(archivo, despues);
  return nombre;
}

/**
 * Edits one session of a synthetic corpus (the middle one, by file name): its summary, which its
 * page, its body's pages, the lists and the datasets show. Returns the file's name.
 */
export function editOneSession(corpus: string): string {
  return editMiddleFile(
    path.join(corpus, 'content', 'sesiones'),
    (texto) => texto.replace(/^resumen: "/m, 'resumen: "Resumen corregido. '),
    'un resumen entre comillas',
  );
}

/** Edits one page of a bare site (the middle one, by file name): its title. Returns the file's name. */
export function editOnePage(sitio: string): string {
  return editMiddleFile(path.join(sitio, 'paginas'), (texto) => texto.replace(/^title: (.*)$/m, 'title: $1 (corregida)'), 'un título');
}

export interface MedicionIncremental {
  /** The session file edited after the full build. */
  sesionEditada: string;
  segundos: number;
  memoriaPicoMB: number;
  /** Time of the rebuild over the time of the full build it follows. */
  razonContraCompleta: number;
  /** Whether every file of the rebuild has the SHA-256 of a clean build of the same content. */
  igualALimpia: boolean;
  archivosDistintos: string[];
  correcto: boolean;
}

/**
 * After a full build into `salida` (its cache left in place), edits one session and rebuilds
 * incrementally; then builds the same content clean, with an empty cache of its own, and
 * compares the SHA-256 of every file of both.
 */
export async function measureIncremental(
  { raiz, astroBin }: Proyecto,
  corpus: string,
  salida: string,
  entorno: Record<string, string>,
  completa: number,
): Promise<MedicionIncremental> {
  const sesionEditada = editOneSession(corpus);
  console.log(`Reconstruyendo tras editar ${sesionEditada}…`);
  const incremental = await measure([astroBin, 'build', '--outDir', salida], raiz, entorno);
  const limpia = `${salida}-limpia`;
  const cacheLimpia = `${salida}-cache-limpia`;
  fs.rmSync(limpia, { recursive: true, force: true });
  fs.rmSync(cacheLimpia, { recursive: true, force: true });
  console.log('Construyendo lo mismo desde cero, para comparar…');
  const limpiaMedida = await measure([astroBin, 'build', '--outDir', limpia], raiz, { ...entorno, CARPETA_DE_CACHE: cacheLimpia });
  const archivosDistintos = differentFiles(fileHashes(salida), fileHashes(limpia));
  fs.rmSync(limpia, { recursive: true, force: true });
  fs.rmSync(cacheLimpia, { recursive: true, force: true });
  return {
    sesionEditada,
    segundos: roundSeconds(incremental.segundos),
    memoriaPicoMB: incremental.memoriaPicoMB,
    razonContraCompleta: roundRatio(incremental.segundos, completa),
    igualALimpia: archivosDistintos.length === 0,
    archivosDistintos: archivosDistintos.slice(0, 20),
    correcto: incremental.codigo === 0 && limpiaMedida.codigo === 0,
  };
}

export interface MedicionIncrementalBasica {
  /** Full build of the bare site with Astro's incremental build, cold. */
  completaSegundos: number;
  /** Rebuild after editing one page's title. */
  segundos: number;
  /** The rebuild over that site's own full build. */
  razonContraSuCompleta: number;
  correcto: boolean;
}

/**
 * A bare Astro site of `paginas` pages with Astro's incremental build and `cacheKey`: a cold
 * build, then one page edited and rebuilt on that build's cache. What Astro alone does with one
 * edit at this size, beside this site's rebuild.
 */
export async function measureBareIncremental({ astroBin }: Proyecto, trabajo: string, paginas: number): Promise<MedicionIncrementalBasica> {
  const sitio = bareSite(trabajo, paginas, { incremental: true });
  try {
    console.log('Construyendo Astro básico con construcción incremental…');
    const completa = await measure([astroBin, 'build'], sitio, {});
    const pagina = editOnePage(sitio);
    console.log(`Reconstruyendo Astro básico tras editar ${pagina}…`);
    const incremental = await measure([astroBin, 'build'], sitio, {});
    return {
      completaSegundos: roundSeconds(completa.segundos),
      segundos: roundSeconds(incremental.segundos),
      razonContraSuCompleta: roundRatio(incremental.segundos, completa.segundos),
      correcto: completa.codigo === 0 && incremental.codigo === 0,
    };
  } finally {
    fs.rmSync(sitio, { recursive: true, force: true });
  }
}
