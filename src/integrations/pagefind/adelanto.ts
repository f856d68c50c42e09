/**
 * The record parts of the index of a build that copies unchanged pages (`reutilizacion.ts`),
 * indexed while Astro generates the rest of the site instead of after it. Record templates are
 * generated first (`src/lib/busqueda/orden.ts`), so once the last record page is in, the parts
 * that hold them can be planned as a clean build splits them; a part whose pages changed is
 * indexed at once, from the pages this build rendered (kept in memory until then) and, for the
 * pages Astro copied, from Astro's cache, where the copy in the output comes from.
 * `reindexado.ts` then waits for these parts instead of indexing them.
 *
 * A part started before the generation (`anticipo.ts`) is taken instead when its pages are the
 * ones planned: it only needs the pages this build rendered.
 *
 * After a change to the templates every page is rendered again; past `PAGINAS_GUARDADAS` rendered
 * record pages none are kept, and the parts are indexed from the output once the site is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { partFolder } from '../../lib/busqueda/partes.ts';
import { cachedPageFile, type IndexadoAnticipado } from './anticipo.ts';
import type { ParteAnticipable } from './hilo-de-parte.ts';
import { CARPETA_DE_BUSQUEDA, type AbrirParte, type PaginaParaIndexar, type ResultadoDeIndexado } from './partes.ts';
import { recordPathCount, type RutaDelSitio } from './prerenderizador.ts';
import { cachedPartFolder, planParts, type CacheDeBusqueda, type HuellaDePagina, type ParteEnElPlan } from './reutilizacion.ts';

/** Rendered record pages kept for the early parts (a few megabytes for one edited session). */
export const PAGINAS_GUARDADAS = 2_000;

/** A part being indexed during the generation, and the plan it was started with. */
export interface ParteAdelantada {
  parte: ParteEnElPlan;
  resultado: Promise<ResultadoDeIndexado>;
}

export interface OpcionesDelAdelanto {
  /** The build's output folder. */
  salida: string;
  /** Astro's cache folder (`cacheDir`). */
  cacheDir: string;
  /** The previous build's search cache, trusted (its hashes match Astro's manifest). */
  anterior: CacheDeBusqueda;
  paginasPorParte: number;
  /** `indexerFingerprint()`. */
  indexador: string;
  abrirParte: AbrirParte;
  /** Parts started before the generation, if any. */
  anticipo?: IndexadoAnticipado;
}

export class IndexadoAdelantado {
  private readonly opciones: OpcionesDelAdelanto;
  private readonly renderizadas = new Map<string, Uint8Array>();
  private desbordado = false;
  private iniciado = false;
  /** Parts started early, by number; empty until `start`, and when nothing could start early. */
  readonly partes = new Map<number, ParteAdelantada>();
  /** How many of them were started before the generation (`anticipo.ts`). */
  anticipadas = 0;

  constructor(opciones: OpcionesDelAdelanto) {
    this.opciones = opciones;
  }

  /** A record page this build rendered (its bytes are copied: the original goes on to the indexer). */
  keep(pagina: PaginaParaIndexar): void {
    if (this.desbordado || this.iniciado) return;
    if (this.renderizadas.size >= PAGINAS_GUARDADAS) {
      this.desbordado = true;
      this.renderizadas.clear();
      return;
    }
    const { html } = pagina;
    this.renderizadas.set(pagina.url, typeof html === 'string' ? new TextEncoder().encode(html) : html.slice());
  }

