/**
 * `npm run nuevo` end to end, on a copy of the content, for every type: each scaffold is refused
 * by `npm run validate` while its «PENDIENTE:» texts are there (each one named by file, line and
 * field), and validates once they are written — as staff would do, with a text editor.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { koboExport } from '../tests/soporte/exportaciones.ts';
import { copyContent, type CopiaDeContenido } from '../tests/soporte/copia-de-contenido.ts';
import { validateContent } from '../src/lib/validacion/validar-contenido.ts';
import { formatProblem } from '../src/lib/lectura/problema.ts';

let copia: CopiaDeContenido;
beforeAll(() => {
  copia = copyContent();
});
afterAll(() => copia.borrar());

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(import.meta.dirname, script), ...args], {
    env: { ...process.env, CONTENIDO_DIR: copia.carpetas.contenido, DATOS_DIR: copia.carpetas.datos, FECHA_DE_REFERENCIA: '2023-01-15' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { codigo: result.status, salida: result.stdout + result.stderr };
}
const nuevo = (...args: string[]) => run('nuevo.ts', ...args);
const validate = () => run('validate.ts');

const errores = (archivo?: string) =>
  validateContent({ carpetas: copia.carpetas, hoy: '2023-12-31' })
    .problemas.filter((p) => p.nivel === 'error' && (!archivo || p.archivo.startsWith(archivo)))
    .map(formatProblem);

/** What a person writes in place of each placeholder. */
function fill(archivo: string, reemplazos: [RegExp | string, string][] = []) {
  let texto = copia.leer(archivo);
  for (const [buscar, por] of reemplazos) texto = texto.replace(buscar, por);
  texto = texto
    .replace(/"PENDIENTE:[^"\n]*"/g, '"Texto definitivo."')
    .replace(/^PENDIENTE:.*$/gm, 'Texto definitivo del acta.')
    .replace(/PENDIENTE:[^,\n]*/g, 'Texto definitivo');
  copia.escribir(archivo, texto);
}

/** Validate refuses the scaffold naming each placeholder, and nuevo listed them as what is left to write. */
function expectRefused(archivo: string, salidaDeNuevo: string, campos: string[]) {
  const { codigo, salida } = validate();
  expect(codigo).toBe(1);
  // Paths are printed relative to the project root, wherever the copy is.
  const pendientes = salida.split('\n').filter((l) => l.includes(`${archivo}:`) && l.includes('texto de plantilla por completar'));
  expect(pendientes.map((l) => /:\d+(?::\d+)? — ([^:]+):/.exec(l)?.[1])).toEqual(campos);
  expect(salidaDeNuevo).toContain('Falta escribir');
}

