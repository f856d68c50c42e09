import { describe, expect, it } from 'vitest';
import { generateExport } from '../../../scripts/generar-encuesta-sintetica.ts';
import { Agregador, median, medianFromCounts, numberIntervals, scaleScores, type PreguntaParaAgregar } from './agregar.ts';
import { findPersonalData, maskPersonalData } from './datos-personales.ts';
import { decodeUtf8, walkCsv } from './leer-respuestas.ts';
import { buildBaseMap, responseClasses, ringPoints } from './mapa.ts';
import { createMunicipalityMatcher, editDistance, foldName } from './municipios.ts';
import { parseAnswer } from './respuesta.ts';
import { lessThanK, municipalitiesWithK, publishResults, suppressedKeys, suppressionLabel } from './publicar.ts';

const MUNICIPIOS = [
  { cvegeo: '15048', cve_mun: '048', nombre: 'Jocotitlán' },
  { cvegeo: '15057', cve_mun: '057', nombre: 'Naucalpan de Juárez' },
  { cvegeo: '15074', cve_mun: '074', nombre: 'San Felipe del Progreso' },
  { cvegeo: '15106', cve_mun: '106', nombre: 'Toluca' },
];

describe('municipality matching', () => {
  const buscador = createMunicipalityMatcher(MUNICIPIOS, { Naucalpan: '15057' });
  it('accepts the INEGI name in any case and spacing, the cvegeo, the cve_mun and declared equivalences', () => {
    expect(buscador.match('Jocotitlán').cvegeo).toBe('15048');
    expect(buscador.match('  san felipe   DEL progreso ').cvegeo).toBe('15074');
    expect(buscador.match('15106').cvegeo).toBe('15106');
    expect(buscador.match('106').cvegeo).toBe('15106');
    expect(buscador.match('naucalpan').cvegeo).toBe('15057');
  });
  it('does not accept a name without its accents, but suggests it', () => {
    expect(buscador.match('Jocotitlan')).toEqual({ sugerencia: MUNICIPIOS[0] });
  });
  it('suggests by edit distance and by the start of a longer name', () => {
    expect(buscador.match('Tolúka').sugerencia?.nombre).toBe('Toluca');
    expect(createMunicipalityMatcher(MUNICIPIOS).match('Naucalpan').sugerencia?.nombre).toBe('Naucalpan de Juárez');
    expect(buscador.match('Monterrey').sugerencia).toBeUndefined();
  });
  it('folds and measures names', () => {
    expect(foldName(' Jocotitlán ')).toBe('jocotitlan');
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });
});

describe('personal data in free text', () => {
  it.each([
    ['Escríbanme a juana.perez@correo.com.mx', 'correo'],
    ['Mi celular es 55 1234 5678', 'telefono'],
    ['Tel. (722) 123-4567', 'telefono'],
    ['+52 1 722 123 4567', 'telefono'],
    ['CURP: GODE561231HDFRRN09', 'curp'],
    ['RFC GODE561231GR8 para factura', 'rfc'],
    ['rfc de la empresa: ABC010203XY1', 'rfc'],
  ])('finds it in «%s»', (texto, tipo) => {
    expect(findPersonalData(texto).map((d) => d.tipo)).toEqual([tipo]);
  });
  it('leaves ordinary text, years and amounts alone', () => {
    expect(findPersonalData('En 2022 asistí a 3 sesiones; el presupuesto fue de 1,250,000 pesos y la obra 12345 sigue.')).toEqual([]);
  });
  it('masks the value in reports', () => {
    expect(maskPersonalData(findPersonalData('a juana@x.mx')[0])).toBe('jua…@…');
    expect(maskPersonalData(findPersonalData('55 1234 5678')[0])).toBe('55…78');
  });
});

describe('answers', () => {
  const unica = { id: 'p', tipo: 'opcion-unica' as const, opciones: ['Sí', 'No'] };
  it('parses each type and reports what is wrong', () => {
    expect(parseAnswer(unica, ' Sí ')).toEqual({ valor: 0 });
    expect(parseAnswer(unica, '')).toEqual({});
    expect(parseAnswer(unica, 'Tal vez').error).toBe('«Tal vez» no es una opción de la pregunta «p» (opciones: «Sí», «No»)');
    expect(parseAnswer({ id: 'm', tipo: 'opcion-multiple', opciones: ['A', 'B', 'C'], delimitador: ';' }, 'C; A;A')).toEqual({ valor: [0, 2] });
    expect(parseAnswer({ id: 'e', tipo: 'escala', opciones: ['1', '2', '3'] }, '3.0')).toEqual({ valor: 2 });
    expect(parseAnswer({ id: 'n', tipo: 'numero', opciones: [], minimo: 0, maximo: 10 }, '11').error).toBe(
      '«11» está fuera del intervalo de la pregunta «n» (de 0 a 10)',
    );
    expect(parseAnswer({ id: 'n', tipo: 'numero', opciones: [], minimo: 0, maximo: 10 }, 'dos').error).toMatch(/no es un número/);
  });
});