  /**
   * Every record page is in (`huellas`: this build's hash of each page it rendered): plans the
   * record parts and starts indexing those whose pages changed, one after another, as
   * `IndiceEnPartes` does. Does nothing when a record page is known neither to this build nor to
   * the previous one.
   */
  start(rutas: readonly RutaDelSitio[], huellas: ReadonlyMap<string, HuellaDePagina>): void {
    if (this.iniciado) return;
    this.iniciado = true;
    const { anterior, cacheDir, paginasPorParte, indexador } = this.opciones;
    const indexadas: [string, string][] = [];
    for (const { url, clase } of rutas) {
      if (clase !== 'registro') continue;
      let huella = huellas.get(url);
      if (huella === undefined) huella = anterior.paginas[url];
      // A page neither rendered now nor known before: the parts wait for the written site.
      if (huella === undefined) this.desbordado = true;
      else if (huella) indexadas.push([url, huella]);
    }
    if (this.desbordado) {
      this.renderizadas.clear();
      void this.opciones.anticipo?.cancelRest();
      return;
    }
    let anteriorEscrita: Promise<unknown> = Promise.resolve();
    for (const parte of planParts(indexadas, paginasPorParte, indexador, { esperadas: recordPathCount(rutas) })) {
      if (anterior.partes[parte.numero] === parte.clave && fs.existsSync(cachedPartFolder(cacheDir, parte.numero))) continue;
      const anticipada = this.opciones.anticipo?.take(parte.numero, parte.urls);
      if (anticipada) this.anticipadas++;
      const resultado = anticipada ? this.completeAnticipated(anticipada, parte) : this.indexAfter(anteriorEscrita, parte);
      // Awaited by `reindexado.ts`; until then a failure must not go unobserved.
      resultado.catch(() => {});
      anteriorEscrita = resultado;
      this.partes.set(parte.numero, { parte, resultado });
    }
    this.renderizadas.clear();
    // Parts started for pages that turned out unchanged.
    void this.opciones.anticipo?.cancelRest();
  }

  /** A part started before the generation, fed the last build's pages: the ones rendered now replace theirs in place. */
  private completeAnticipated(anticipada: ParteAnticipable, parte: ParteEnElPlan): Promise<ResultadoDeIndexado> {
    for (const url of parte.urls) {
      const html = this.renderizadas.get(url);
      if (html) anticipada.add({ url, html });
    }
    return anticipada.finish();
  }

  /** The part indexed from the pages rendered now and Astro's copy of the others, once `previa` is written. */
  private indexAfter(previa: Promise<unknown>, parte: ParteEnElPlan): Promise<ResultadoDeIndexado> {
    const { cacheDir, salida, abrirParte } = this.opciones;
    // Taken now: the rendered pages are let go once every part has started.
    const paginas = parte.urls.map((url) => this.renderizadas.get(url) ?? url);
    return (async () => {
      // Started after the part before it is written, as a clean build does (memory).
      await previa.catch(() => {});
      const enCurso = abrirParte(path.join(salida, CARPETA_DE_BUSQUEDA, partFolder(parte.numero)), parte.numero, undefined);
      for (const [i, pagina] of paginas.entries()) {
        const url = parte.urls[i];
        const html = typeof pagina === 'string' ? new Uint8Array(fs.readFileSync(cachedPageFile(cacheDir, url))) : pagina;
        await enCurso.add({ url, html });
      }
      return enCurso.finish();
    })();
  }
}

/**
 * The early parts `reindexado.ts` can take as they are: each must have the key the final plan
 * gives its number. If one does not, or failed, every early part is waited for and the search
 * folder removed, and the whole index is made from the written site.
 */
export async function usableEarlyParts(
  adelantadas: ReadonlyMap<number, ParteAdelantada>,
  plan: readonly ParteEnElPlan[],
  salida: string,
): Promise<ReadonlyMap<number, ParteAdelantada>> {
  if (adelantadas.size === 0) return adelantadas;
  const claves = new Map(plan.map((parte) => [parte.numero, parte.clave]));
  const resultados = await Promise.allSettled([...adelantadas.values()].map((a) => a.resultado));
  const usables =
    resultados.every((r) => r.status === 'fulfilled' && r.value.errores.length === 0) &&
    [...adelantadas.values()].every((a) => claves.get(a.parte.numero) === a.parte.clave);
  if (usables) return adelantadas;
  fs.rmSync(path.join(salida, CARPETA_DE_BUSQUEDA), { recursive: true, force: true });
  return new Map();
}
