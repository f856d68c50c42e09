/**
 * Pages reach the index as Astro renders them: Astro's prerenderer is wrapped so that every record
 * page's HTML (a page marked with `data-pagefind-body`) goes to the index, while its bytes go on
 * to Astro unchanged; the build never reads the written pages back. Pages without the mark (lists,
 * home, 404, /buscar/) stay out.
 *
 * Pagefind numbers pages in the order it receives them. Astro starts pages in a fixed order but
 * renders several at once (`build.concurrency`), so they finish in any order; each takes a ticket
 * when it starts and pages are sent in ticket order (`ReleaseInOrder`), so the bundle is
 * byte-identical between builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { MARCA_DE_REGISTRO } from '../../lib/busqueda/html.ts';
import { indexedClass, inIndexOrder, summariesApart, templateClass, type ClaseDePlantilla } from '../../lib/busqueda/orden.ts';
import { ReleaseInOrder } from '../../lib/en-orden.ts';
import type { PaginaParaIndexar } from './partes.ts';

/** Site path of a rendered page (`/sesiones/x/`) from its request URL and the site's `base`. */
export function sitePath(url: string, base: string): string {
  const ruta = decodeURIComponent(new URL(url).pathname);
  const prefijo = base.endsWith('/') ? base : `${base}/`;
  return ruta.startsWith(prefijo) ? `/${ruta.slice(prefijo.length)}` : ruta;
}

/**
 * The class of each page template (a path under `raiz`, as Astro names components: record,
 * summary or other, see `src/lib/busqueda/orden.ts`), read from its source once.
 */
export function templateClasses(raiz: string): (componente: string) => ClaseDePlantilla {
  const clases = new Map<string, ClaseDePlantilla>();
  return (componente) => {
    let clase = clases.get(componente);
    if (clase === undefined) {
      const archivo = path.join(raiz, componente);
      clase = fs.existsSync(archivo) ? templateClass(fs.readFileSync(archivo, 'utf8')) : 'otra';
      clases.set(componente, clase);
    }
    return clase;
  };
}

export interface IndexadoAlRenderizar {
  /** Where record pages go, in the order Astro started them; `flush` once the last one is in. */
  indice: { add(pagina: PaginaParaIndexar): unknown; flush(): void };
  /** The site's `base` (`/` or `/ruta/`). */
  base: string;
  /** The class of a template (`templateClasses`). */
  claseDe: (componente: string) => ClaseDePlantilla;
  /** Largest number of pages in one part of the index (whether summaries get parts of their own). */
  paginasPorParte: number;
  /** Told of each template that gave a record page without the mark in its own source. */
  onUnmarkedTemplate: (componente: string) => void;
  /** Told of every path of the build, in the order Astro will generate them. */
  onPaths?: (rutas: RutaDelSitio[]) => void;
  /** Told of each HTML page rendered without the record mark (so not indexed). */
  onUnindexedPage?: (url: string) => void;
  /**
   * Told once every record page is in: when the last one rendered has reached the index or,
   * when Astro copied some instead of rendering them, when the first page of another template
   * that Astro renders has (every record page started before it).
   */
  onRecordPagesDone?: () => void;
}

/** A path of the build: its site path and the class its pages are indexed as (`indexedClass`). */
export interface RutaDelSitio {
  url: string;
  clase: ClaseDePlantilla;
}

/**
 * Paths of record templates: the record pages the index expects first, split into even parts
 * (`IndiceEnPartes.expect`). Every build counts them from its paths alone, so a build that copies
 * pages splits the index as one that renders them all.
 */
export const recordPathCount = (rutas: readonly RutaDelSitio[]) => rutas.filter((ruta) => ruta.clase === 'registro').length;

/**
 * Astro's prerenderer `predeterminado`, rendering record templates first, then summaries
 * (`src/lib/busqueda/orden.ts`), and handing each record page to the index as it is rendered.
 * Once the last page of a record template is in, the index is flushed: its last part is written
 * while the rest of the site renders; so it is once the last summary is in, which starts a group
 * of parts of their own.
 */
export function indexingPrerenderer(
  predeterminado: AstroPrerenderer,
  { indice, base, claseDe, paginasPorParte, onUnmarkedTemplate, onPaths, onUnindexedPage, onRecordPagesDone }: IndexadoAlRenderizar,
): AstroPrerenderer {
  /** Pages still to come of the classes whose group the index flushes once they are in. */
  const porVenir = { registro: Infinity, resumen: Infinity };
  /** Whether summaries get parts of their own (`summariesApart`), known once the paths are. */
  let resumenesAparte = false;
  const claseIndexada = (componente: string) => indexedClass(claseDe(componente), resumenesAparte);
  let registrosAvisados = false;
  const recordPagesDone = () => {
    if (registrosAvisados) return;
    registrosAvisados = true;
    onRecordPagesDone?.();
  };
  const enOrden = new ReleaseInOrder<{ pagina?: PaginaParaIndexar; clase: ClaseDePlantilla }>(({ pagina, clase }) => {
    if (pagina) void indice.add(pagina);
    if (clase !== 'otra' && --porVenir[clase] === 0) indice.flush();
    if (clase !== 'registro' || porVenir.registro === 0) recordPagesDone();
  });
  return {
    ...predeterminado,
    name: 'busqueda-pagefind',
    // Record pages first, so they are indexed while the rest renders (src/lib/busqueda/orden.ts).
    getStaticPaths: async () => {
      const rutas = inIndexOrder(await predeterminado.getStaticPaths(), claseDe);
      resumenesAparte = summariesApart(rutas.filter((r) => claseDe(r.route.component) === 'registro').length, paginasPorParte);
      const delSitio = rutas.map((r): RutaDelSitio => ({ url: r.pathname, clase: claseIndexada(r.route.component) }));
      porVenir.registro = delSitio.filter((r) => r.clase === 'registro').length;
      porVenir.resumen = delSitio.filter((r) => r.clase === 'resumen').length;
      onPaths?.(delSitio);
      return rutas;
    },
    render: async (request, opcionesDeRender) => {
      // Taken before rendering, in the order Astro starts pages (see ReleaseInOrder).
      const turno = enOrden.take();
      let pagina: PaginaParaIndexar | undefined;
      try {
        const resultado = await predeterminado.render(request, opcionesDeRender);
        const respuesta = resultado instanceof Response ? resultado : resultado.response;
        if (!respuesta.body || !respuesta.headers.get('content-type')?.includes('text/html')) return resultado;
        // The page's bytes go on to Astro unchanged; a record page's copy goes to the worker,
        // which decodes it, so the build process does no extra text work per page.
        const bytes = Buffer.from(await respuesta.arrayBuffer());
        const url = sitePath(request.url, base);
        if (bytes.includes(MARCA_DE_REGISTRO)) {
          pagina = { url, html: new Uint8Array(bytes) };
          const componente = opcionesDeRender.routeData.component;
          if (claseDe(componente) === 'otra') onUnmarkedTemplate(componente);
        } else onUnindexedPage?.(url);
        const igual = new Response(bytes, { status: respuesta.status, statusText: respuesta.statusText, headers: respuesta.headers });
        return resultado instanceof Response ? igual : { ...resultado, response: igual };
      } finally {
        enOrden.deliver(turno, { pagina, clase: claseIndexada(opcionesDeRender.routeData.component) });
      }
    },
  };
}
