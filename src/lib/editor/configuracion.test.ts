import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { compromisoSchema } from '../../schemas/compromiso.ts';
import { sesionSchema } from '../../schemas/sesion.ts';
import { calendarioSchema, eventoSchema, seguimientoDeAcuerdoSchema } from '../../schemas/tablas.ts';
import { inputSchema, type JsonSchema } from '../esquema-json.ts';
import { editorFields, type CampoDelEditor } from './campos.ts';
import { catalogueOptions, editorConfig, githubRepository, tableColumns } from './configuracion.ts';
import { CAMPO_DE_FILAS } from './formato-csv.ts';

const catalogos = catalogueOptions({
  organos: [
    { id: 'stl', nombre: 'Secretariado Técnico Local', siglas: 'STL' },
    { id: 'cgatp', nombre: 'Comisión de Gobierno Abierto' },
  ],
  personas: [{ id: 'ana-perez', nombre: 'Ana Pérez' }],
  instituciones: [{ id: 'infoem', nombre: 'Instituto de Transparencia', siglas: 'Infoem' }],
  sesiones: [{ id: 'stl-2022-12-16', fecha: '2022-12-16', titulo: 'Décimo Quinta Sesión Ordinaria' }],
  compromisos: [{ id: 'carnet-juridico', titulo: 'Carnet jurídico' }],
  acuerdos: [{ id: 'stl-xv-1-2022', clave: 'STL/XV/1/2022' }, { id: 'sin-clave-1' }],
});
const config = editorConfig(catalogos, {
  repositorio: { url: 'https://github.com/infoem/gobierno-abierto', rama: 'main', autenticacion: 'https://acceso.ejemplo.mx/auth' },
  sitio: 'https://ejemplo.mx/ga/',
  base: '/ga/',
});
const coleccion = (name: string) => config.collections.find((c) => c.name === name)!;
const camposDe = (name: string): CampoDelEditor[] => {
  const c = coleccion(name) as { fields?: CampoDelEditor[]; files?: { fields: CampoDelEditor[] }[] };
  const campos = c.fields ?? c.files![0].fields;
  const filas = campos.find((f) => f.name === CAMPO_DE_FILAS);
  return filas ? filas.fields! : campos;
};
const campo = (campos: CampoDelEditor[], ruta: string): CampoDelEditor | undefined => {
  const [primero, ...resto] = ruta.split('.');
  const f = campos.find((x) => x.name === primero);
  return resto.length && f ? campo(f.fields ?? [], resto.join('.')) : f;
};

/** Every property path of a schema, nested objects and list items included. */
function schemaPaths(s: JsonSchema, prefijo = ''): string[] {
  return Object.entries(s.properties ?? {}).flatMap(([nombre, p]) => {
    const ruta = prefijo ? `${prefijo}.${nombre}` : nombre;
    const dentro = p.type === 'array' ? p.items : p;
    return [ruta, ...(dentro?.type === 'object' ? schemaPaths(dentro, ruta) : [])];
  });
}

