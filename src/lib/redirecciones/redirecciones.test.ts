import { describe, expect, it } from 'vitest';
import { checkRedirects, finalTarget, parseRedirects, redirectPaths, writeRedirectsFile, type IdsPorColeccion } from './redirecciones.ts';

const ARCHIVO = 'content/redirecciones.yaml';
const ids = (cambios: Partial<Record<keyof IdsPorColeccion, string[]>> = {}): IdsPorColeccion => ({
  sesiones: new Set(cambios.sesiones ?? ['stl-2022-12-16', 'stl-2019-10-15']),
  acuerdos: new Set(cambios.acuerdos ?? ['stl-xv-1-2022']),
  compromisos: new Set(cambios.compromisos ?? []),
  organos: new Set(cambios.organos ?? ['stl']),
  personas: new Set(cambios.personas ?? []),
  eventos: new Set(cambios.eventos ?? []),
});
const leer = (texto: string) => parseRedirects(ARCHIVO, texto);

describe('parseRedirects', () => {
  it('reads old → new ids per collection, with their lines; comments only means none', () => {
    expect(leer('# nada\n')).toEqual({ redirecciones: [], problemas: [] });
    expect(leer('# ejemplo\nsesiones:\n  vieja: stl-2022-12-16\nacuerdos:\n  a-viejo: stl-xv-1-2022\n').redirecciones).toEqual([
      { coleccion: 'sesiones', desde: 'vieja', hacia: 'stl-2022-12-16', linea: 3 },
      { coleccion: 'acuerdos', desde: 'a-viejo', hacia: 'stl-xv-1-2022', linea: 5 },
    ]);
  });
  it('names the file and line of an unknown collection, a bad entry and broken YAML, in Spanish', () => {
    expect(leer('sesiones:\n  vieja: stl-2022-12-16\nplanetas:\n  x: y\n').problemas).toEqual([
      {
        archivo: ARCHIVO,
        linea: 3,
        mensaje: '«planetas» no es una colección con páginas propias; use una de: sesiones, acuerdos, compromisos, organos, personas, eventos',
        nivel: 'error',
      },
    ]);
    expect(leer('sesiones:\n  vieja:\n').problemas[0]).toMatchObject({
      linea: 2,
      campo: 'sesiones.vieja',
      mensaje: 'cada redirección es «id-antiguo: id-nuevo», ambos identificadores',
    });
    expect(leer('sesiones:\n  a: b\n c: d\n').problemas[0]).toMatchObject({ archivo: ARCHIVO, mensaje: expect.stringContaining('no es YAML válido') });
  });
});

describe('checkRedirects', () => {
  it('accepts a redirect (and a chain) to an existing record', () => {
    const { redirecciones } = leer('sesiones:\n  muy-vieja: vieja\n  vieja: stl-2022-12-16\n');
    expect(checkRedirects(ARCHIVO, redirecciones, ids())).toEqual([]);
    expect(finalTarget(redirecciones, redirecciones[0])).toBe('stl-2022-12-16');
    expect(redirectPaths(redirecciones)).toEqual([
      { desde: '/sesiones/muy-vieja/', hacia: '/sesiones/stl-2022-12-16/' },
      { desde: '/sesiones/vieja/', hacia: '/sesiones/stl-2022-12-16/' },
    ]);
  });
  it('rejects a redirect to a missing record, a loop, a live record and a repeated entry', () => {
    const { redirecciones } = leer('sesiones:\n  vieja: no-existe\n  a: b\n  b: a\n  stl-2019-10-15: stl-2022-12-16\n');
    expect(checkRedirects(ARCHIVO, redirecciones, ids()).map((p) => [p.linea, p.campo, p.mensaje])).toEqual([
      [2, 'sesiones.vieja', '«vieja» redirige a «no-existe», que no existe en sesiones'],
      [3, 'sesiones.a', 'las redirecciones de sesiones forman un ciclo a partir de «a» (ninguna llega a un registro)'],
      [4, 'sesiones.b', 'las redirecciones de sesiones forman un ciclo a partir de «b» (ninguna llega a un registro)'],
      [
        5,
        'sesiones.stl-2019-10-15',
        '«stl-2019-10-15» todavía existe en sesiones: una redirección ocultaría su página; quítela o cambie el identificador del registro',
      ],
    ]);
    expect(redirectPaths(redirecciones).map((r) => r.desde)).toEqual(['/sesiones/stl-2019-10-15/', '/sesiones/vieja/']);
  });
  it('rejects an id published in the previous commit that disappears without a redirect', () => {
    const anteriores = ids({ sesiones: ['stl-2022-12-16', 'stl-2019-10-15', 'borrada'], organos: ['stl', 'renombrado'] });
    const { redirecciones } = leer('organos:\n  renombrado: stl\n');
    const problemas = checkRedirects(ARCHIVO, redirecciones, ids(), anteriores);
    expect(problemas).toEqual([
      {
        archivo: ARCHIVO,
        campo: 'sesiones',
        mensaje:
          'el registro «borrada» de sesiones estaba publicado en el commit anterior y ya no existe: agregue «borrada: id-nuevo» debajo de «sesiones:» para que su dirección siga funcionando',
        nivel: 'error',
      },
    ]);
  });
});

describe('writeRedirectsFile', () => {
  it('writes base-aware permanent redirects, with and without the final slash', () => {
    expect(
      writeRedirectsFile([{ desde: '/sesiones/vieja/', hacia: '/sesiones/nueva/' }], '/transparencia/')
        .split('\n')
        .slice(1),
    ).toEqual(['/transparencia/sesiones/vieja /transparencia/sesiones/nueva/ 301', '/transparencia/sesiones/vieja/ /transparencia/sesiones/nueva/ 301', '']);
  });
});
