import { describe, expect, it } from 'vitest';
import { indexedClass, inIndexOrder, summariesApart, templateClass, type ClaseDePlantilla } from './orden.ts';

const ruta = (pathname: string, component: string) => ({ pathname, route: { component } });

describe('inIndexOrder', () => {
  it('puts the paths of record templates first, then those of summaries, keeping the order within each group', () => {
    const rutas = [
      ruta('/acuerdos/a-1/', 'src/pages/acuerdos/[id].astro'),
      ruta('/datos/personas/', 'src/pages/datos/[conjunto]/index.astro'),
      ruta('/personas/ana/', 'src/pages/personas/[id].astro'),
      ruta('/acuerdos/a-2/', 'src/pages/acuerdos/[id].astro'),
      ruta('/datos/sesiones/', 'src/pages/datos/[conjunto]/index.astro'),
      ruta('/sesiones/s-1/', 'src/pages/sesiones/[id].astro'),
      ruta('/sesiones/s-2/', 'src/pages/sesiones/[id].astro'),
      ruta('/', 'src/pages/index.astro'),
    ];
    const clases: Record<string, ClaseDePlantilla> = {
      'src/pages/personas/[id].astro': 'registro',
      'src/pages/sesiones/[id].astro': 'registro',
      'src/pages/datos/[conjunto]/index.astro': 'resumen',
    };
    expect(inIndexOrder(rutas, (c) => clases[c] ?? 'otra').map((r) => r.pathname)).toEqual([
      '/personas/ana/',
      '/sesiones/s-1/',
      '/sesiones/s-2/',
      '/datos/personas/',
      '/datos/sesiones/',
      '/acuerdos/a-1/',
      '/acuerdos/a-2/',
      '/',
    ]);
  });
});

describe('templateClass', () => {
  it('recognises the record element marker, and the summary marker beside it, in a template source', () => {
    expect(templateClass('<Base><article data-pagefind-body><h1>{titulo}</h1></article></Base>')).toBe('registro');
    expect(templateClass('<Base><article data-pagefind-body data-resumen-de-coleccion><h1>{c.titulo}</h1></article></Base>')).toBe('resumen');
    expect(templateClass('<Base><h1>Sesiones</h1></Base>')).toBe('otra');
    // The summary marker means nothing on a page that is not indexed.
    expect(templateClass('<Base><section data-resumen-de-coleccion></section></Base>')).toBe('otra');
  });
});

describe('summariesApart', () => {
  it('gives summaries parts of their own only when the record pages take more than one part', () => {
    expect(summariesApart(7_500, 7_500)).toBe(false);
    expect(summariesApart(7_501, 7_500)).toBe(true);
    expect(indexedClass('resumen', false)).toBe('registro');
    expect(indexedClass('resumen', true)).toBe('resumen');
    expect(indexedClass('otra', false)).toBe('otra');
  });
});
