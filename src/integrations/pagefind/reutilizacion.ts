/**
 * Reusing the parts of the search index between builds. With Astro's incremental build an
 * unchanged page is copied from the previous build instead of rendered, so it never reaches the
 * index as it renders; and re-indexing every page for one changed session would cost most of the
 * time saved. So the index is planned from the pages' contents: each indexed page is known by its
 * path and the SHA-256 of its HTML, a part of the index by the fingerprint of its pages (and of
 * the indexer's code and Pagefind's version), and a part whose fingerprint is the previous
 * build's is copied from the cache; only the others are indexed again, from the written pages.
 *
 * The cache (`<cacheDir>/busqueda/`) holds the last build's page hashes and a copy of each part.
 * Hashes of copied pages are trusted only if Astro's incremental manifest is the one this cache
 * was written with; otherwise those pages are read and hashed again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVO_DE_PARTES, partCapacities, partFolder } from '../../lib/busqueda/partes.ts';
import { fingerprint } from '../../lib/incremental/huella.ts';

const VERSION = 2;

/** Astro's incremental manifest, in its `cacheDir` (astro/dist/core/build/incremental.js). */
export const MANIFIESTO_DE_ASTRO = 'incremental-build.json';

/** A page of the site as the index plans it: indexed (with its hash) or not (`null`). */
export type HuellaDePagina = string | null;

export interface CacheDeBusqueda {
  version: number;
  /** Fingerprint of Astro's incremental manifest when this cache was written. */
  manifiestoDeAstro: string | undefined;
  /** Every page of the last build by site path: the SHA-256 of its HTML if it was indexed. */
  paginas: Record<string, HuellaDePagina>;
  /** Fingerprint of each part of the last build's index, by part number. */
  partes: string[];
  /** Site paths of each part's pages, in index order, by part number (`anticipo.ts`). */
  urlsDePartes: string[][];
}

export interface ParteEnElPlan {
  numero: number;
  /** Site paths of its pages, in index order. */
  urls: string[];
  clave: string;
}

/** Site path of a page as the index knows it, with a trailing slash (`/sesiones/x/`). */
export function pagePath(ruta: string): string {
  return ruta.endsWith('/') ? ruta : `${ruta}/`;
}

export const htmlHash = (html: Uint8Array | string) => createHash('sha256').update(html).digest('hex');

/**
 * Fingerprint of the code that turns pages into parts: this folder, the record extraction it
 * uses, and Pagefind's version. A change to any of them re-indexes every part.
 */