describe('aggregation and the privacy threshold', () => {
  const preguntas: (PreguntaParaAgregar & { texto: string; columna: string })[] = [
    { id: 'u', dimension: 'd', tipo: 'opcion-unica', opciones: ['Sí', 'No'], texto: 'U', columna: 'U' },
    { id: 'e', dimension: 'd', tipo: 'escala', opciones: ['1', '2', '3', '4', '5'], texto: 'E', columna: 'E' },
    { id: 'n', dimension: 'd', tipo: 'numero', opciones: [], minimo: 0, maximo: 4, texto: 'N', columna: 'N' },
  ];
  function build(grupos: [string | undefined, number][]) {
    const agregador = new Agregador(preguntas);
    for (const [cvegeo, n] of grupos) for (let i = 0; i < n; i++) agregador.add(cvegeo, [i % 2, i % 5, i % 3]);
    return agregador;
  }

  it('counts, percentages, mean and median', () => {
    const r = publishResults({
      agregador: build([['15106', 10]]),
      preguntas,
      dimensiones: [{ id: 'd', nombre: 'D', hallazgos: [] }],
      nombres: new Map(),
      k: 5,
    });
    const [u, e, n] = r.preguntas;
    expect(u.estado).toEqual({
      n: 10,
      suprimido: false,
      opciones: [
        { etiqueta: 'Sí', conteo: 5, porcentaje: 50 },
        { etiqueta: 'No', conteo: 5, porcentaje: 50 },
      ],
    });
    expect(e.estado).toMatchObject({ n: 10, media: 3, mediana: 3 });
    expect(n.estado.opciones.map((o) => o.etiqueta)).toEqual(['0', '1', '2', '3', '4']);
    expect(n.estado).toMatchObject({ media: 0.9, mediana: 1 });
    expect(r.dimensiones[0].estado).toEqual({ n: 10, suprimido: false, indice: 50 });
  });

  it('suppresses every group below k, and one more when the residual would be recoverable', () => {
    const r = publishResults({
      agregador: build([
        ['15106', 20],
        ['15048', 6],
        ['15057', 3],
      ]),
      preguntas,
      dimensiones: [{ id: 'd', nombre: 'D', hallazgos: [] }],
      nombres: new Map(),
      k: 5,
    });
    expect(r.respuestas).toBe(29);
    expect(r.municipios.map((m) => [m.cvegeo, m.respuestas, m.suprimido])).toEqual([
      ['15048', null, true],
      ['15057', null, true],
      ['15106', 20, false],
    ]);
    expect(r.publicables).toEqual(['15106']);
    expect(Object.keys(r.preguntas[0].municipios)).toEqual(['15106']);
  });

  it('labels a municipality hidden to protect a smaller one truthfully, and counts those with k or more', () => {
    const grupos: [string, number][] = [
      ['15101', 20],
      ['15102', 5],
      ['15103', 3],
      ['15104', 6],
      ['15105', 7],
      ['15106', 8],
      ['15107', 9],
      ['15108', 10],
    ];
    const r = publishResults({ agregador: build(grupos), preguntas, dimensiones: [{ id: 'd', nombre: 'D', hallazgos: [] }], nombres: new Map(), k: 5 });
    const porClave = Object.fromEntries(r.municipios.map((m) => [m.cvegeo, m]));
    expect(porClave['15103']).toMatchObject({ respuestas: null, suprimido: true, motivo: 'menos-de-k' });
    expect(porClave['15102']).toMatchObject({ respuestas: null, suprimido: true, motivo: 'proteccion' });
    expect(suppressionLabel(porClave['15103'], 5)).toBe('menos de 5 respuestas');
    expect(suppressionLabel(porClave['15102'], 5)).toBe('oculto para proteger a quien respondió');
    expect(r.publicables).toHaveLength(6);
    expect(municipalitiesWithK(r, 5)).toEqual({
      n: 7,
      texto: 'municipios con 5 o más respuestas (6 publicados y 1 oculto para proteger a quien respondió en otro municipio)',
    });
    expect(municipalitiesWithK({ conK: 3, publicables: ['a', 'b', 'c'] }, 5).texto).toBe('municipios con 5 o más respuestas');
  });

  it('marks a question hidden in a published municipality to protect the residual as such', () => {
    // Two small municipalities (3 + 3) are hidden together; for question «e» one of them skipped it,
    // so the hidden total for «e» would be 3: the smaller published municipality is hidden for «e».
    const agregador = new Agregador(preguntas);
    for (let i = 0; i < 10; i++) agregador.add('15101', [i % 2, i % 5, i % 3]);
    for (let i = 0; i < 10; i++) agregador.add('15102', [i % 2, i < 2 ? undefined : i % 5, i % 3]);
    for (let i = 0; i < 3; i++) agregador.add('15103', [i % 2, i % 5, i % 3]);
    for (let i = 0; i < 3; i++) agregador.add('15104', [i % 2, undefined, i % 3]);
    const r = publishResults({ agregador, preguntas, dimensiones: [{ id: 'd', nombre: 'D', hallazgos: [] }], nombres: new Map(), k: 5 });
    expect(r.publicables).toEqual(['15101', '15102']);
    expect(r.municipios.filter((m) => m.suprimido).map((m) => m.motivo)).toEqual(['menos-de-k', 'menos-de-k']);
    const e = r.preguntas[1];
    expect(e.municipios['15102']).toMatchObject({ n: null, suprimido: true, motivo: 'proteccion' });
    expect(e.municipios['15101']).toMatchObject({ n: 10, suprimido: false });
  });

  it('suppresses everything when the whole survey has fewer than k responses', () => {
    const r = publishResults({ agregador: build([['15106', 4]]), preguntas, dimensiones: [{ id: 'd', nombre: 'D', hallazgos: [] }], nombres: new Map(), k: 5 });
    expect(r).toMatchObject({ respuestas: null, suprimido: true, publicables: [] });
    expect(r.preguntas.every((p) => p.estado.suprimido && p.estado.opciones.length === 0)).toBe(true);
  });

  it('suppressedKeys keeps the suppressed total at zero or at least k', () => {
    expect(
      [
        ...suppressedKeys(
          [
            { clave: 'a', n: 2 },
            { clave: 'b', n: 9 },
            { clave: 'c', n: 7 },
          ],
          5,
        ),
      ].sort(),
    ).toEqual(['a', 'c']);
    expect(
      [
        ...suppressedKeys(
          [
            { clave: 'a', n: 2 },
            { clave: 'b', n: 3 },
            { clave: 'c', n: 7 },
          ],
          5,
        ),
      ].sort(),
    ).toEqual(['a', 'b']);
    expect([
      ...suppressedKeys(
        [
          { clave: 'a', n: 5 },
          { clave: 'b', n: 0 },
        ],
        5,
      ),
    ]).toEqual([]);
    expect(lessThanK(5)).toBe('menos de 5 respuestas');
  });

  it('medians and scores', () => {
    expect(medianFromCounts([1, 2, 3], [1, 0, 1])).toBe(2);
    expect(median([5, 1, 3, 2])).toBe(2.5);
    expect(scaleScores(['Nada', 'Poco', 'Mucho'])).toEqual([1, 2, 3]);
    expect(numberIntervals(0, 100)).toHaveLength(10);
  });
});

