/**
 * Bad input of every kind gives a Spanish message naming file, line and field. Each case
 * breaks one thing in a copy of the real content and checks the exact report line.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyContent, type CopiaDeContenido } from '../../../tests/soporte/copia-de-contenido.ts';
import { formatProblem } from './problema.ts';
import { validateContent } from './validar-contenido.ts';

const STL = 'content/sesiones/stl-2022-12-16.md';
const HOY = '2026-11-21';
let copia: CopiaDeContenido;

beforeEach(() => {
  copia = copyContent();
});
afterEach(() => copia.borrar());

function report(): string[] {
  return validateContent({ carpetas: copia.carpetas, hoy: HOY }).problemas.map(formatProblem);
}
function errors(): string[] {
  return validateContent({ carpetas: copia.carpetas, hoy: HOY })
    .problemas.filter((p) => p.nivel === 'error')
    .map(formatProblem);
}

describe('the default content', () => {
  it('validates with no errors and no warnings', () => {
    const { problemas, conteos } = validateContent({ carpetas: copia.carpetas, hoy: HOY });
    expect(problemas.map(formatProblem)).toEqual([]);
    expect(conteos).toMatchObject({ sesiones: 12, acuerdos: 25, compromisos: 9, municipios: 125 });
  });
});

describe('each kind of bad input names file, line and field in Spanish', () => {
  it('missing required field', () => {
    copia.reemplazar(STL, /^resumen: [\s\S]*?\n(?=\w)/m, '');
    expect(errors()).toEqual([expect.stringMatching(/^content\/sesiones\/stl-2022-12-16\.md:2:1 — resumen: falta este campo obligatorio/)]);
  });

  it('impossible date', () => {
    copia.reemplazar(STL, 'fecha: 2022-12-16', 'fecha: 2022-02-30');
    expect(errors()).toEqual([
      'content/sesiones/stl-2022-12-16.md:7:8 — fecha: se esperaba una fecha real con el formato AAAA-MM-DD (p. ej. 2022-12-16)',
    ]);
  });

  it('date in another format', () => {
    copia.reemplazar(STL, 'fecha: 2022-12-16', 'fecha: 16/12/2022');
    expect(errors()[0]).toMatch(/stl-2022-12-16\.md:7:8 — fecha: se esperaba una fecha real con el formato AAAA-MM-DD/);
  });

  it('unknown body', () => {
    copia.reemplazar(STL, 'organo: stl', 'organo: stll');
    expect(errors()).toContain(
      'content/sesiones/stl-2022-12-16.md:3:9 — organo: no existe un órgano con el identificador «stll» (se esperaba uno de content/organos.yaml)',
    );
  });

  it('unknown person in the attendance', () => {
    copia.reemplazar(STL, 'persona: jose-martinez-vilchis', 'persona: jose-martinez-vilches');
    expect(errors()).toEqual([
      'content/sesiones/stl-2022-12-16.md:25:14 — asistentes[2].persona: no existe una persona con el identificador «jose-martinez-vilches» (se esperaba uno de content/personas.yaml)',
    ]);
  });

  it('duplicate agreement id across sessions', () => {
    copia.reemplazar(STL, 'id: stl-xv-1-2022', 'id: infoem-cgaytp-ord-iii-1-2021');
    expect(errors()).toContainEqual(
      expect.stringMatching(
        /^content\/sesiones\/stl-2022-12-16\.md:\d+:\d+ — acuerdos\[0\]\.id: el identificador de acuerdo «infoem-cgaytp-ord-iii-1-2021» ya se usa en content\/sesiones\/cgatp-2021-10-28\.md/,
      ),
    );
  });

  it('duplicate person id', () => {
    copia.reemplazar('content/personas.yaml', 'id: alfredo-burgos-cohl', 'id: adriana-yadira-cardenas-tagle');
    expect(errors()).toContainEqual(
      expect.stringMatching(/^content\/personas\.yaml:8:7 — id: el identificador «adriana-yadira-cardenas-tagle» ya existe en personas \(content\/personas\.yaml:5\)/),
    );
  });

  it('a repeated printed key without a note is only a warning', () => {
    copia.reemplazar(STL, 'clave: STL/XV/2/2022', 'clave: STL/XV/1/2022');
    const lines = report();
    expect(lines).toEqual([expect.stringMatching(/stl-2022-12-16\.md:\d+:\d+ — acuerdos\[1\]\.clave: la clave «STL\/XV\/1\/2022» se repite .* \(aviso\)$/)]);
    expect(errors()).toEqual([]);
  });

  it('wrong value of an enumeration lists the accepted ones', () => {
    copia.reemplazar(STL, /votacion: unanimidad/, 'votacion: unánime');
    expect(errors()).toEqual([
      'content/sesiones/stl-2022-12-16.md:79:15 — acuerdos[0].votacion: se esperaba un tipo de votación: unanimidad, mayoria, sin-votacion',
    ]);
  });

  it('misspelled field name', () => {
    copia.reemplazar(STL, 'hora_fin:', 'hora_final:');
    expect(errors()).toEqual([expect.stringMatching(/stl-2022-12-16\.md:9:1 — hora_final: campo no reconocido «hora_final»/)]);
  });

  it('end time before start time', () => {
    copia.reemplazar(STL, 'hora_fin: "12:40"', 'hora_fin: "10:40"');
    expect(errors()).toEqual([
      'content/sesiones/stl-2022-12-16.md:9:11 — hora_fin: la hora de término (10:40) debe ser posterior a la de inicio (11:04)',
    ]);
  });

  it('malformed front matter', () => {
    copia.reemplazar(STL, 'organo: stl', 'organo stl\n  x: : y');
    expect(errors()[0]).toMatch(/^content\/sesiones\/stl-2022-12-16\.md:\d+:\d+ — el YAML no se puede leer: /);
  });

  it('file without front matter', () => {
    copia.escribir('content/sesiones/stl-2023-02-24.md', 'Acta sin datos.\n');
    expect(errors()).toEqual(['content/sesiones/stl-2023-02-24.md:1 — falta el encabezado de datos entre dos líneas «---» al inicio del archivo']);
  });

  it('file name that cannot be an address', () => {
    copia.escribir('content/sesiones/Sesión STL.md', copia.leer(STL).replace(/acuerdos:[\s\S]*?(?=documentos:)/, ''));
    expect(errors()).toContain('content/sesiones/Sesión STL.md — el nombre del archivo «Sesión STL» no sirve como identificador: use minúsculas sin acentos, números y guiones (p. ej. «stl-2023-02-24.md»)');
  });

  it('CSV row with a missing cell', () => {
    copia.reemplazar('content/seguimiento-de-acuerdos.csv', 'stl-2019-11-11-2,2019-11-11,cumplido,Aprobado en la sesión.,stl-2019-11-11', 'stl-2019-11-11-2,2019-11-11,cumplido,Aprobado en la sesión.');
    expect(errors()).toEqual([
      'content/seguimiento-de-acuerdos.csv:3 — la fila tiene 4 celdas y el encabezado 5 columnas (revise comas de más o de menos, o texto con comas sin comillas)',
    ]);
  });

  it('CSV with an unknown column', () => {
    copia.reemplazar('content/calendarios/stl-2023.csv', 'organo,anio,', 'órgano,anio,');
    const lines = errors();
    expect(lines[0]).toBe('content/calendarios/stl-2023.csv:1 — columna no reconocida «órgano» (columnas válidas: organo, anio, numero, tipo, fecha_programada, hora, aprobado_por, estado, sesion, nota)');
  });

  it('CSV saved as Latin-1 by Excel', () => {
    copia.escribir('content/eventos.csv', '');
    const latin1 = Buffer.from('id,fecha,titulo,tipo,institucion\nx,2021-01-01,Difusión,otro,infoem\n', 'latin1');
    require('node:fs').writeFileSync(`${copia.carpetas.contenido}/eventos.csv`, latin1);
    expect(errors()).toEqual([expect.stringMatching(/^content\/eventos\.csv:2 — el archivo no está en UTF-8 .*Guárdelo como «CSV UTF-8»/)]);
  });

  it('unknown reference in a CSV', () => {
    copia.reemplazar('content/seguimiento-de-acuerdos.csv', 'stl-2019-11-11-2,', 'stl-2019-11-11-9,');
    expect(errors()).toEqual([
      'content/seguimiento-de-acuerdos.csv:3 — acuerdo: no existe un acuerdo con el identificador «stl-2019-11-11-9» (se esperaba uno de los «acuerdos» declarados en content/sesiones/)',
    ]);
  });

  it('follow-up dated before the agreement was adopted', () => {
    copia.reemplazar('content/seguimiento-de-acuerdos.csv', 'stl-2019-11-11-2,2019-11-11', 'stl-2019-11-11-2,2019-11-10');
    expect(errors()).toEqual(['content/seguimiento-de-acuerdos.csv:3 — fecha: la fecha (2019-11-10) es anterior a la sesión que adoptó el acuerdo (2019-11-11)']);
  });

  it('a held session in the future', () => {
    copia.escribir('content/sesiones/stl-2030-01-10.md', copia.leer('content/sesiones/stl-2019-11-11.md').replace(/fecha: 2019-11-11/, 'fecha: 2030-01-10').replace(/acuerdos:[\s\S]*?(?=\n\w)/, 'acuerdos: []'));
    expect(errors()).toContainEqual(expect.stringMatching(/stl-2030-01-10\.md:\d+:\d+ — fecha: la sesión está marcada como celebrada pero su fecha \(2030-01-10\) es futura/));
  });

  it('document missing or altered', () => {
    copia.escribir('public/documentos/acta-stl-2022-12-16.txt', 'otro contenido');
    expect(errors()).toEqual([expect.stringMatching(/stl-2022-12-16\.md:\d+:\d+ — documentos\[0\]\.sha256: no coincide con el archivo \(su SHA-256 es [0-9a-f]{64}\)/)]);
  });

  it('script in the minutes', () => {
    copia.escribir(STL, `${copia.leer(STL)}\n<script>alert(1)</script>\n`);
    expect(errors()).toEqual([expect.stringMatching(/stl-2022-12-16\.md:\d+:1 — no se permite la etiqueta <script> en el contenido/)]);
  });

  it('import in MDX content', () => {
    copia.escribir('content/sesiones/stl-2022-12-16.mdx', copia.leer(STL).replace('\n---\n', '\n---\nimport X from "../../src/x.ts";\n'));
    require('node:fs').rmSync(`${copia.carpetas.contenido}/sesiones/stl-2022-12-16.md`);
    expect(errors()).toEqual([expect.stringMatching(/stl-2022-12-16\.mdx:\d+:1 — no se permite «import» en el contenido/)]);
  });

  it('calendar date outside its year', () => {
    copia.reemplazar('content/calendarios/stl-2023.csv', 'stl,2023,16,ordinaria,2023-02-24', 'stl,2023,16,ordinaria,2024-02-24');
    expect(errors()).toEqual(['content/calendarios/stl-2023.csv:2 — fecha_programada: la fecha 2024-02-24 no es del año 2023 del calendario']);
  });

  it('reports every problem at once', () => {
    copia.reemplazar(STL, 'organo: stl', 'organo: stll');
    copia.reemplazar('content/seguimiento-de-acuerdos.csv', 'stl-2019-11-11-2,', 'stl-2019-11-11-9,');
    copia.reemplazar('content/personas.yaml', 'id: alfredo-burgos-cohl', 'id: Alfredo');
    expect(errors().length).toBeGreaterThanOrEqual(3);
  });
});
