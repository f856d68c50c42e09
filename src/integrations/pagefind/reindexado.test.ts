import { describe, expect, test } from 'vitest';
import type { RutaDelSitio } from './prerenderizador.ts';
import { planOfBuild } from './reindexado.ts';

describe('plan of the index of a build that copied pages', () => {
  test('record pages first, in even parts for as many as their templates have paths; then the other indexed pages', () => {
    const rutas: RutaDelSitio[] = [
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ url: `/sesiones/${id}/`, deRegistro: true })),
      { url: '/', deRegistro: false },
      { url: '/encuestas/w/', deRegistro: false },
      { url: '/encuestas/x/', deRegistro: false },
      { url: '/encuestas/y/', deRegistro: false },
      { url: '/encuestas/z/', deRegistro: false },
    ];
    const paginas = Object.fromEntries(rutas.map((r) => [r.url, r.url === '/' ? null : `huella de ${r.url}`]));
    const plan = planOfBuild(rutas, paginas, 3, 'indexador');
    // Seven record pages: 3 + 2 + 2, as a clean build told of seven splits them; then 3 + 1.
    expect(plan.map((parte) => parte.urls.map((url) => url.split('/')[2]).join(''))).toEqual(['abc', 'de', 'fg', 'wxy', 'z']);
    expect(plan.map((parte) => parte.numero)).toEqual([0, 1, 2, 3, 4]);
  });

  test('a part is keyed by its pages: a changed page changes only its own part', () => {
    const rutas: RutaDelSitio[] = ['a', 'b', 'c', 'd'].map((id) => ({ url: `/sesiones/${id}/`, deRegistro: true }));
    const paginas = Object.fromEntries(rutas.map((r) => [r.url, `huella de ${r.url}`]));
    const antes = planOfBuild(rutas, paginas, 2, 'indexador');
    const despues = planOfBuild(rutas, { ...paginas, '/sesiones/c/': 'otra huella' }, 2, 'indexador');
    expect(despues.map((parte, i) => parte.clave === antes[i].clave)).toEqual([true, false]);
  });
});
