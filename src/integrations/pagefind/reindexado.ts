/**
 * The index of a build that reused pages (`reutilizacion.ts` says why): once every page is
 * written, the indexed pages are listed in the order a clean build indexes them, split into the
 * same parts, and each part is either copied from the cache or indexed again from the written
 * pages. The result is the bundle a clean build writes, byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MARCA_DE_REGISTRO } from '../../lib/busqueda/html.ts';
import type { ClaseDePlantilla } from '../../lib/busqueda/orden.ts';
import type { ParteAdelantada } from './adelanto.ts';
import { IndiceEnPartes, type AbrirParte, type OpcionesDeIndexado, type ParteEnCurso, type ResultadoDeIndexado } from './partes.ts';
import { recordPathCount, type RutaDelSitio } from './prerenderizador.ts';
import { cachedPartFolder, copyPart, htmlHash, planParts, type CacheDeBusqueda, type HuellaDePagina, type ParteEnElPlan } from './reutilizacion.ts';

/** The written HTML of a page (`format: 'directory'`), or `undefined` for other files. */
function writtenPage(salida: string, url: string): Buffer | undefined {
  const archivo = path.join(salida, url, 'index.html');
  return url.endsWith('/') && fs.existsSync(archivo) ? fs.readFileSync(archivo) : undefined;
}

/**
 * Every page's hash: this build's for rendered pages (`renderizadas`), the cache's for copied
 * ones when it can be trusted, else read from the written page.
 */
export function pageHashes(
  rutas: readonly RutaDelSitio[],
  renderizadas: ReadonlyMap<string, HuellaDePagina>,
  anteriores: CacheDeBusqueda['paginas'] | undefined,
  salida: string,
): Record<string, HuellaDePagina> {
  const paginas: Record<string, HuellaDePagina> = {};
  for (const { url } of rutas) {
    let huella = renderizadas.get(url);
    if (huella === undefined && anteriores && url in anteriores) huella = anteriores[url];
    if (huella === undefined) {
      const html = writtenPage(salida, url);
      huella = html?.includes(MARCA_DE_REGISTRO) ? htmlHash(html) : null;
    }
    paginas[url] = huella;
  }
  return paginas;
}

/**
 * The parts of the index, as a clean build splits them: the pages of record templates first
 * (rendered first; even parts for as many pages as those templates have paths), then the pages
 * of summaries, then the indexed pages of other templates, each group in path order and in parts
 * of its own.
 */
export function planOfBuild(
  rutas: readonly RutaDelSitio[],
  paginas: Record<string, HuellaDePagina>,
  paginasPorParte: number,
  indexador: string,
): ParteEnElPlan[] {
  const indexadas = (clase: ClaseDePlantilla) =>
    rutas.filter((r) => r.clase === clase && paginas[r.url]).map((r): [string, string] => [r.url, paginas[r.url]!]);
  const plan = planParts(indexadas('registro'), paginasPorParte, indexador, { esperadas: recordPathCount(rutas) });
  for (const clase of ['resumen', 'otra'] as const) plan.push(...planParts(indexadas(clase), paginasPorParte, indexador, { primerNumero: plan.length }));
  return plan;
}

/**
 * A part copied from the cache instead of indexed. It counts as written only once the part before
 * it is (`anterior`): the next part waits for it, so two indexers never grow at once even when a
 * copied part lies between them.
 */
function copiedPart(origen: string, carpeta: string, paginas: number, anterior: Promise<unknown> | undefined): ParteEnCurso {
  return {
    add: () => {},
    finish: async () => {
      copyPart(origen, carpeta);
      await anterior?.catch(() => {});
      return { paginas, errores: [] };
    },
  };
}

export interface Reindexado {
  resultado: ResultadoDeIndexado;
  /** Numbers of the parts indexed again (the others were copied). */
  nuevas: Set<number>;
}

/** A part indexed during the generation (`adelanto.ts`): only waited for. */
function earlyPart(adelantada: ParteAdelantada): ParteEnCurso {
  return { add: () => {}, finish: () => adelantada.resultado };
}

/**
 * Writes the index of `plan` into `salida`, copying the parts whose key the cache has and taking
 * those already indexed during the generation (`adelantadas`, with the plan's keys:
 * `usableEarlyParts`).
 */
export async function indexFromOutput(
  salida: string,
  plan: readonly ParteEnElPlan[],
  cache: { carpeta: string; anterior: CacheDeBusqueda | undefined },
  opciones: OpcionesDeIndexado,
  abrirParte: AbrirParte,
  adelantadas: ReadonlyMap<number, ParteAdelantada> = new Map(),
): Promise<Reindexado> {
  const copiadas = new Set(
    plan
      .filter((parte) => cache.anterior?.partes[parte.numero] === parte.clave && fs.existsSync(cachedPartFolder(cache.carpeta, parte.numero)))
      .map((parte) => parte.numero),
  );
  const porNumero = new Map(plan.map((parte) => [parte.numero, parte]));
  const indice = new IndiceEnPartes(salida, opciones, (carpeta, numero, anterior) => {
    const adelantada = adelantadas.get(numero);
    if (adelantada) return earlyPart(adelantada);
    return copiadas.has(numero)
      ? copiedPart(cachedPartFolder(cache.carpeta, numero), carpeta, porNumero.get(numero)!.urls.length, anterior)
      : abrirParte(carpeta, numero, anterior);
  });
  const vacia = new Uint8Array(0);
  for (const parte of plan) {
    for (const url of parte.urls) {
      const html = copiadas.has(parte.numero) || adelantadas.has(parte.numero) ? vacia : writtenPage(salida, url);
      if (!html) throw new Error(`falta la página ${url} que el índice debe incluir`);
      await indice.add({ url, html: new Uint8Array(html) });
    }
    indice.flush();
  }
  const resultado = await indice.finish();
  return { resultado, nuevas: new Set(plan.map((p) => p.numero).filter((n) => !copiadas.has(n))) };
}
