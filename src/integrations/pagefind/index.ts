/**
 * Site search: Pagefind (its Node API) indexes each record page while Astro renders the rest, and
 * the search bundle is written to `<outDir>/pagefind/`. The concerns, one module each:
 *
 * - `prerenderizador.ts`: record pages reach the index as Astro renders them, in a fixed order;
 * - `partes.ts`: a large site is indexed in parts, each written while the next is fed;
 * - `hilo-de-parte.ts`: each part is indexed in a worker thread (and Pagefind process) of its own;
 * - `parte.ts`: one part, built with Pagefind's Node API, in Spanish, record elements only;
 * - `reutilizacion.ts`, `reindexado.ts`: with Astro's incremental build, parts whose pages did not
 *   change are copied from the cache and only the others indexed again;
 * - `adelanto.ts`: …the record parts among them while Astro generates the rest of the site;
 * - `anticipo.ts`: …and the part of an edited record from the start of the build;
 * - `informe.ts`: what the build says, and why it stops.
 *
 * Result URLs are relative to the site (`/sesiones/x/`); the search page adds the configured
 * `base` on the client (`pagefind.options({ baseUrl })`), and the bundle is served from
 * `<base>pagefind/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { stopOnReport } from '../informes.ts';
import { resolveFolders } from '../../lib/contenido/rutas.ts';
import type { InstantaneaDeFuentes } from '../../lib/incremental/fuentes.ts';
import { anticipablePartInWorker, partInWorker, partInWorkerOnAllCores } from './hilo-de-parte.ts';
import { IndexadoAdelantado, usableEarlyParts } from './adelanto.ts';
import { IndexadoAnticipado, partsToAnticipate, writeSourceSnapshot } from './anticipo.ts';
import { failureMessages, indexingProblem, indexingSummary, removeBundle, reuseSummary, unmarkedTemplateWarning } from './informe.ts';
import type { ClaseDePlantilla } from '../../lib/busqueda/orden.ts';
import { PAGINAS_POR_PARTE } from '../../lib/busqueda/partes.ts';
import { IndiceEnPartes, CARPETA_DE_BUSQUEDA, type OpcionesDeIndexado, type PaginaParaIndexar, type ResultadoDeIndexado } from './partes.ts';
import { indexingPrerenderer, recordPathCount, templateClasses, type RutaDelSitio } from './prerenderizador.ts';
import { indexFromOutput, pageHashes, planOfBuild } from './reindexado.ts';
import {
  astroManifestFingerprint,
  htmlHash,
  indexerFingerprint,
  MANIFIESTO_DE_ASTRO,
  readSearchCache,
  writeSearchCache,
  type CacheDeBusqueda,
  type HuellaDePagina,
} from './reutilizacion.ts';

export { CARPETA_DE_BUSQUEDA } from './partes.ts';

/** Removes the incomplete bundle, says why in Spanish and ends the build with exit code 1. */
function fail(logger: AstroIntegrationLogger, salida: string, motivo: string): never {
  removeBundle(salida);
  for (const linea of failureMessages(motivo)) logger.error(linea);
  process.exit(1);
}

