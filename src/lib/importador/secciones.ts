/**
 * The parts of a minute: the labelled sections of a minuta («FECHA», «LUGAR», «ASISTENTES»,
 * «ACUERDOS»…), the opening paragraph of an acta (who met, where, when, convened how) and its
 * closing paragraph (when it ended), and table rows.
 */
import { foldName } from '../documentos/normalizar.ts';

export type NombreDeSeccion = 'evento' | 'fecha' | 'hora' | 'lugar' | 'modalidad' | 'asistentes' | 'orden' | 'acuerdos' | 'seguimiento' | 'otra';

const ENCABEZADOS: [NombreDeSeccion, RegExp][] = [
  ['evento', /^(?:evento|asunto|objetivo|motivo)$/],
  ['fecha', /^fecha(?: y hora)?$/],
  ['hora', /^(?:hora|horario)$/],
  ['lugar', /^(?:lugar|sede)$/],
  ['modalidad', /^modalidad$/],
  ['asistentes', /^(?:asistentes|asistencia|lista de asistencia|participantes|presentes|integrantes presentes)$/],
  ['orden', /^(?:orden del dia|temas(?: que (?:se )?abordaron)?|temas a tratar|agenda)$/],
  ['acuerdos', /^acuerdos(?: tomados| adoptados)?$/],
  ['seguimiento', /^(?:reunion de seguimiento|proxima reunion|proxima sesion|siguiente reunion)$/],
];

/** The section a heading line opens, and any text after a «Fecha:» label on the same line. */
export function headingOf(linea: string): { nombre: NombreDeSeccion; resto: string } | undefined {
  const limpia = linea.trim();
  const etiqueta = /^([^:]{2,40}):\s*(.*)$/.exec(limpia);
  for (const candidato of etiqueta ? [etiqueta[1], limpia] : [limpia]) {
    const plegado = foldName(candidato.replace(/:$/, ''));
    const encontrado = ENCABEZADOS.find(([, patron]) => patron.test(plegado));
    if (encontrado) return { nombre: encontrado[0], resto: candidato === limpia ? '' : (etiqueta?.[2] ?? '') };
  }
  // Any other short line in capitals («COMISIONADO Y COORDINADOR») closes the previous section.
  const palabras = limpia.split(/\s+/);
  if (palabras.length <= 6 && /[A-ZÁÉÍÓÚÑ]{3}/.test(limpia) && limpia === limpia.toLocaleUpperCase('es-MX') && !/\d/.test(limpia)) {
    return { nombre: 'otra', resto: '' };
  }
  return undefined;
}

export interface Seccion {
  nombre: NombreDeSeccion;
  /** Lines of the section, without its heading. */
  lineas: string[];
  /** Index, in the whole text, of the section's first line. */
  desde: number;
}

/** Labelled sections, in order; text before the first heading is not a section. */
export function splitSections(texto: string): Seccion[] {
  const secciones: Seccion[] = [];
  texto.split('\n').forEach((linea, i) => {
    const encabezado = headingOf(linea);
    if (encabezado) {
      secciones.push({ nombre: encabezado.nombre, lineas: encabezado.resto ? [encabezado.resto] : [], desde: encabezado.resto ? i : i + 1 });
    } else if (secciones.length) {
      secciones[secciones.length - 1].lineas.push(linea);
    }
  });
  return secciones;
}

/** Text of the first section with that name, lines joined, or undefined. */
export function sectionText(secciones: Seccion[], nombre: NombreDeSeccion): string | undefined {
  const seccion = secciones.find((s) => s.nombre === nombre);
  const texto = seccion?.lineas.join('\n').trim();
  return texto || undefined;
}

/** Paragraphs: runs of non-blank lines joined by spaces. */
export function paragraphs(texto: string): string[] {
  return texto
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .join(' ')
        .trim(),
    )
    .filter(Boolean);
}

/** The paragraph where the members meet («se encuentran reunidos…»), if there is one. */
export function openingParagraph(texto: string): string | undefined {
  return paragraphs(texto).find((p) => /\b(?:reunid[oa]s|se reunieron|constituid[oa]s|se da inicio|dio inicio)\b/i.test(p));
}

/** The last paragraph that closes the session («…se tiene por concluida…»), if there is one. */
export function closingParagraph(texto: string): string | undefined {
  return paragraphs(texto)
    .filter((p) => /\b(?:conclu\w*|terminad[oa]|clausur\w*|levant\w* la sesi[óo]n|finalizad[oa])\b/i.test(p) && /\blas\s+\S+\s+horas\b|\d{1,2}:\d{2}/i.test(p))
    .at(-1);
}

/** Cells of a table row: tab-separated or between vertical bars; undefined for a plain line. */
export function tableCells(linea: string): string[] | undefined {
  const limpia = linea.trim();
  if (/^\|.*\|$/.test(limpia))
    return limpia
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
  if (linea.includes('\t')) {
    const celdas = linea.split('\t').map((c) => c.trim());
    return celdas.filter(Boolean).length >= 2 ? celdas : undefined;
  }
  return undefined;
}
