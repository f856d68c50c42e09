/**
 * The outline of every page that shows a Markdown body (session minutes, commitment
 * descriptions): headings start at one `<h1>` and never skip a level, the body's own headings sit
 * below the section heading that holds them, and the «En esta página» list points at that page's
 * section headings.
 */
import { describe, expect, it } from 'vitest';
import { builtFiles, readPage } from '../soporte/sitio.ts';

const PAGINAS = builtFiles()
  .filter((f) => /^(sesiones|compromisos)\/[^/]+\/index\.html$/.test(f))
  .map((f) => '/' + f.replace(/index\.html$/, ''));

const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
/** The section that holds the Markdown body, without its own heading. */
function bodySection(html: string): string | undefined {
  const seccion = /<section\b[^>]*class="acta"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
  return seccion?.replace(/^\s*<h2\b[\s\S]*?<\/h2>/, '');
}

describe('headings of pages with minutes or descriptions', () => {
  it('finds session and commitment pages whose bodies have headings', () => {
    expect(PAGINAS.filter((p) => p.startsWith('/sesiones/')).length).toBeGreaterThan(10);
    expect(PAGINAS.some((p) => p.startsWith('/compromisos/'))).toBe(true);
    const conTitulos = PAGINAS.filter((p) => headingLevels(bodySection(readPage(p)) ?? '').length > 0);
    expect(conTitulos).toContain('/sesiones/stl-2022-12-16/');
  });

  it.each(PAGINAS)('%s starts at h1 and never skips a level', (ruta) => {
    const niveles = headingLevels(mainOf(readPage(ruta)));
    expect(niveles[0]).toBe(1);
    const saltos = niveles.flatMap((nivel, i) => (i > 0 && nivel > niveles[i - 1] + 1 ? [`h${niveles[i - 1]} → h${nivel}`] : []));
    expect(saltos).toEqual([]);
  });

  it.each(PAGINAS)('%s nests the body’s headings below its section heading', (ruta) => {
    const cuerpo = bodySection(readPage(ruta));
    if (cuerpo === undefined) return;
    expect(headingLevels(cuerpo).filter((nivel) => nivel <= 2)).toEqual([]);
  });

  it.each(PAGINAS)('%s lists in «En esta página» only its own section headings', (ruta) => {
    const html = readPage(ruta);
    const lista = /<nav class="en-esta-pagina"[\s\S]*?<\/nav>/.exec(html)?.[0];
    if (!lista) return;
    const destinos = [...lista.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const secciones = [...mainOf(html).matchAll(/<h2\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(destinos.length).toBeGreaterThan(2);
    for (const id of destinos) expect(secciones, id).toContain(id);
  });
});