describe('reading an export', () => {
  it('decodes UTF-8 with or without BOM and locates the first Latin-1 byte', () => {
    expect(decodeUtf8(new TextEncoder().encode('\uFEFFa,b'))).toEqual({ texto: 'a,b' });
    expect(decodeUtf8(Uint8Array.from([0x61, 0x0a, 0x62, 0x2c, 0x4a, 0x6f, 0x63, 0xf3]))).toEqual({ linea: 2, columna: 6 });
  });
  it('streams rows with the line each starts on, semicolons included', () => {
    const filas: [string[], number][] = [];
    const r = walkCsv(
      'a;b\r\n1;"x\ny"\r\n\r\n2;3\r\n',
      () => {},
      (c, l) => filas.push([c, l]),
    );
    expect(r).toMatchObject({ columnas: ['a', 'b'], delimitador: ';', filas: 2 });
    expect(filas).toEqual([
      [['1', 'x\ny'], 2],
      [['2', '3'], 5],
    ]);
  });
});

describe('map', () => {
  it('decodes TopoJSON arcs into projected SVG paths', () => {
    const topologia = {
      type: 'Topology' as const,
      transform: { scale: [1, 1] as [number, number], translate: [0, 0] as [number, number] },
      arcs: [
        [
          [0, 0],
          [10, 0],
          [0, 10],
        ],
        [
          [10, 10],
          [-10, 0],
          [0, -10],
        ],
      ] as [number, number][][],
      objects: {
        m: { type: 'GeometryCollection' as const, geometries: [{ type: 'Polygon' as const, arcs: [[0, 1]], properties: { cvegeo: '15001', nombre: 'A' } }] },
      },
    };
    expect(
      ringPoints(
        [0, ~0],
        [
          [
            [0, 0],
            [1, 1],
          ],
        ],
      ),
    ).toEqual([
      [0, 0],
      [1, 1],
      [0, 0],
    ]);
    const mapa = buildBaseMap(topologia, 100);
    expect(mapa.formas[0].cvegeo).toBe('15001');
    expect(mapa.formas[0].d).toBe('M0 100.4L100 100.4L100 0L0 0L0 100.4Z');
  });
  it('classes counts: none, suppressed, ranges', () => {
    const { clases, claseDe } = responseClasses([5, 40], 5);
    expect(clases[1].etiqueta).toBe('Menos de 5 respuestas, u oculto para proteger a quien respondió');
    expect([claseDe(null, true), claseDe(0, false), claseDe(40, false)]).toEqual(['suprimida', 'ninguna', `r${clases.length - 3}`]);
  });
});

describe('synthetic generator', () => {
  it('is deterministic', () => {
    expect(generateExport()).toEqual(generateExport());
    expect(generateExport().respuestasCsv.split('\r\n').length - 2).toBe(200);
  });
});
