/**
 * The record parts of the index that an edited record lives in, started as soon as Astro has
 * synced content (`astro:build:start`). After a one-session edit at 10 000 sessions, indexing the
 * session's part again (5 400 pages, about 18 s on one core) is what the build waited for last
 * when it started only once every record page was in (`adelanto.ts`): 7 to 9 s after the last
 * page, against 2 s started here, while Astro bundles and generates. Started before the sync, it
 * slowed the sync by about as much as it saved.
 *
 * Pagefind numbers pages in the order they come and, given again a path it already has, replaces
 * that page where it stands: the index is byte for byte the one of the new page given in its place
 * (`anticipo.test.ts` checks it with Pagefind itself). So the part is fed at once Astro's cached
 * copy of each of its pages as the last build wrote them, read by the part's own worker; once
 * every record page is in, the pages of the part this build rendered are given again. A part
 * whose pages turn out not to be the last build's (a page added, removed or moved to another
 * part) is cancelled, and indexed as before.
 *
 * Which parts: those with a record page whose path has the id of a record file that changed
 * (`src/lib/incremental/fuentes.ts`), such as a session's own page. Other pages an edit reaches
 * (a body's lists, a person's sessions) are known only once rendered: their parts are indexed as
 * before. A wrong guess costs time, never a different index.
 */
import fs from 'node:fs';
import path from 'node:path';
import { partFolder } from '../../lib/busqueda/partes.ts';
import type { Carpetas } from '../../lib/contenido/rutas.ts';
import { changedSources, recordIds, recordSourceFiles, snapshotSources, type InstantaneaDeFuentes } from '../../lib/incremental/fuentes.ts';
import type { ParteAnticipable } from './hilo-de-parte.ts';
import { CARPETA_DE_BUSQUEDA } from './partes.ts';
import { searchCacheFolder, type CacheDeBusqueda } from './reutilizacion.ts';

/** Parts started at once at most: each is an indexer of its own, on a core and a few hundred MB. */
export const PARTES_ANTICIPADAS = 2;

/** Astro's cached copy of the page at site path `url`, which it copies when the page is unchanged (astro/dist/core/build/incremental.js). */
export const cachedPageFile = (cacheDir: string, url: string) => path.join(cacheDir, 'dist', url, 'index.html');

export type AbrirParteAnticipable = (carpeta: string, numero: number) => ParteAnticipable;

/** Numbers of the parts (`urlsDePartes`: site paths of each part's pages) with a page of one of the records `ids`. */
export function partsOfRecords(urlsDePartes: readonly (readonly string[])[], ids: readonly string[]): number[] {
  const buscados = new Set(ids);
  const numeros: number[] = [];
  urlsDePartes.forEach((urls, numero) => {
    if (urls.some((url) => url.split('/').some((segmento) => buscados.has(segmento)))) numeros.push(numero);
  });
  return numeros;
}

const snapshotFile = (cacheDir: string) => path.join(searchCacheFolder(cacheDir), 'fuentes.json');

/** The snapshot of record files the last build saved, if any. */
export function readSourceSnapshot(cacheDir: string): InstantaneaDeFuentes | undefined {
  try {
    return JSON.parse(fs.readFileSync(snapshotFile(cacheDir), 'utf8')) as InstantaneaDeFuentes;
  } catch {
    return undefined;
  }
}

/** Saves the snapshot of record files this build started from, for the next build to compare. */
export function writeSourceSnapshot(cacheDir: string, instantanea: InstantaneaDeFuentes): void {
  fs.mkdirSync(searchCacheFolder(cacheDir), { recursive: true });
  fs.writeFileSync(snapshotFile(cacheDir), JSON.stringify(instantanea));
}

/** The record files now, and the parts of the last build's index worth starting before Astro generates the site. */
export function partsToAnticipate(
  carpetas: Carpetas,
  cacheDir: string,
  anterior: CacheDeBusqueda | undefined,
): { fuentes: InstantaneaDeFuentes; numeros: number[] } {
  const previas = readSourceSnapshot(cacheDir);
  const fuentes = snapshotSources(recordSourceFiles(carpetas), carpetas.raiz, previas);
  if (!previas || !anterior) return { fuentes, numeros: [] };
  const { cambiados, mismosArchivos } = changedSources(previas, fuentes);
  // A record added or removed moves pages between parts: none would keep the last build's pages.
  if (!mismosArchivos || cambiados.length === 0) return { fuentes, numeros: [] };
  const numeros = partsOfRecords(anterior.urlsDePartes, recordIds(cambiados));
  const enCache = (url: string) => fs.existsSync(cachedPageFile(cacheDir, url));
  return { fuentes, numeros: numeros.filter((numero) => anterior.urlsDePartes[numero].every(enCache)).slice(0, PARTES_ANTICIPADAS) };
}

/** Parts started from the last build's pages, until the build takes or cancels them. */
export class IndexadoAnticipado {
  private readonly partes = new Map<number, { urls: readonly string[]; parte: ParteAnticipable }>();

  /**
   * Starts each part of `numeros` (`urlsDePartes` by number, as the last build planned them) in
   * `salida`'s search folder, fed the cached copy of each of its pages.
   */
  constructor(
    { salida, cacheDir, urlsDePartes, numeros }: { salida: string; cacheDir: string; urlsDePartes: readonly (readonly string[])[]; numeros: readonly number[] },
    abrir: AbrirParteAnticipable,
  ) {
    for (const numero of numeros) {
      const urls = urlsDePartes[numero];
      const parte = abrir(path.join(salida, CARPETA_DE_BUSQUEDA, partFolder(numero)), numero);
      for (const url of urls) parte.addFile({ url, archivo: cachedPageFile(cacheDir, url) });
      this.partes.set(numero, { urls, parte });
    }
  }

  /** Numbers of the parts started and neither taken nor cancelled. */
  get numbers(): number[] {
    return [...this.partes.keys()];
  }

  /**
   * The part started as number `numero`, if its pages are `urls` in this order (it is then the
   * caller's to finish); a part started with other pages is cancelled.
   */
  take(numero: number, urls: readonly string[]): ParteAnticipable | undefined {
    const iniciada = this.partes.get(numero);
    if (!iniciada) return undefined;
    this.partes.delete(numero);
    if (iniciada.urls.length === urls.length && iniciada.urls.every((url, i) => url === urls[i])) return iniciada.parte;
    void iniciada.parte.cancel();
    return undefined;
  }

  /** Cancels every part not taken (nothing of theirs is written); resolves once their workers exit. */
  async cancelRest(): Promise<void> {
    const restantes = [...this.partes.values()];
    this.partes.clear();
    await Promise.all(restantes.map(({ parte }) => parte.cancel()));
  }
}