export default function pagefindSearch(opciones: OpcionesDeIndexado = {}): AstroIntegration {
  let base = '/';
  let salida = '';
  let claseDe: (componente: string) => ClaseDePlantilla = () => 'otra';
  const plantillasSinMarca = new Set<string>();
  let raiz = '';
  /** Astro's cache folder when the build is incremental (`experimental.incrementalBuild`). */
  let cacheDir: string | undefined;
  /** Set when pages may be copied from the previous build: the index is then planned at the end. */
  let reutilizable: { anterior: CacheDeBusqueda | undefined; confiable: boolean } | undefined;
  let indexado: IndiceEnPartes | undefined;
  let adelanto: IndexadoAdelantado | undefined;
  let anticipo: IndexadoAnticipado | undefined;
  /** The record files this build started from (`anticipo.ts`), saved with the search cache. */
  let fuentes: InstantaneaDeFuentes | undefined;
  let rutas: RutaDelSitio[] = [];
  const renderizadas = new Map<string, HuellaDePagina>();
  return {
    name: 'busqueda-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        salida = fileURLToPath(config.outDir);
        raiz = fileURLToPath(config.root);
        claseDe = templateClasses(raiz);
        cacheDir = config.experimental.incrementalBuild ? fileURLToPath(config.cacheDir) : undefined;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // Astro copies unchanged pages from the previous build only when it has a manifest of it;
        // without one every page is rendered and indexed as it renders.
        if (cacheDir && fs.existsSync(path.join(cacheDir, MANIFIESTO_DE_ASTRO))) {
          const anterior = readSearchCache(cacheDir);
          reutilizable = { anterior, confiable: anterior?.manifiestoDeAstro === astroManifestFingerprint(cacheDir) };
        }
        if (cacheDir) {
          // Astro has synced content and bundles next: the part of an edited record is indexed
          // meanwhile (`anticipo.ts`).
          const confiable = reutilizable?.confiable ? reutilizable.anterior : undefined;
          const { fuentes: ahora, numeros } = partsToAnticipate(resolveFolders(raiz), cacheDir, confiable);
          fuentes = ahora;
          if (confiable && numeros.length) {
            anticipo = new IndexadoAnticipado({ salida, cacheDir, urlsDePartes: confiable.urlsDePartes, numeros }, anticipablePartInWorker);
          }
        }
        let destino: { add(pagina: PaginaParaIndexar): unknown; flush(): void };
        const recordHash = (pagina: PaginaParaIndexar) => void renderizadas.set(pagina.url, htmlHash(pagina.html));
        if (reutilizable?.confiable && reutilizable.anterior && cacheDir) {
          const adelantado = new IndexadoAdelantado({
            salida,
            cacheDir,
            anterior: reutilizable.anterior,
            paginasPorParte: opciones.paginasPorParte ?? PAGINAS_POR_PARTE,
            indexador: indexerFingerprint(raiz),
            abrirParte: partInWorker,
            anticipo,
          });
          adelanto = adelantado;
          destino = { add: (pagina) => (recordHash(pagina), adelantado.keep(pagina)), flush: () => {} };
        } else if (reutilizable) destino = { add: recordHash, flush: () => {} };
        else {
          const indice = new IndiceEnPartes(salida, opciones, partInWorker);
          indice.prepare();
          indexado = indice;
          // Hashed before the bytes move to the indexer's thread.
          destino = { add: (pagina) => (recordHash(pagina), indice.add(pagina)), flush: () => indice.flush() };
        }
        // A build has one prerenderer, so the one that stops on reported errors is composed here.
        setPrerenderer((predeterminado) =>
          indexingPrerenderer(stopOnReport(predeterminado), {
            indice: destino,
            base,
            claseDe,
            paginasPorParte: opciones.paginasPorParte ?? PAGINAS_POR_PARTE,
            onUnmarkedTemplate: (componente) => plantillasSinMarca.add(componente),
            onPaths: (todas) => {
              rutas = todas;
              // Record pages come first: the index splits them into even parts.
              indexado?.expect(recordPathCount(todas));
            },
            onUnindexedPage: (url) => renderizadas.set(url, null),
            onRecordPagesDone: () => adelanto?.start(rutas, renderizadas),
          }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const carpeta = fileURLToPath(dir);
        const inicio = performance.now();
        let resultado: ResultadoDeIndexado;
        let guardar: (() => void) | undefined;
        try {
          // What the index holds, planned as a clean build splits it (only needed with a cache).
          const paginas = cacheDir && pageHashes(rutas, renderizadas, reutilizable?.confiable ? reutilizable.anterior?.paginas : undefined, carpeta);
          const plan = paginas && planOfBuild(rutas, paginas, opciones.paginasPorParte ?? PAGINAS_POR_PARTE, indexerFingerprint(raiz));
          let nuevas: Set<number> | undefined;
          if (reutilizable && cacheDir && plan) {
            const adelantadas = await usableEarlyParts(adelanto?.partes ?? new Map(), plan, carpeta);
            ({ resultado, nuevas } = await indexFromOutput(
              carpeta,
              plan,
              { carpeta: cacheDir, anterior: reutilizable.anterior },
              opciones,
              partInWorkerOnAllCores,
              adelantadas,
            ));
            logger.info(reuseSummary(plan.length, nuevas.size, adelantadas.size, adelanto?.anticipadas ?? 0));
          } else {
            if (!indexado) throw new Error('el índice no se empezó a construir');
            resultado = await indexado.finish();
            // Every part was written now; the plan must describe them, or nothing is cached.
            if (plan && plan.reduce((suma, parte) => suma + parte.urls.length, 0) === resultado.paginas) nuevas = new Set(plan.map((parte) => parte.numero));
          }
          if (cacheDir && paginas && plan && nuevas) {
            const carpetaDeCache = cacheDir;
            const datos = { paginas, partes: plan, nuevas };
            guardar = () => {
              writeSearchCache(carpetaDeCache, path.join(carpeta, CARPETA_DE_BUSQUEDA), datos);
              if (fuentes) writeSourceSnapshot(carpetaDeCache, fuentes);
            };
          }
        } catch (error) {
          await anticipo?.cancelRest();
          fail(logger, carpeta, `Pagefind falló: ${error instanceof Error ? error.message : String(error)}`);
        }
        // Parts started early that no plan took (the record pages were never all in).
        await anticipo?.cancelRest();
        const problema = indexingProblem(resultado);
        if (problema) fail(logger, carpeta, problema);
        // Saved only for an index that can be published, for the next build to reuse.
        guardar?.();
        logger.info(indexingSummary(resultado, ((performance.now() - inicio) / 1000).toFixed(1)));
        for (const componente of plantillasSinMarca) logger.warn(unmarkedTemplateWarning(componente));
      },
    },
  };
}
