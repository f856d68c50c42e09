/**
 * Site search: Pagefind (its Node API) indexes each record page while Astro renders the rest, and
 * the search bundle is written to `<outDir>/pagefind/`. The concerns, one module each:
 *
 * - `prerenderizador.ts`: record pages reach the index as Astro renders them, in a fixed order;
 * - `partes.ts`: a large site is indexed in parts, each written while the next is fed;
 * - `hilo-de-parte.ts`: each part is indexed in a worker thread (and Pagefind process) of its own;
 * - `parte.ts`: one part, built with Pagefind's Node API, in Spanish, record elements only;
 * - `informe.ts`: what the build says, and why it stops.
 *
 * Result URLs are relative to the site (`/sesiones/x/`); the search page adds the configured
 * `base` on the client (`pagefind.options({ baseUrl })`), and the bundle is served from
 * `<base>pagefind/`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { stopOnReport } from '../informes.ts';
import { partInWorker } from './hilo-de-parte.ts';
import { failureMessages, indexingProblem, indexingSummary, removeBundle, unmarkedTemplateWarning } from './informe.ts';
import { IndiceEnPartes, type OpcionesDeIndexado, type ResultadoDeIndexado } from './partes.ts';
import { indexingPrerenderer, recordTemplates } from './prerenderizador.ts';

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
  let recordTemplate: (componente: string) => boolean = () => false;
  const plantillasSinMarca = new Set<string>();
  let indexado: IndiceEnPartes | undefined;
  return {
    name: 'busqueda-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        salida = fileURLToPath(config.outDir);
        recordTemplate = recordTemplates(fileURLToPath(config.root));
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const indice = new IndiceEnPartes(salida, opciones, partInWorker);
        indice.prepare();
        indexado = indice;
        // A build has one prerenderer, so the one that stops on reported errors is composed here.
        setPrerenderer((predeterminado) =>
          indexingPrerenderer(stopOnReport(predeterminado), {
            indice,
            base,
            recordTemplate,
            onUnmarkedTemplate: (componente) => plantillasSinMarca.add(componente),
          }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const carpeta = fileURLToPath(dir);
        const inicio = performance.now();
        let resultado: ResultadoDeIndexado;
        try {
          if (!indexado) throw new Error('el índice no se empezó a construir');
          resultado = await indexado.finish();
        } catch (error) {
          fail(logger, carpeta, `Pagefind falló: ${error instanceof Error ? error.message : String(error)}`);
        }
        const problema = indexingProblem(resultado);
        if (problema) fail(logger, carpeta, problema);
        logger.info(indexingSummary(resultado, ((performance.now() - inicio) / 1000).toFixed(1)));
        for (const componente of plantillasSinMarca) logger.warn(unmarkedTemplateWarning(componente));
      },
    },
  };
}
