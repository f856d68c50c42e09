import { describe, expect, it } from 'vitest';
import { readFrontmatterFile, readYamlList } from './lectura.ts';

const sesion = `---
id: stl-2022-12-16
fecha: 2022-12-16
hora: "10:00"
aprobada: yes
numero: 3
acuerdos:
  - clave: STL/XV/3/2022
    texto: Se aprueba el orden del día.
---
Texto del acta.
`;

describe('readFrontmatterFile', () => {
  it('reads values with the YAML 1.2 core schema: dates and «yes» stay text', () => {
    const { registros, errores } = readFrontmatterFile('content/sesiones/a.md', sesion);
    expect(errores).toEqual([]);
    expect(registros[0].datos).toEqual({
      id: 'stl-2022-12-16',
      fecha: '2022-12-16',
      hora: '10:00',
      aprobada: 'yes',
      numero: 3,
      acuerdos: [{ clave: 'STL/XV/3/2022', texto: 'Se aprueba el orden del día.' }],
    });
    expect(registros[0].cuerpo).toBe('Texto del acta.\n');
    expect(registros[0].lineaDelCuerpo).toBe(11);
  });

  it('locates a field in the file, counting the opening «---» line', () => {
    const [registro] = readFrontmatterFile('a.md', sesion).registros;
    expect(registro.ubicar(['fecha'])).toEqual({ linea: 3, columna: 8 });
    expect(registro.ubicar(['acuerdos', 0, 'texto'])).toEqual({ linea: 9, columna: 12 });
    expect(registro.ubicar(['acuerdos', 0, 'texto'], true)).toEqual({ linea: 9, columna: 5 });
    // A field that is not written falls back to its closest parent.
    expect(registro.ubicar(['acuerdos', 0, 'tema'])).toEqual({ linea: 8, columna: 5 });
  });

  it('reports a repeated field in Spanish at its line', () => {
    const { registros, errores } = readFrontmatterFile('a.md', '---\nid: a\nid: b\n---\n');
    expect(registros).toEqual([]);
    expect(errores).toHaveLength(1);
    expect(errores[0]).toMatchObject({ archivo: 'a.md', linea: 3, mensaje: 'el YAML no se puede leer: un campo está repetido' });
  });

  it('reports a missing colon and a colon inside unquoted text', () => {
    const sinDosPuntos = readFrontmatterFile('a.md', '---\nid: a\ntitulo Sesión\nfecha: 2022-01-01\n---\n').errores;
    expect(sinDosPuntos[0]).toMatchObject({ linea: 3 });
    expect(sinDosPuntos[0].mensaje).toMatch(/^el YAML no se puede leer: /);
    const conDosPuntos = readFrontmatterFile('a.md', '---\ntitulo: Orden: del día\n---\n').errores;
    expect(conDosPuntos[0]).toMatchObject({
      linea: 2,
      mensaje: 'el YAML no se puede leer: hay un «:» dentro de un texto sin comillas (escriba el texto entre comillas)',
    });
  });

  it('treats an empty header as no fields', () => {
    expect(readFrontmatterFile('a.md', '---\n\n---\nTexto\n').registros[0].datos).toEqual({});
  });
});

describe('readYamlList', () => {
  it('gives one record per list item, each located at its own lines', () => {
    const { registros, errores } = readYamlList('content/personas.yaml', '- id: ana\n  nombre: Ana\n- id: luis\n  nombre: Luis\n');
    expect(errores).toEqual([]);
    expect(registros.map((r) => r.datos)).toEqual([
      { id: 'ana', nombre: 'Ana' },
      { id: 'luis', nombre: 'Luis' },
    ]);
    expect(registros[1].ubicar(['nombre'])).toEqual({ linea: 4, columna: 11 });
  });

  it('refuses a file that is not a list', () => {
    expect(readYamlList('a.yaml', 'id: ana\n').errores[0]).toMatchObject({ linea: 1, mensaje: expect.stringContaining('se esperaba una lista') });
  });
});

describe('YAML that cannot be read', () => {
  const error = (texto: string) => readFrontmatterFile('content/compromisos/a.md', `---\n${texto}---\nCuerpo.\n`).errores;

  it('gives one Spanish message, at the root error, not one per token the parser could not place', () => {
    const errores = readYamlList('content/organos.yaml', '- id: a\n  nombre: b\n-\tid: c\n\tnombre: d\n- id: e\n  nombre: f\n').errores;
    expect(errores).toEqual([
      {
        archivo: 'content/organos.yaml',
        linea: 3,
        columna: 2,
        mensaje: 'el YAML no se puede leer: hay un tabulador en la sangría; use solo espacios al inicio de la línea',
      },
    ]);
  });

  it('points an unclosed quote at where it opens, not at the end of the file', () => {
    expect(error('titulo: x\ntitulo_corto: "Carnet\nestado: en-implementacion\nresponsable: y\n')).toEqual([
      {
        archivo: 'content/compromisos/a.md',
        linea: 3,
        columna: 15,
        mensaje: 'el YAML no se puede leer: faltan comillas de cierre en el texto que empieza aquí',
      },
    ]);
  });

  it.each([
    ['titulo x\nestado: y\n', 'falta «:» después del nombre del campo'],
    ['asistentes: []\n  - persona: x\n', 'una lista o un bloque está mal colocado'],
    ['a: 1\na: 2\n', 'un campo está repetido'],
    ['a: @x\n', 'un valor empieza con un carácter reservado'],
    ['a: "\\q"\n', 'hay una «\\» no válida'],
  ])('«%s» in Spanish', (texto, mensaje) => {
    const errores = error(texto);
    expect(errores).toHaveLength(1);
    expect(errores[0].mensaje).toContain(mensaje);
    expect(errores[0].mensaje).not.toMatch(/\b(at line|Unexpected|Missing|must|not allowed)\b/);
  });
});
