/**
 * From the text of an acta or minuta to a draft session: every fact the rules find, and for each
 * one they do not find, a note of what a person must check. Nothing is guessed: a field without
 * a source stays empty.
 */
import type { SesionDatos } from '../../schemas/sesion.ts';
import { sessionTitleFor } from '../nuevo/ordinales.ts';
import { slugify } from '../slug.ts';
import { finishAgreements, keyedAgreements, numberedAgreements, ordinalAgreements, type AcuerdoExtraido } from './acuerdos.ts';
import { attendancePassage, attendeesFromList, attendeesFromParagraph, attendeesFromTable, type AsistenteExtraido } from './asistentes.ts';
import type { Catalogos } from './catalogos.ts';
import { completeYear, findDates, findTimes } from './fechas.ts';
import { capitalizeFirst, normalizeText, trimListPunctuation } from '../documentos/normalizar.ts';
import { agendaFrom, agendaStart, numberedLine, type PuntoExtraido } from './orden.ts';
import { findBody, printedBodyName, sessionKind } from './organo.ts';
import { closingParagraph, openingParagraph, paragraphs, sectionText, splitSections } from './secciones.ts';
import { listNumberValue } from './palabras.ts';

type Modalidad = NonNullable<SesionDatos['modalidad']>;

/** The facts found, shaped as the session schema (only what the minutes can say). */
export interface DatosExtraidos {
  titulo?: string;
  organo?: string;
  tipo?: SesionDatos['tipo'];
  numero?: number;
  fecha?: string;
  hora_inicio?: string;
  hora_fin?: string;
  modalidad?: Modalidad;
  lugar?: string;
  convocatoria?: { oficio?: string; fecha?: string; convoca?: string };
  asistentes: AsistenteExtraido[];
  orden_del_dia: PuntoExtraido[];
  acuerdos: AcuerdoExtraido[];
  seguimiento?: { fecha: string; hora?: string; sesion?: string };
}

export interface PropuestaDeOrgano {
  id: string;
  nombre: string;
}

export interface Borrador {
  /** Proposed session id (`<órgano>-<fecha>`), when the body and date are known. */
  id?: string;
  datos: DatosExtraidos;
  /** Field → what a person must check there, in Spanish. */
  revisar: Record<string, string>;
  /** A body not in the catalogue, named as printed. */
  organoNuevo?: PropuestaDeOrgano;
  /** The minutes' text without transcription noise, for the session's body. */
  cuerpo: string;
}

/** Why a text cannot be imported, in Spanish. */
export class NoEsUnActa extends Error {}

const VIRTUAL =
  /\b(?:zoom|videoconferencia|video\s*llamada|teams|google\s+meet|meet|webex|plataforma\s+virtual|medios\s+electr[óo]nicos|en\s+l[ií]nea|virtual(?:mente)?|a\s+distancia)\b/iu;
const HIBRIDA = /\b(?:h[íi]brida|mixta|presencial\s+y\s+(?:virtual|a\s+distancia))\b/iu;
const PRESENCIAL = /\bpresencial\b/iu;

function modalityOf(texto: string | undefined, presencialPorLugar: boolean): Modalidad | undefined {
  if (!texto) return undefined;
  if (HIBRIDA.test(texto)) return 'hibrida';
  if (VIRTUAL.test(texto)) return 'virtual';
  if (PRESENCIAL.test(texto) || presencialPorLugar) return 'presencial';
  return undefined;
}

