/**
 * What `npm run nuevo` writes: new content files that already validate, with the text staff
 * still have to write marked «PENDIENTE:» (validate warns until it is replaced).
 */
import { quote } from '../csv/escribir-csv.ts';
import { MARCA_PENDIENTE } from '../pendientes.ts';
import { slugify } from '../slug.ts';
import { sessionTitleFor } from './ordinales.ts';

export interface ArchivoNuevo {
  /** Path relative to the content folder (`sesiones/stl-2023-02-24.md`). */
  ruta: string;
  texto: string;
  /** What to fill in next, in Spanish. */
  pasos: string[];
}

export interface SesionConocida {
  id: string;
  organo: string;
  tipo: string;
  numero?: number;
  fecha: string;
}

export interface FechaProgramada {
  organo: string;
  tipo: string;
  numero: number;
  fecha_programada: string;
}

/**
 * Number for a new session:
 * 1. the planned number when the body's calendar has that date;
 * 2. otherwise one more than the body's highest number of that type — counted within the year
 *    when the body numbers per year (a calendar of it starts at 1, or number 1 appears in two
 *    years), overall when it numbers continuously (as the STL: 15th, 16th, …).
 */
export function proposeSessionNumber(
  sesiones: readonly SesionConocida[],
  calendario: readonly (FechaProgramada & { anio: number })[],
  organo: string,
  tipo: string,
  fecha: string,
): number | undefined {
  if (tipo === 'instalacion' || tipo === 'reunion-de-trabajo') return undefined;
  const plan = calendario.filter((e) => e.organo === organo && e.tipo === tipo);
  const planned = plan.find((e) => e.fecha_programada === fecha);
  if (planned) return planned.numero;
  const mismas = sesiones.filter((s) => s.organo === organo && s.tipo === tipo && s.numero !== undefined);
  const aniosConPrimera = new Set(mismas.filter((s) => s.numero === 1).map((s) => s.fecha.slice(0, 4)));
  const anual =
    aniosConPrimera.size > 1 ||
    [...new Set(plan.map((e) => e.anio))].some((anio) => Math.min(...plan.filter((e) => e.anio === anio).map((e) => e.numero)) === 1);
  const base = (anual ? mismas.filter((s) => s.fecha.startsWith(fecha.slice(0, 4))) : mismas).map((s) => s.numero!);
  return (base.length ? Math.max(...base) : 0) + 1;
}

export interface OpcionesDeSesion {
  organo: string;
  tipo: string;
  fecha: string;
  numero?: number;
  hoy: string;
  existentes: readonly string[];
}

export function sessionFile(o: OpcionesDeSesion): ArchivoNuevo {
  const id = o.existentes.includes(`${o.organo}-${o.fecha}`) ? `${o.organo}-${o.fecha}-${o.tipo}` : `${o.organo}-${o.fecha}`;
  const estado = o.fecha > o.hoy ? 'programada' : 'celebrada';
  const lineas = [
    '---',
    `titulo: ${sessionTitleFor(o.tipo, o.numero)}`,
    `organo: ${o.organo}`,
    `tipo: ${o.tipo}`,
    ...(o.numero ? [`numero: ${o.numero}`] : []),
    `estado: ${estado}`,
    `fecha: ${o.fecha}`,
    // Examples start with «#» and nothing else, so removing that one character leaves valid YAML.
    '#hora_inicio: "11:00"',
    '#hora_fin: "12:30"',
    '#modalidad: presencial   # o virtual, hibrida',
    '#lugar: Sala de sesiones',
    `resumen: "${MARCA_PENDIENTE} una o dos oraciones con lo que se trató y acordó."`,
    '#convocatoria:',
    '#  oficio: STL/001/2024',
    '#  fecha: 2024-01-01',
    '#  convoca: id-de-la-persona',
    '#asistentes:',
    '#  - persona: id-de-la-persona   # de content/personas.yaml',
    '#    cargo: Cargo ese día',
    '#    representacion: A quién representa',
    '#orden_del_dia:',
    '#  - numero: I',
    '#    texto: Lista de asistencia y declaratoria de quórum',
    '#acuerdos:',
    `#  - id: ${o.organo}-${o.fecha.slice(0, 4)}-1   # único y estable; p. ej. la clave impresa sin «/»`,
    '#    clave: STL/XVI/1/2024   # tal como se imprimió',
    '#    punto: I',
    '#    texto: Se aprueba por unanimidad de votos el orden del día.',
    '#    votacion: unanimidad',
    '#documentos:',
    '#  - titulo: Acta firmada',
    `#    archivo: acta-${id}.pdf   # en public/documentos/`,
    '#    sha256: 64 caracteres hexadecimales   # lo que escribe «sha256sum archivo»',
    '---',
    '',
    `${MARCA_PENDIENTE} texto del acta o minuta, en Markdown.`,
    '',
  ];
  return {
    ruta: `sesiones/${id}.md`,
    texto: lineas.join('\n'),
    pasos: [
      'Escriba el resumen y el texto del acta (reemplace cada «PENDIENTE:»).',
      'Agregue asistentes, orden del día y acuerdos: quite el «#» del principio de cada línea del ejemplo (también la del nombre del campo) y cambie los valores.',
      'Suba el acta firmada a public/documentos/ y regístrela en «documentos» con su SHA-256 (sha256sum archivo).',
      'Ejecute «npm run validate» para comprobarlo.',
    ],
  };
}

