import { describe, expect, it } from 'vitest';
import type { Conjunto, Fila } from './tipos.ts';
import { checkDeclarations, checkRows, checkValue, dataMismatchReport, ErrorDeDatos, formatDataProblem } from './verificar.ts';

const padre: Conjunto = {
  slug: 'sesiones',
  titulo: 'Sesiones',
  descripcion: 'x',
  palabrasClave: [],
  campos: [
    { nombre: 'id', titulo: 'Id', tipo: 'string', descripcion: '', requerido: true, unico: true, patron: '^[a-z0-9-]+$' },
    { nombre: 'numero', titulo: 'N', tipo: 'integer', descripcion: '', minimo: 1 },
  ],
  clavePrimaria: ['id'],
  clavesForaneas: [],
  paginas: [],
  filas: () => [],
};
const hijo: Conjunto = {
  ...padre,
  slug: 'acuerdos',
  campos: [
    { nombre: 'id', titulo: 'Id', tipo: 'string', descripcion: '', requerido: true },
    { nombre: 'sesion', titulo: 'Sesión', tipo: 'string', descripcion: '', requerido: true },
    { nombre: 'votacion', titulo: 'V', tipo: 'string', descripcion: '', valores: ['unanimidad', 'mayoria'] },
    { nombre: 'fecha', titulo: 'F', tipo: 'date', descripcion: '' },
  ],
  clavesForaneas: [{ campos: ['sesion'], conjunto: 'sesiones', camposReferidos: ['id'] }],
};
const mensajes = (filas: Record<string, Fila[]>) => checkRows([padre, hijo], new Map(Object.entries(filas))).map(formatDataProblem);