/** «…a través de la plataforma Zoom, …» or «…reunidos en la Sala de Cabildo, …». */
function placeIn(parrafo: string): { lugar: string; presencial: boolean } | undefined {
  const virtual =
    /\ba\s+trav[ée]s\s+de\s+(?:la\s+|el\s+|los\s+)?((?:plataforma|videoconferencia|aplicaci[óo]n|sistema|sala\s+virtual|medios)\b[^,;]*?)(?=,|;|\s+para\s|\s+a\s+la\s+cual|\s+con\s+la\s+finalidad|$)/iu.exec(
      parrafo,
    );
  if (virtual) return { lugar: capitalizeFirst(virtual[1].trim()), presencial: false };
  const fisico =
    /\b(?:reunid[oa]s|constituid[oa]s|se\s+reunieron)\s+en\s+(?:la\s+|el\s+|las\s+|los\s+)?((?:sala|sal[óo]n|oficinas?|instalaciones|auditorio|recinto|edificio|aula|palacio)\b[^;]*?)(?=;|,?\s+para\s|,\s+a\s+la\s+cual|,?\s+con\s+la\s+finalidad|,\s+siendo\s|$)/iu.exec(
      parrafo,
    );
  if (fisico) return { lugar: capitalizeFirst(fisico[1].trim()), presencial: true };
  return undefined;
}

/** The agenda: under its own heading, or after the line that announces it. */
function agendaOf(lineas: string[], seccion: string | undefined): PuntoExtraido[] {
  if (seccion) return agendaFrom(seccion.split('\n'));
  const inicio = agendaStart(lineas);
  return inicio === undefined ? [] : agendaFrom(lineas.slice(inicio));
}

/** The agenda item each agreement falls under: the last development paragraph numbered as an item before it. */
function assignItems(acuerdos: AcuerdoExtraido[], lineas: string[], orden: PuntoExtraido[]): void {
  if (orden.length === 0) return;
  const numeros = new Set(orden.map((p) => p.numero));
  const valorDelUltimo = listNumberValue(orden[orden.length - 1].numero) ?? 0;
  // Development starts where the numbering begins again after the agenda.
  let enDesarrollo = false;
  let contador = 0;
  let actual: string | undefined;
  const puntoDeLinea: (string | undefined)[] = [];
  lineas.forEach((linea, i) => {
    const item = numberedLine(linea);
    if (item && numeros.has(item.numero)) {
      if (!enDesarrollo) {
        contador++;
        if (contador > valorDelUltimo) enDesarrollo = true;
      }
      if (enDesarrollo) actual = item.numero;
    }
    puntoDeLinea[i] = enDesarrollo ? actual : undefined;
  });
  for (const acuerdo of acuerdos) acuerdo.punto = puntoDeLinea[acuerdo.linea];
}

function nextMeeting(texto: string | undefined, fecha: string | undefined, catalogos: Catalogos, organo: string | undefined) {
  if (!texto) return undefined;
  const dia = findDates(texto)[0];
  if (!dia || (dia.valor.startsWith('--') && !fecha)) return undefined;
  const valor = fecha ? completeYear(dia.valor, fecha) : dia.valor;
  const hora = findTimes(texto)[0]?.valor;
  const sesion = catalogos.sesiones.find((s) => s.organo === organo && s.fecha === valor)?.id;
  return { fecha: valor, hora, sesion };
}