export interface OpcionesDeCompromiso {
  titulo: string;
  tipo: 'cocreado' | 'proactivo';
  responsable: string;
  plan: string;
  numero?: number;
  existentes: readonly string[];
}

export function commitmentFile(o: OpcionesDeCompromiso): ArchivoNuevo {
  let id = slugify(o.titulo, 60);
  for (let i = 2; o.existentes.includes(id); i++) id = `${slugify(o.titulo, 56)}-${i}`;
  const fases =
    o.tipo === 'proactivo'
      ? [
          'fases:',
          '  - fase: propuesta',
          '    estado: en-proceso',
          '#  - fase: arbol-de-problemas   # o dialogo-abierto, hoja-de-ruta, publicacion',
          '#    estado: en-proceso',
        ]
      : [];
  return {
    ruta: `compromisos/${id}.md`,
    texto: [
      '---',
      `titulo: ${JSON.stringify(o.titulo)}`,
      `tipo: ${o.tipo}`,
      ...(o.numero ? [`numero: ${o.numero}`] : []),
      `plan: ${JSON.stringify(o.plan)}`,
      '#eje: Eje temático   # solo si las fuentes lo indican',
      `responsable: ${o.responsable}`,
      'estado: en-diseno',
      `objetivo: "${MARCA_PENDIENTE} el objetivo en una o dos oraciones."`,
      ...fases,
      'lineas_de_accion: []',
      'avances: []',
      '---',
      '',
      `${MARCA_PENDIENTE} descripción del compromiso, en Markdown.`,
      '',
    ].join('\n'),
    pasos: [
      'Escriba el objetivo y la descripción (reemplace cada «PENDIENTE:»).',
      'Cuando se presente un avance: npm run nuevo -- avance --compromiso ' + id + ' --fecha AAAA-MM-DD --sesion id-de-la-sesion',
      'Ejecute «npm run validate» para comprobarlo.',
    ],
  };
}

export interface OpcionesDeAvance {
  fecha: string;
  sesion?: string;
  presentado_por?: string;
}

/**
 * Adds a progress report to a commitment file by inserting its lines only: at the end of the
 * `avances` list (or in place of `avances: []`), so the rest of the file stays byte for byte as
 * written and the change reads as one added block.
 */