describe('editor configuration from the schemas', () => {
  it.each([
    ['sesiones', sesionSchema],
    ['compromisos', compromisoSchema],
    ['seguimiento', seguimientoDeAcuerdoSchema],
    ['calendarios', calendarioSchema],
    ['eventos', eventoSchema],
  ] as const)('gives every field of %s an editor widget, with its description as hint', (nombre, schema) => {
    const campos = camposDe(nombre);
    const rutas = schemaPaths(inputSchema(schema));
    expect(rutas.length).toBeGreaterThan(3);
    for (const ruta of rutas) {
      const f = campo(campos, ruta);
      expect(f, `${nombre}: ${ruta}`).toBeDefined();
      expect(f!.hint, `${nombre}: ${ruta}`).toBeTruthy();
      expect(f!.label).toMatch(/^[A-ZÁÉÍÓÚÑ]/);
    }
  });

  it('stops with the field path when a schema has a field no widget covers', () => {
    const schema = inputSchema(z.strictObject({ titulo: z.string(), lista: z.array(z.strictObject({ valor: z.union([z.string(), z.number()]) })) }));
    expect(() => editorFields(schema, catalogos, 'prueba')).toThrow(/«prueba\.lista\.valor»/);
  });

  it('marks required fields and fills defaults', () => {
    const campos = camposDe('sesiones');
    expect(campo(campos, 'titulo')).toMatchObject({ required: true, widget: 'string' });
    expect(campo(campos, 'lugar')).toMatchObject({ required: false });
    expect(campo(campos, 'estado')).toMatchObject({ required: false, default: 'celebrada', widget: 'select' });
    expect(campo(campos, 'asistentes')).toMatchObject({ widget: 'list', default: [] });
    expect(campo(campos, 'asistentes.persona')).toMatchObject({ required: true });
    // An optional block's required field is only required once the block is filled.
    expect(campo(campos, 'seguimiento.fecha')).toMatchObject({ required: false, hint: expect.stringMatching(/Obligatorio si se llena este bloque/) });
  });

  it('fills selects from the catalogues (name shown, id stored) and enumerations with the site’s labels', () => {
    const campos = camposDe('sesiones');
    expect(campo(campos, 'organo')!.options).toEqual([
      { value: 'cgatp', label: 'Comisión de Gobierno Abierto' },
      { value: 'stl', label: 'Secretariado Técnico Local (STL)' },
    ]);
    expect(campo(campos, 'asistentes.persona')!.options).toEqual([{ value: 'ana-perez', label: 'Ana Pérez' }]);
    expect(campo(campos, 'asistentes.institucion')!.options![0].value).toBe('infoem');
    expect(campo(campos, 'acuerdos.compromiso')!.options).toEqual([{ value: 'carnet-juridico', label: 'Carnet jurídico' }]);
    expect(campo(campos, 'acta_aprobada_en')!.options!.map((o) => o.value)).toEqual(['sin-clave-1', 'stl-xv-1-2022']);
    expect(campo(campos, 'seguimiento.sesion')!.options![0].value).toBe('stl-2022-12-16');
    expect(campo(campos, 'tipo')!.options).toContainEqual({ value: 'reunion-de-trabajo', label: 'Reunión de trabajo' });
    expect(campo(camposDe('compromisos'), 'corresponsables')).toMatchObject({ widget: 'select', multiple: true });
    expect(campo(camposDe('compromisos'), 'avances.presentado_por')!.options![0].value).toBe('ana-perez');
    expect(campo(camposDe('seguimiento'), 'acuerdo')!.options!.length).toBe(2);
    expect(campo(camposDe('seguimiento'), 'estado')!.options).toContainEqual({ value: 'en-proceso', label: 'En proceso' });
  });

  it('uses date pickers, numbers and patterns that match what validation accepts', () => {
    const campos = camposDe('sesiones');
    expect(campo(campos, 'fecha')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(campo(campos, 'numero')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(new RegExp(campo(campos, 'hora_inicio')!.pattern![0]).test('11:04')).toBe(true);
    expect(new RegExp(campo(campos, 'acuerdos.id')!.pattern![0]).test('STL/XV/1/2022')).toBe(false);
    expect(campo(camposDe('compromisos'), 'avances.cifras.valor')).toMatchObject({ widget: 'number', value_type: 'float' });
    expect(campo(campos, 'resumen')!.widget).toBe('text');
  });

  it('writes sessions as <órgano>-<fecha>.md with the minutes as body, through pull requests on GitHub', () => {
    expect(coleccion('sesiones')).toMatchObject({
      folder: 'content/sesiones',
      extension: 'md',
      format: 'frontmatter',
      slug: '{{fields.organo}}-{{fields.fecha}}',
    });
    expect(camposDe('sesiones').at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: 'infoem/gobierno-abierto',
      branch: 'main',
      base_url: 'https://acceso.ejemplo.mx',
      auth_endpoint: 'auth',
    });
    expect(config.public_folder).toBe('/ga/documentos');
    expect(coleccion('calendarios')).toMatchObject({ folder: 'content/calendarios', extension: 'csv', format: 'csv-calendario' });
  });

  it('has no repository without a GitHub address', () => {
    expect(githubRepository('https://github.com/infoem/ga.git')).toBe('infoem/ga');
    expect(githubRepository('https://gitlab.com/infoem/ga')).toBeUndefined();
    expect(editorConfig(catalogos, { sitio: 'https://ejemplo.mx/', base: '/' }).backend).not.toHaveProperty('repo');
  });

  it('is deterministic: the same content gives the same configuration', () => {
    expect(JSON.stringify(editorConfig(catalogos, { sitio: 'https://e.mx/', base: '/' }))).toBe(
      JSON.stringify(editorConfig(catalogos, { sitio: 'https://e.mx/', base: '/' })),
    );
  });

  it('knows each table’s columns in the order of the content files', () => {
    expect(tableColumns('csv-seguimiento')).toEqual(['acuerdo', 'fecha', 'estado', 'nota', 'sesion']);
    expect(tableColumns('csv-calendario')[0]).toBe('organo');
  });
});
