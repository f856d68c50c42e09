import { describe, expect, it } from 'vitest';
import { isRecordTemplate, recordPagesFirst } from './orden.ts';

const ruta = (pathname: string, component: string) => ({ pathname, route: { component } });

describe('recordPagesFirst', () => {
  it('puts the paths of record templates first, keeping the order within each group', () => {
    const rutas = [
      ruta('/acuerdos/a-1/', 'src/pages/acuerdos/[id].astro'),
      ruta('/personas/ana/', 'src/pages/personas/[id].astro'),
      ruta('/acuerdos/a-2/', 'src/pages/acuerdos/[id].astro'),
      ruta('/sesiones/s-1/', 'src/pages/sesiones/[id].astro'),
      ruta('/sesiones/s-2/', 'src/pages/sesiones/[id].astro'),
      ruta('/', 'src/pages/index.astro'),
    ];
    const deRegistro = new Set(['src/pages/personas/[id].astro', 'src/pages/sesiones/[id].astro']);
    expect(recordPagesFirst(rutas, (c) => deRegistro.has(c)).map((r) => r.pathname)).toEqual([
      '/personas/ana/',
      '/sesiones/s-1/',
      '/sesiones/s-2/',
      '/acuerdos/a-1/',
      '/acuerdos/a-2/',
      '/',
    ]);
  });
});

describe('isRecordTemplate', () => {
  it('recognises the record element marker in a template source', () => {
    expect(isRecordTemplate('<Base><article data-pagefind-body><h1>{titulo}</h1></article></Base>')).toBe(true);
    expect(isRecordTemplate('<Base><h1>Sesiones</h1></Base>')).toBe(false);
  });
});
