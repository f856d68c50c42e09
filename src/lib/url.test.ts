import { describe, expect, it } from 'vitest';
import { joinBase, rutas } from './url.ts';

describe('joinBase', () => {
  it('keeps links under the root base unchanged', () => {
    expect(joinBase('/', '/sesiones/')).toBe('/sesiones/');
  });
  it('prefixes a sub-path base exactly once', () => {
    expect(joinBase('/transparencia/', '/sesiones/stl-2022-12-16/')).toBe('/transparencia/sesiones/stl-2022-12-16/');
    expect(joinBase('/transparencia', 'datos/')).toBe('/transparencia/datos/');
    expect(joinBase('/transparencia/', '/')).toBe('/transparencia/');
  });
  it('builds the addresses DESIGN.md promises', () => {
    expect(rutas.sesion('stl-2022-12-16')).toBe('/sesiones/stl-2022-12-16/');
    expect(rutas.acuerdo('stl-xv-3-2022')).toBe('/acuerdos/stl-xv-3-2022/');
    expect(rutas.organo('stl')).toBe('/organos/stl/');
    expect(rutas.persona('jose-martinez-vilchis')).toBe('/personas/jose-martinez-vilchis/');
    expect(rutas.conjunto('acuerdos')).toBe('/datos/acuerdos/');
  });
});