describe('npm run nuevo, every type, then validation', () => {
  it('prints its usage in Spanish, with --id and --anio', () => {
    const { codigo, salida } = nuevo('--help');
    expect(codigo).toBe(0);
    expect(salida).toMatch(/^Crea un archivo de contenido nuevo/);
    for (const tipo of ['sesion', 'compromiso', 'avance', 'calendario', 'evento', 'encuesta', '--id', '--anio']) expect(salida).toContain(tipo);
    expect(salida).not.toContain('No conozco');
  });

  it('sesion: refused until written; examples uncommented with real ids validate', () => {
    const { codigo, salida } = nuevo('sesion', '--organo', 'stl', '--fecha', '2023-02-24');
    expect(codigo, salida).toBe(0);
    const archivo = 'content/sesiones/stl-2023-02-24.md';
    expect(copia.leer(archivo)).toContain('titulo: Décimo Sexta Sesión Ordinaria');
    expectRefused(archivo, salida, ['resumen', 'cuerpo']);
    fill(archivo, [
      [/^#/gm, ''],
      ['STL/001/2024', 'STL/001/2023'],
      ['fecha: 2024-01-01', 'fecha: 2023-02-20'],
      [/id-de-la-persona/g, 'jose-martinez-vilchis'],
      [/^documentos:\n(?: {2}.*\n)+/m, ''],
    ]);
    expect(errores(archivo)).toEqual([]);
  });

  it('sesion: refuses a body that does not exist, with a suggestion', () => {
    const { codigo, salida } = nuevo('sesion', '--organo', 'stll', '--fecha', '2023-03-24');
    expect(codigo).toBe(2);
    expect(salida).toMatch(/No existe el órgano «stll» en content\/organos\.yaml\. ¿Quiso decir «stl»\?/);
    expect(copia.leer('content/sesiones/stl-2023-02-24.md')).toBeTruthy();
  });

  it('compromiso and avance: refused until written, then validate; the commitment file only grows by the new block', () => {
    expect(nuevo('compromiso', '--titulo', 'Plataforma de datos útiles', '--tipo', 'proactivo', '--responsable', 'infoem').codigo).toBe(0);
    const archivo = 'content/compromisos/plataforma-de-datos-utiles.md';
    fill(archivo);
    expect(errores(archivo)).toEqual([]);
    const antes = copia.leer(archivo);
    const { codigo, salida } = nuevo('avance', '--compromiso', 'plataforma-de-datos-utiles', '--fecha', '2022-12-16');
    expect(codigo, salida).toBe(0);
    const despues = copia.leer(archivo);
    expect(despues).toBe(
      antes.replace(
        'avances: []\n',
        'avances:\n  - fecha: 2022-12-16\n    sesion: stl-2022-12-16\n    resumen: "PENDIENTE: qué se informó."\n    cifras: []\n',
      ),
    );
    expectRefused(archivo, salida, ['avances[0].resumen']);
    fill(archivo);
    expect(errores(archivo)).toEqual([]);
  });

  it('calendario: validates as written', () => {
    const { codigo, salida } = nuevo('calendario', '--organo', 'stl', '--anio', '2024', '--fechas', '2024-02-23,2024-04-26');
    expect(codigo, salida).toBe(0);
    expect(copia.leer('content/calendarios/stl-2024.csv')).toContain('stl,2024,20,ordinaria,2024-02-23');
    expect(errores('content/calendarios/stl-2024.csv')).toEqual([]);
  });

  it('evento: asks for its kind instead of assuming «otro», keeps the whole title in its id, and validates', () => {
    const sinTipo = nuevo('evento', '--titulo', 'Foro regional, Toluca', '--fecha', '2023-05-10', '--institucion', 'infoem');
    expect(sinTipo.codigo).toBe(2);
    expect(sinTipo.salida).toMatch(/Falta --tipo \(Tipo \(jornada-de-sensibilizacion, .*otro\)\)/);
    const titulo = 'Jornada de sensibilización sobre gobierno abierto en los municipios del oriente';
    const { codigo, salida } = nuevo('evento', '--titulo', titulo, '--fecha', '2023-05-10', '--tipo', 'jornada-de-sensibilizacion', '--institucion', 'infoem');
    expect(codigo, salida).toBe(0);
    expect(copia.leer('content/eventos.csv')).toContain('jornada-de-sensibilizacion-sobre-gobierno-abierto-en-los-municipios-del-oriente-2023,2023-05-10,');
    expect(errores('content/eventos.csv')).toEqual([]);
  });

  it('encuesta from a KoboToolbox export: metadata ignored, codes and a space delimiter detected, year and «sintetico» left for review', () => {
    copia.escribir('kobo.csv', koboExport());
    const { codigo, salida } = nuevo(
      'encuesta',
      '--titulo',
      'Consulta cabildo abierto 2024',
      '--institucion',
      'Infoem',
      '--respuestas',
      path.join(copia.carpetas.raiz, 'kobo.csv'),
    );
    expect(codigo, salida).toBe(0);
    const carpeta = 'data/encuestas/consulta-cabildo-abierto-2024';
    expect(copia.leer(`${carpeta}/respuestas.csv`)).toBe(copia.leer('kobo.csv'));
    const encuesta = copia.leer(`${carpeta}/encuesta.yaml`);
    expect(encuesta).toContain('anio: 2024');
    expect(encuesta).toMatch(/sintetico: "?PENDIENTE:/);
    for (const c of ['_uuid', '_submission_time', '_status', '_tags', '__version__', 'datos_generales/medios/pagina_web']) expect(encuesta).toContain(`- ${c}`);
    const libro = copia.leer(`${carpeta}/preguntas.csv`);
    expect(libro).not.toMatch(/^_/m);
    expect(libro).toContain(',opcion-multiple,Pagina web|Redes sociales|En linea,pagina_web|redes_sociales|en_linea,espacio,');
    expect(libro).toContain(',opcion-unica,Si|No|No recuerda,si|no|no_recuerda,');
    const refusal = validate();
    expect(refusal.codigo).toBe(1);
    expect(refusal.salida).toMatch(new RegExp(`${carpeta}/encuesta\\.yaml:\\d+:\\d+ — sintetico: texto de plantilla por completar`));
    expect(refusal.salida).toMatch(new RegExp(`${carpeta}/preguntas\\.csv:2 — texto: texto de plantilla por completar`));
    fill(`${carpeta}/encuesta.yaml`, [[/sintetico: "?PENDIENTE:[^\n]*/, 'sintetico: true']]);
    fill(`${carpeta}/preguntas.csv`);
    expect(errores(carpeta)).toEqual([]);
  });

  it('encuesta from a Forms export: the year is asked for when the answers do not tell', () => {
    copia.escribir('forms.csv', 'Id,Municipio,¿Conoce el cabildo abierto?,¿Cuántas sesiones siguió?\n1,Toluca,Sí,4\n2,Metepec,No,12\n');
    const { codigo, salida } = nuevo(
      'encuesta',
      '--titulo',
      'Consulta de prueba',
      '--id',
      'consulta-prueba-forms',
      '--institucion',
      'Infoem',
      '--respuestas',
      path.join(copia.carpetas.raiz, 'forms.csv'),
    );
    expect(codigo, salida).toBe(0);
    const carpeta = 'data/encuestas/consulta-prueba-forms';
    expect(copia.leer(`${carpeta}/encuesta.yaml`)).toMatch(/anio: "?PENDIENTE:/);
    expect(copia.leer(`${carpeta}/preguntas.csv`)).toMatch(/,numero,,,,,/);
    fill(`${carpeta}/encuesta.yaml`, [
      [/anio: "?PENDIENTE:[^\n]*/, 'anio: 2024'],
      [/sintetico: "?PENDIENTE:[^\n]*/, 'sintetico: false'],
    ]);
    expect(errores(carpeta)).toEqual([]);
    expect(
      nuevo('encuesta', '--titulo', 'Otra', '--anio', 'dos mil', '--institucion', 'Infoem', '--respuestas', path.join(copia.carpetas.raiz, 'forms.csv')).salida,
    ).toMatch(/--anio debe ser un año de cuatro cifras/);
  });

  it('refuses to overwrite and explains missing options in Spanish', () => {
    const repetida = nuevo('sesion', '--organo', 'stl', '--fecha', '2023-02-24');
    expect(repetida.codigo).toBe(2);
    expect(repetida.salida).toMatch(/Ya existe la sesión ordinaria de stl del 2023-02-24: content\/sesiones\/stl-2023-02-24\.md/);
    const falta = nuevo('sesion', '--organo', 'stl');
    expect(falta.codigo).toBe(2);
    expect(falta.salida).toMatch(/Falta --fecha/);
    expect(nuevo('minuta').salida).toMatch(/No conozco el tipo «minuta»/);
  });

  it('leaves the whole content valid once everything is written', () => {
    expect(errores()).toEqual([]);
  });
});