export function indexerFingerprint(raiz: string): string {
  const carpeta = import.meta.dirname;
  const fuentes = fs
    .readdirSync(carpeta)
    .filter((nombre) => nombre.endsWith('.ts') && !nombre.endsWith('.test.ts'))
    .sort()
    .map((nombre) => fs.readFileSync(path.join(carpeta, nombre), 'utf8'));
  fuentes.push(fs.readFileSync(path.join(carpeta, '../../lib/busqueda/html.ts'), 'utf8'));
  const pagefind = (JSON.parse(fs.readFileSync(path.join(raiz, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
  return fingerprint('indexador', pagefind, fuentes);
}

/**
 * The parts of the index for the indexed pages `paginas` (site path → HTML hash, in index order),
 * as `IndiceEnPartes` splits them: at most `paginasPorParte` to a part, even parts for the
 * `esperadas` pages of a group told in advance (`partCapacities`), numbered from `primerNumero`.
 */
export function planParts(
  paginas: readonly [string, string][],
  paginasPorParte: number,
  indexador: string,
  { primerNumero = 0, esperadas = 0 }: { primerNumero?: number; esperadas?: number } = {},
): ParteEnElPlan[] {
  const capacidad = partCapacities(esperadas, paginasPorParte);
  const partes: ParteEnElPlan[] = [];
  for (let inicio = 0, posicion = 0; inicio < paginas.length; posicion++) {
    const tamano = capacidad(posicion);
    const deLaParte = paginas.slice(inicio, inicio + tamano);
    const numero = primerNumero + posicion;
    partes.push({ numero, urls: deLaParte.map(([url]) => url), clave: fingerprint('parte', indexador, numero, paginasPorParte, deLaParte) });
    inicio += tamano;
  }
  return partes;
}

/** The search cache's folder in Astro's `cacheDir`. */
export const searchCacheFolder = (cacheDir: string) => path.join(cacheDir, 'busqueda');
const manifestOf = (cacheDir: string) => path.join(searchCacheFolder(cacheDir), 'indice.json');
export const cachedPartFolder = (cacheDir: string, numero: number) => path.join(searchCacheFolder(cacheDir), `parte-${numero}`);

/**
 * Gives `destino` the file `origen`: a hard link to it, or a copy where linking is not possible
 * (another file system). A part is thousands of small files (5 500 for 5 400 pages), which take
 * seconds to copy and a moment to link; no build writes into a part's files once they are
 * written, so the cache and the output can share them.
 */
function linkOrCopy(origen: string, destino: string): void {
  try {
    fs.linkSync(origen, destino);
  } catch {
    fs.copyFileSync(origen, destino);
  }
}

/** Links every file below `origen` into `destino`, but for the entries named in `omitir`. */
function linkTree(origen: string, destino: string, omitir: ReadonlySet<string> = new Set()): void {
  fs.mkdirSync(destino, { recursive: true });
  for (const entrada of fs.readdirSync(origen, { withFileTypes: true })) {
    if (omitir.has(entrada.name)) continue;
    const de = path.join(origen, entrada.name);
    const a = path.join(destino, entrada.name);
    if (entrada.isDirectory()) linkTree(de, a);
    else linkOrCopy(de, a);
  }
}

/** What the first part's folder holds that is not the first part's: the other parts and their list. */
const AJENOS_A_LA_PRIMERA_PARTE = new Set(['partes', ARCHIVO_DE_PARTES]);

/**
 * Puts the files of one part in `destino` (linked, see `linkOrCopy`). The first part is the
 * search folder itself, which also holds the other parts (`partes/`) and their list: those are
 * not the first part's.
 */
export function copyPart(origen: string, destino: string): void {
  linkTree(origen, destino, AJENOS_A_LA_PRIMERA_PARTE);
}

/** Fingerprint of Astro's incremental manifest as it is now, if there is one. */
export function astroManifestFingerprint(cacheDir: string): string | undefined {
  const archivo = path.join(cacheDir, MANIFIESTO_DE_ASTRO);
  return fs.existsSync(archivo) ? htmlHash(fs.readFileSync(archivo)) : undefined;
}

/** The last build's search cache, or `undefined` when there is none (or of another version). */
export function readSearchCache(cacheDir: string): CacheDeBusqueda | undefined {
  try {
    const cache = JSON.parse(fs.readFileSync(manifestOf(cacheDir), 'utf8')) as CacheDeBusqueda;
    return cache.version === VERSION ? cache : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves this build's plan: copies the parts that were indexed again (`nuevas`) from the output's
 * search folder, drops cached parts beyond the last one, and writes the manifest last, so an
 * interrupted save leaves no manifest pointing at missing parts.
 */
export function writeSearchCache(
  cacheDir: string,
  carpetaDeBusqueda: string,
  { paginas, partes, nuevas }: { paginas: Record<string, HuellaDePagina>; partes: readonly ParteEnElPlan[]; nuevas: ReadonlySet<number> },
): void {
  const carpeta = searchCacheFolder(cacheDir);
  fs.rmSync(manifestOf(cacheDir), { force: true });
  fs.mkdirSync(carpeta, { recursive: true });
  for (const parte of partes) {
    const destino = cachedPartFolder(cacheDir, parte.numero);
    if (!nuevas.has(parte.numero) && fs.existsSync(destino)) continue;
    fs.rmSync(destino, { recursive: true, force: true });
    copyPart(path.join(carpetaDeBusqueda, partFolder(parte.numero)), destino);
  }
  for (const nombre of fs.readdirSync(carpeta)) {
    const numero = /^parte-(\d+)$/.exec(nombre)?.[1];
    if (numero !== undefined && Number(numero) >= partes.length) fs.rmSync(path.join(carpeta, nombre), { recursive: true, force: true });
  }
  const cache: CacheDeBusqueda = {
    version: VERSION,
    manifiestoDeAstro: astroManifestFingerprint(cacheDir),
    paginas,
    partes: partes.map((parte) => parte.clave),
    urlsDePartes: partes.map((parte) => parte.urls),
  };
  fs.writeFileSync(manifestOf(cacheDir), JSON.stringify(cache));
}
