/**
 * Writes a draft as a session file: the front matter in the order of the hand-made files, each
 * field that needs a person's eye marked with a Spanish `# REVISAR:` comment (which `validate`
 * refuses until it is removed), and the cleaned minutes as the body. Also writes the proposed
 * additions to the catalogues as their own file.
 */
import { stringify } from 'yaml';
import type { Borrador, DatosExtraidos } from './extraer.ts';
import { MARCA_REVISAR } from '../validacion/revisar.ts';
import { slugify } from '../slug.ts';

const slugOf = (nombre: string) => slugify(nombre, 40);

/** A YAML scalar on one line, quoted only when YAML needs it («"11:04"», «"1"»). */
export function scalar(valor: string | number): string {
  return stringify(valor, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' }).trimEnd();
}

/** A comment of what to check, on the same line as a value or on its own line. */
function mark(mensaje: string): string {
  return `# ${MARCA_REVISAR} ${mensaje}`;
}

type Linea = string;

/**
 * One `clave: valor` line. A missing value becomes a review comment when `siFalta` says what to
 * do; a present one that needs an eye carries `siHay` beside it.
 */
function field(lineas: Linea[], sangria: string, clave: string, valor: string | number | undefined, siFalta?: string, siHay?: string): void {
  if (valor === undefined || valor === '') {
    if (siFalta) lineas.push(`${sangria}${mark(`«${clave}»: ${siFalta}.`)}`);
    return;
  }
  const escrito = /^hora/.test(clave) ? JSON.stringify(valor) : scalar(valor);
  lineas.push(`${sangria}${clave}: ${escrito}${siHay ? `  ${mark(siHay)}` : ''}`);
}

/** Front matter lines (without the `---` fences). */
export function frontmatterLines(datos: DatosExtraidos, revisar: Record<string, string>): Linea[] {
  const l: Linea[] = [];
  l.push(
    `titulo: ${datos.titulo ? scalar(datos.titulo) : '""'}${datos.titulo ? '' : `  ${mark('escriba el título tal como se imprimió (p. ej. «Décimo Quinta Sesión Ordinaria»)')}`}`,
  );
  l.push(`organo: ${datos.organo ? scalar(datos.organo) : '""'}${revisar.organo ? `  ${mark(revisar.organo)}` : ''}`);
  l.push(`tipo: ${datos.tipo ? scalar(datos.tipo) : '""'}${revisar.tipo ? `  ${mark(revisar.tipo)}` : ''}`);
  field(l, '', 'numero', datos.numero, revisar.numero);
  l.push('estado: celebrada');
  l.push(`fecha: ${datos.fecha ?? '""'}${revisar.fecha ? `  ${mark(revisar.fecha)}` : ''}`);
  field(l, '', 'hora_inicio', datos.hora_inicio, revisar.hora_inicio);
  field(l, '', 'hora_fin', datos.hora_fin, revisar.hora_fin);
  field(l, '', 'modalidad', datos.modalidad, revisar.modalidad);
  field(l, '', 'lugar', datos.lugar, revisar.lugar);
  l.push(`resumen: ""  ${mark(revisar.resumen ?? 'escriba una o dos oraciones con lo que ocurrió')}`);
  const convocatoria = datos.convocatoria;
  if (convocatoria?.oficio) {
    l.push('convocatoria:');
    field(l, '  ', 'oficio', convocatoria.oficio);
    field(l, '  ', 'fecha', convocatoria.fecha, 'no encontré la fecha del oficio; escríbala o borre esta línea');
    field(l, '  ', 'convoca', convocatoria.convoca);
  }
  if (datos.asistentes.length === 0) l.push(`asistentes: []  ${mark(revisar.asistentes ?? 'agregue a los asistentes')}`);
  else {
    l.push('asistentes:');
    for (const a of datos.asistentes) {
      const nueva = a.nueva
        ? `persona nueva propuesta en el archivo de propuestas de catálogo («${a.nombre}»); agréguela a content/personas.yaml o use el id de quien ya esté registrado`
        : undefined;
      l.push(`  - persona: ${scalar(a.persona)}${nueva ? `  ${mark(nueva)}` : ''}`);
      l.push(`    cargo: ${a.cargo ? scalar(a.cargo) : '""'}${a.cargo ? '' : `  ${mark('el acta no dice el cargo; escríbalo tal como se imprimió')}`}`);
      field(l, '    ', 'representacion', a.representacion);
      field(
        l,
        '    ',
        'institucion',
        a.institucion ?? (a.institucionImpresa ? slugOf(a.institucionImpresa) : undefined),
        undefined,
        a.institucionImpresa ? `«${a.institucionImpresa}» no está en content/instituciones.yaml; se propone como institución nueva` : undefined,
      );
      if (a.invitado) l.push('    calidad: invitado');
    }
  }
  if (datos.orden_del_dia.length === 0) l.push(`orden_del_dia: []  ${mark(revisar.orden_del_dia ?? 'agregue el orden del día')}`);
  else {
    l.push('orden_del_dia:');
    for (const p of datos.orden_del_dia) {
      l.push(`  - numero: ${scalar(p.numero)}`);
      l.push(`    texto: ${scalar(p.texto)}`);
    }
  }
  if (datos.acuerdos.length === 0) l.push(`acuerdos: []  ${mark(revisar.acuerdos ?? 'agregue los acuerdos')}`);
  else {
    l.push('acuerdos:');
    for (const a of datos.acuerdos) {
      l.push(`  - id: ${scalar(a.id)}`);
      field(l, '    ', 'clave', a.clave, undefined, a.revisar);
      field(l, '    ', 'punto', a.punto);
      l.push(`    texto: ${scalar(a.texto)}`);
      l.push(`    votacion: ${a.votacion}`);
      field(l, '    ', 'nota', a.nota);
    }
  }
  if (datos.seguimiento) {
    l.push('seguimiento:');
    field(l, '  ', 'fecha', datos.seguimiento.fecha);
    field(l, '  ', 'hora', datos.seguimiento.hora);
    field(l, '  ', 'sesion', datos.seguimiento.sesion);
  }
  return l;
}

/** The whole session file. `origen` names the imported document in the header comment. */
export function sessionFile(borrador: Borrador, origen: string): string {
  return [
    '---',
    `# Borrador importado de «${origen}» con npm run importar. Revise cada «${MARCA_REVISAR}», corrija el`,
    `# dato y borre la marca: npm run validate no acepta este archivo mientras quede alguna.`,
    ...frontmatterLines(borrador.datos, borrador.revisar),
    '---',
    '',
    borrador.cuerpo,
    '',
  ].join('\n');
}

export interface PropuestasDeCatalogo {
  personas: { id: string; nombre: string }[];
  instituciones: { id: string; nombre: string }[];
  organos: { id: string; nombre: string }[];
}

/** The proposals file, or undefined when there is nothing new to propose. */
export function proposalsFile(propuestas: PropuestasDeCatalogo, origen: string): string | undefined {
  const bloques: [string, string, { id: string; nombre: string }[], string[]][] = [
    ['content/personas.yaml', 'personas', propuestas.personas, []],
    ['content/instituciones.yaml', 'instituciones', propuestas.instituciones, [`tipo: ""  ${mark('elija el tipo de institución')}`]],
    ['content/organos.yaml', 'organos', propuestas.organos, [`descripcion: ""  ${mark('describa qué es y qué hace el órgano')}`]],
  ];
  if (bloques.every(([, , lista]) => lista.length === 0)) return undefined;
  const l = [
    `# Propuestas de «${origen}» para los catálogos (npm run importar).`,
    `# ${MARCA_REVISAR} copie cada bloque al catálogo que se indica, corrija nombres e ids, complete lo`,
    '# marcado y después borre este archivo: npm run validate no acepta el contenido mientras exista.',
  ];
  for (const [catalogo, , lista, extra] of bloques) {
    if (lista.length === 0) continue;
    l.push('', `# → ${catalogo}`);
    for (const registro of lista) {
      l.push(`- id: ${scalar(registro.id)}`, `  nombre: ${scalar(registro.nombre)}`, ...extra.map((e) => `  ${e}`), '');
    }
  }
  return `${l.join('\n').trimEnd()}\n`;
}

/** New persons, institutions and bodies that the draft refers to. */
export function proposalsOf(borrador: Borrador): PropuestasDeCatalogo {
  const personas = new Map<string, string>();
  const instituciones = new Map<string, string>();
  for (const a of borrador.datos.asistentes) {
    if (a.nueva) personas.set(a.persona, a.nombre);
    if (a.institucionImpresa) instituciones.set(slugOf(a.institucionImpresa), a.institucionImpresa);
  }
  return {
    personas: [...personas].map(([id, nombre]) => ({ id, nombre })),
    instituciones: [...instituciones].map(([id, nombre]) => ({ id, nombre })),
    organos: borrador.organoNuevo ? [borrador.organoNuevo] : [],
  };
}