/** The text of the body of the session file: paragraphs of the cleaned minutes. */
function bodyText(texto: string): string {
  return texto
    .split('\n')
    .map((l) => l.replace(/\t+/g, ' — ').replace(/</g, '&lt;').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function extractSession(original: string, catalogos: Catalogos): Borrador {
  const texto = normalizeText(original);
  const lineas = texto.split('\n');
  const secciones = splitSections(texto);
  const apertura = openingParagraph(texto);
  const encabezado = lineas.slice(0, 8).join(' ');
  const revisar: Record<string, string> = {};
  const datos: DatosExtraidos = { asistentes: [], orden_del_dia: [], acuerdos: [] };

  // Body, kind and number: from the title lines, the «EVENTO» section and the opening paragraph.
  const zona = [encabezado, sectionText(secciones, 'evento') ?? '', apertura ?? ''].join('\n');
  const organo = findBody(zona, catalogos);
  let organoNuevo: PropuestaDeOrgano | undefined;
  if (organo) datos.organo = organo.id;
  else {
    const nombre = printedBodyName(zona);
    if (nombre) {
      organoNuevo = { id: slugify(nombre, 40), nombre };
      datos.organo = organoNuevo.id;
      revisar.organo = `«${nombre}» no está en content/organos.yaml; se propone como órgano nuevo (revise su id y agréguelo al catálogo)`;
    } else revisar.organo = 'no encontré qué órgano sesionó; escriba su id de content/organos.yaml';
  }
  const clase = sessionKind(zona);
  datos.tipo = clase.tipo;
  datos.numero = clase.numero;
  if (!datos.tipo) revisar.tipo = 'no encontré el tipo de sesión (ordinaria, extraordinaria, instalación o reunión de trabajo)';
  if (datos.tipo) datos.titulo = sessionTitleFor(datos.tipo, datos.numero);
  if (datos.tipo && (datos.tipo === 'ordinaria' || datos.tipo === 'extraordinaria') && datos.numero === undefined) {
    revisar.numero = 'el acta no dice el número de la sesión; escríbalo si lo conoce, o borre esta línea';
  }

  // Date and times.
  const seccionFecha = sectionText(secciones, 'fecha');
  const seccionHora = sectionText(secciones, 'hora');
  if (seccionFecha) {
    datos.fecha = findDates(seccionFecha).find((f) => !f.valor.startsWith('--'))?.valor;
    datos.hora_inicio = findTimes(`${seccionFecha} ${seccionHora ?? ''}`)[0]?.valor;
  }
  if (apertura && !datos.fecha) {
    const horas = findTimes(apertura);
    const fechas = findDates(apertura).filter((f) => !f.valor.startsWith('--'));
    const trasLaHora = horas[0] ? fechas.find((f) => f.inicio >= horas[0].fin && f.inicio - horas[0].fin < 60) : undefined;
    const delDia = fechas.find((f) => /\b(?:el\s+)?d[íi]a\s+(?:\p{L}+\s+)?$/iu.test(apertura.slice(Math.max(0, f.inicio - 20), f.inicio)));
    datos.fecha = (trasLaHora ?? delDia)?.valor;
    datos.hora_inicio ??= horas[0]?.valor;
  }
  if (!datos.fecha) revisar.fecha = 'no encontré la fecha de la sesión; escríbala como AAAA-MM-DD';
  if (!datos.hora_inicio) revisar.hora_inicio = 'no encontré la hora de inicio; escríbala entre comillas ("HH:MM") o borre esta línea si el acta no la dice';
  const cierre = closingParagraph(texto);
  const horaDeCierre = cierre ? findTimes(cierre).at(-1)?.valor : undefined;
  if (horaDeCierre && horaDeCierre !== datos.hora_inicio) datos.hora_fin = horaDeCierre;
  else revisar.hora_fin = 'no encontré la hora de término; escríbala entre comillas ("HH:MM") o borre esta línea si el acta no la dice';

  // Place and modality.
  const seccionLugar = sectionText(secciones, 'lugar');
  const lugar = seccionLugar ? { lugar: trimListPunctuation(seccionLugar.split('\n')[0]), presencial: false } : apertura ? placeIn(apertura) : undefined;
  datos.lugar = lugar?.lugar;
  datos.modalidad = modalityOf(sectionText(secciones, 'modalidad') ?? lugar?.lugar ?? apertura, lugar?.presencial ?? false);
  if (!datos.lugar) revisar.lugar = 'no encontré el lugar ni la plataforma; escríbalo o borre esta línea si el acta no lo dice';
  if (!datos.modalidad) revisar.modalidad = 'no encontré si fue presencial, virtual o híbrida; escríbalo o borre esta línea';

  // Convocation.
  const oficio = apertura && /\boficio\s+(?:n[úu]mero\s+|n[úu]m\.\s*|no\.\s*)?([A-Z0-9][A-Za-z0-9]*(?:[/.-][A-Za-z0-9]+)+)/u.exec(apertura);
  if (oficio && apertura) {
    const despues = apertura.slice(oficio.index + oficio[0].length, oficio.index + oficio[0].length + 120);
    const fechaDeOficio = /^\s*,?\s*de\s+fecha\s+/iu.test(despues) ? findDates(despues)[0]?.valor : undefined;
    const convocante = /\bconvocad[oa]s\s+por\s+(.+?)\s*,?\s*mediante\b/iu.exec(apertura)?.[1];
    const convoca = convocante ? attendeesFromParagraph(convocante, catalogos).find((a) => !a.nueva)?.persona : undefined;
    datos.convocatoria = { oficio: oficio[1], fecha: fechaDeOficio?.startsWith('--') ? undefined : fechaDeOficio, convoca };
  }

  // Attendees: a list or table under a heading, a table anywhere, or the opening paragraph.
  const seccionAsistentes = secciones.find((s) => s.nombre === 'asistentes');
  const deTabla = attendeesFromTable(lineas, catalogos);
  if (seccionAsistentes) {
    const enTabla = attendeesFromTable(seccionAsistentes.lineas, catalogos);
    datos.asistentes = enTabla.length ? enTabla : attendeesFromList(seccionAsistentes.lineas, catalogos);
  } else if (deTabla.length) datos.asistentes = deTabla;
  else if (apertura) {
    const pasaje = attendancePassage(apertura);
    if (pasaje) datos.asistentes = attendeesFromParagraph(pasaje, catalogos, organo?.institucion);
  }
  if (datos.asistentes.length === 0)
    revisar.asistentes = 'no encontré la lista de asistencia; agregue cada asistente (persona y cargo) o deje la lista vacía si el acta no la trae';

  // Agenda and agreements.
  datos.orden_del_dia = agendaOf(lineas, sectionText(secciones, 'orden'));
  if (datos.orden_del_dia.length === 0)
    revisar.orden_del_dia = 'no encontré el orden del día; agréguelo punto por punto o deje la lista vacía si el acta no lo trae';
  const sesionId = datos.organo && datos.fecha ? `${datos.organo}-${datos.fecha}` : 'sesion';
  let crudos = keyedAgreements(lineas);
  if (crudos.length === 0) crudos = ordinalAgreements(lineas);
  const seccionAcuerdos = secciones.find((s) => s.nombre === 'acuerdos');
  if (crudos.length === 0 && seccionAcuerdos) {
    crudos = numberedAgreements(seccionAcuerdos.lineas, seccionAcuerdos.desde);
  }
  datos.acuerdos = finishAgreements(crudos, sesionId, lineas);
  assignItems(datos.acuerdos, lineas, datos.orden_del_dia);
  if (datos.acuerdos.length === 0) revisar.acuerdos = 'no encontré acuerdos; agréguelos con su clave tal como se imprimió, o deje la lista vacía si no hubo';

  // Next meeting: a «REUNIÓN DE SEGUIMIENTO» section or a sentence announcing the next session.
  const proxima =
    sectionText(secciones, 'seguimiento') ??
    paragraphs(texto).find((p) => /\bpr[óo]xima\s+(?:sesi[óo]n|reuni[óo]n)\b[^.]*\b(?:se\s+celebrar[áa]|tendr[áa]\s+lugar|ser[áa]\s+el)\b/iu.test(p));
  datos.seguimiento = nextMeeting(proxima, datos.fecha, catalogos, datos.organo);

  if (!apertura && secciones.length === 0) {
    throw new NoEsUnActa(
      'no parece un acta ni una minuta: no encontré el párrafo de apertura («…se encuentran reunidos…») ni secciones como FECHA, ASISTENTES o ACUERDOS',
    );
  }
  if (!datos.fecha && datos.asistentes.length === 0 && datos.acuerdos.length === 0 && datos.orden_del_dia.length === 0) {
    throw new NoEsUnActa('no parece un acta ni una minuta: no encontré fecha, asistentes, orden del día ni acuerdos');
  }
  revisar.resumen = 'escriba una o dos oraciones con lo que ocurrió en la sesión (el acta no trae resumen)';
  return {
    id: datos.organo && datos.fecha ? `${datos.organo}-${datos.fecha}` : undefined,
    datos,
    revisar,
    organoNuevo,
    cuerpo: bodyText(texto),
  };
}