export function addProgressReport(texto: string, o: OpcionesDeAvance): string {
  const eol = texto.includes('\r\n') ? '\r\n' : '\n';
  const lineas = texto.split(/\r?\n/);
  if (lineas[0].replace(/^\uFEFF/, '') !== '---') throw new Error('El compromiso no tiene encabezado de datos entre líneas «---».');
  const cierre = lineas.indexOf('---', 1);
  if (cierre < 0) throw new Error('El compromiso no tiene encabezado de datos entre líneas «---».');
  const campos = [
    `fecha: ${o.fecha}`,
    ...(o.sesion ? [`sesion: ${o.sesion}`] : []),
    ...(o.presentado_por ? [`presentado_por: ${o.presentado_por}`] : []),
    `resumen: "${MARCA_PENDIENTE} qué se informó."`,
    'cifras: []',
  ];
  const block = (sangria: string) => campos.map((c, i) => `${sangria}${i === 0 ? '- ' : '  '}${c}`);
  const clave = lineas.findIndex((l, i) => i > 0 && i < cierre && /^avances:/.test(l));
  let resultado: string[];
  if (clave < 0) {
    resultado = [...lineas.slice(0, cierre), 'avances:', ...block('  '), ...lineas.slice(cierre)];
  } else if (/^avances:\s*\[\s*\]\s*(#.*)?$/.test(lineas[clave])) {
    resultado = [...lineas.slice(0, clave), 'avances:', ...block('  '), ...lineas.slice(clave + 1)];
  } else {
    // The list ends at the next top-level key (or the closing «---»); trailing comments stay after it.
    let fin = clave + 1;
    while (fin < cierre && (/^\s/.test(lineas[fin]) || lineas[fin] === '' || /^-/.test(lineas[fin]))) fin++;
    while (fin - 1 > clave && lineas[fin - 1].trim() === '') fin--;
    const primera = lineas.slice(clave + 1, fin).find((l) => /^\s*-/.test(l));
    const sangria = primera ? /^(\s*)-/.exec(primera)![1] : '  ';
    resultado = [...lineas.slice(0, fin), ...block(sangria), ...lineas.slice(fin)];
  }
  return resultado.join(eol);
}

/** One CSV cell of a content file (RFC 4180 quoting; content is not neutralised, unlike downloads). */
export function csvCell(valor: string | number | undefined): string {
  return valor === undefined ? '' : quote(String(valor));
}

/** Appends a row (by column name) to a CSV text, keeping its header and line endings. */
export function appendCsvRow(csv: string, fila: Record<string, string | number | undefined>): string {
  const eol = csv.includes('\r\n') ? '\r\n' : '\n';
  const header = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]
    .split(',');
  const linea = header.map((columna) => csvCell(fila[columna])).join(',');
  return `${csv.replace(/(\r?\n)*$/, '')}${eol}${linea}${eol}`;
}

export const COLUMNAS_DE_CALENDARIO = ['organo', 'anio', 'numero', 'tipo', 'fecha_programada', 'hora', 'aprobado_por', 'estado', 'sesion', 'nota'];

export interface OpcionesDeCalendario {
  organo: string;
  anio: number;
  tipo: string;
  fechas: string[];
  numeroInicial: number;
  aprobado_por?: string;
}

export function calendarFile(o: OpcionesDeCalendario): ArchivoNuevo {
  const filas = [...o.fechas]
    .sort()
    .map((fecha, i) =>
      COLUMNAS_DE_CALENDARIO.map((c) =>
        csvCell(
          (
            { organo: o.organo, anio: o.anio, numero: o.numeroInicial + i, tipo: o.tipo, fecha_programada: fecha, aprobado_por: o.aprobado_por } as Record<
              string,
              string | number | undefined
            >
          )[c],
        ),
      ).join(','),
    );
  return {
    ruta: `calendarios/${o.organo}-${o.anio}.csv`,
    texto: [COLUMNAS_DE_CALENDARIO.join(','), ...filas, ''].join('\n'),
    pasos: [
      o.aprobado_por ? 'Revise fechas y números.' : 'Cuando se apruebe, escriba en «aprobado_por» el id del acuerdo que lo aprobó.',
      'El estado se calcula solo; escriba «cancelada» o «reprogramada» únicamente cuando ocurra.',
      'Ejecute «npm run validate» para comprobarlo.',
    ],
  };
}

/**
 * First number of a body's new yearly calendar: 1 when its last calendar started at 1 (yearly
 * numbering), otherwise the number after its last planned session (running numbering, as the STL).
 */
export function proposeCalendarStart(calendario: readonly (FechaProgramada & { anio: number })[], organo: string, tipo: string): number {
  const propias = calendario.filter((e) => e.organo === organo && e.tipo === tipo);
  if (!propias.length) return 1;
  const ultimoAnio = Math.max(...propias.map((e) => e.anio));
  const ultimas = propias.filter((e) => e.anio === ultimoAnio).map((e) => e.numero);
  return Math.min(...ultimas) === 1 ? 1 : Math.max(...ultimas) + 1;
}

export interface OpcionesDeEvento {
  titulo: string;
  fecha: string;
  tipo: string;
  organo?: string;
  institucion?: string;
  existentes: readonly string[];
}

export function eventRow(o: OpcionesDeEvento): Record<string, string | undefined> {
  // The whole title: a cut id would drop the words that tell two events apart.
  const base = `${slugify(o.titulo, Infinity)}-${o.fecha.slice(0, 4)}`;
  let id = base;
  for (let i = 2; o.existentes.includes(id); i++) id = `${base}-${i}`;
  return { id, fecha: o.fecha, titulo: o.titulo, tipo: o.tipo, organo: o.organo, institucion: o.institucion };
}