describe('verificar', () => {
  const sesiones = [
    { id: 'a', numero: 1 },
    { id: 'b', numero: null },
  ];

  it('does not check again the rows of a dataset that passed as they are, whose keys still count', () => {
    const filas = new Map(
      Object.entries({
        sesiones: [{ id: 'a', numero: 'no es número' }],
        acuerdos: [{ id: 'x', sesion: 'b', votacion: 'mayoria', fecha: '2022-12-16' }],
      }),
    );
    expect(checkRows([padre, hijo], filas, (slug) => slug === 'sesiones').map(formatDataProblem)).toEqual([
      'conjunto «acuerdos», fila 1, campo «sesion»: «b» no corresponde a ninguna fila del conjunto «sesiones» (campo «id»)',
    ]);
    expect(checkRows([padre, hijo], filas, () => true)).toEqual([]);
    // Declarations are checked whatever was checked before.
    expect(checkRows([{ ...hijo, clavePrimaria: ['no-declarado'] }], filas, () => true)).not.toEqual([]);
  });

  it('accepts rows that match their declaration', () => {
    expect(mensajes({ sesiones, acuerdos: [{ id: 'x', sesion: 'a', votacion: 'mayoria', fecha: '2022-12-16' }] })).toEqual([]);
  });

  it('names dataset, row and field of a foreign key to an unknown row', () => {
    expect(
      mensajes({
        sesiones,
        acuerdos: [
          { id: 'x', sesion: 'a', votacion: null, fecha: null },
          { id: 'y', sesion: 'zz', votacion: null, fecha: null },
        ],
      }),
    ).toEqual(['conjunto «acuerdos», fila 2, campo «sesion»: «zz» no corresponde a ninguna fila del conjunto «sesiones» (campo «id»)']);
  });

  it('reports a missing field, a wrong type, a bad value and a repeated key', () => {
    const problemas = mensajes({
      sesiones: [
        { id: 'a', numero: '3' as unknown as number },
        { id: 'a', numero: 0 },
      ],
      acuerdos: [
        { id: 'x', sesion: 'a', votacion: 'aclamacion' },
        { id: 'y', sesion: 'a', votacion: null, fecha: '2022-02-30' },
      ],
    });
    expect(problemas).toContain('conjunto «sesiones», fila 1, campo «numero»: se esperaba un número entero y se obtuvo «3»');
    expect(problemas).toContain('conjunto «sesiones», fila 2, campo «numero»: el valor 0 es menor que el mínimo (1)');
    expect(problemas.some((p) => p.startsWith('conjunto «sesiones», fila 2, campo «id»: el valor «a» se repite'))).toBe(true);
    expect(problemas).toContain('conjunto «acuerdos», fila 1, campo «fecha»: falta el campo en la fila');
    expect(problemas.some((p) => p.startsWith('conjunto «acuerdos», fila 1, campo «votacion»: el valor «aclamacion» no es uno de los aceptados'))).toBe(true);
    expect(problemas).toContain('conjunto «acuerdos», fila 2, campo «fecha»: se esperaba una fecha AAAA-MM-DD y se obtuvo «2022-02-30»');
  });

  it('reports fields a row brings that are not declared, also where a declared one is missing', () => {
    const extra = (p: string) => p.endsWith('la fila trae un campo que el conjunto no declara');
    expect(mensajes({ sesiones: [{ id: 'a', numero: 1, otro: 'x' } as Fila], acuerdos: [] }).filter(extra)).toEqual([
      'conjunto «sesiones», fila 1, campo «otro»: la fila trae un campo que el conjunto no declara',
    ]);
    // As many fields as declared, but one of them is not a declared one.
    expect(mensajes({ sesiones: [{ id: 'a', otro: 1 } as Fila], acuerdos: [] })).toEqual([
      'conjunto «sesiones», fila 1, campo «numero»: falta el campo en la fila',
      'conjunto «sesiones», fila 1, campo «otro»: la fila trae un campo que el conjunto no declara',
    ]);
  });

  it('tells a text from a number in keys, and shows a repeated primary key as its values', () => {
    const porNumero: Conjunto = { ...padre, campos: [...padre.campos.map((c) => ({ ...c, unico: false }))], clavePrimaria: ['numero'] };
    const problemas = checkRows(
      [porNumero],
      new Map([
        [
          'sesiones',
          [
            { id: 'a', numero: 1 },
            { id: 'b', numero: 1 },
          ],
        ],
      ]),
    ).map(formatDataProblem);
    expect(problemas).toEqual(['conjunto «sesiones», fila 2, campo «numero»: la clave primaria [1] se repite (ya está en la fila 1)']);
    const texto: Fila[] = [{ id: '1', sesion: '1', votacion: null, fecha: null }];
    // «1» as text in one dataset does not match 1 as a number in the other.
    const conNumeros: Conjunto = { ...hijo, clavesForaneas: [{ campos: ['sesion'], conjunto: 'sesiones', camposReferidos: ['numero'] }] };
    expect(
      checkRows(
        [padre, conNumeros],
        new Map<string, Fila[]>([
          ['sesiones', [{ id: 'a', numero: 1 }]],
          ['acuerdos', texto],
        ]),
      ).map(formatDataProblem),
    ).toEqual(['conjunto «acuerdos», fila 1, campo «sesion»: «1» no corresponde a ninguna fila del conjunto «sesiones» (campo «numero»)']);
  });

  it('checks the declarations themselves', () => {
    const mala = { ...hijo, clavesForaneas: [{ campos: ['sesion'], conjunto: 'nadie', camposReferidos: ['id'] }] };
    expect(checkDeclarations([padre, mala]).map(formatDataProblem)).toEqual([
      'conjunto «acuerdos», campo «sesion»: la clave foránea apunta a un conjunto desconocido («nadie»)',
    ]);
  });

  it('checks single values', () => {
    const requerido = { nombre: 'x', titulo: 'X', tipo: 'string' as const, descripcion: '', requerido: true };
    expect(checkValue(null, requerido)).toBe('falta el valor, que es obligatorio');
    expect(checkValue(['a;b'], { ...requerido, tipo: 'list', separador: ';' })).toMatch(/separador/);
    expect(checkValue('nota', { ...requerido, formato: 'uri' })).toMatch(/dirección web/);
    expect(new ErrorDeDatos([{ conjunto: 'a', mensaje: 'b' }]).message).toBe('conjunto «a»: b');
  });
});

describe('dataMismatchReport', () => {
  it('lists every problem with what to do, in singular or plural', () => {
    expect(dataMismatchReport([{ conjunto: 'personas', fila: 3, campo: 'variantes', mensaje: 'un elemento contiene el separador «;»' }]).split('\n')).toEqual([
      '',
      'Los datos abiertos no coinciden con su declaración (src/lib/datos/conjuntos.ts): 1 problema.',
      '  ✗ conjunto «personas», fila 3, campo «variantes»: un elemento contiene el separador «;»',
      'Corrija el contenido o la declaración del conjunto y vuelva a construir el sitio.',
      '',
    ]);
    expect(
      dataMismatchReport([
        { conjunto: 'a', mensaje: 'b' },
        { conjunto: 'c', mensaje: 'd' },
      ]),
    ).toContain(': 2 problemas.');
  });
});
