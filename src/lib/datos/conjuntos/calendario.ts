/**
 * Datasets: planned sessions and other dated public activities. Listed in the catalogue by `../conjuntos.ts`.
 */
import { TIPOS_DE_SESION } from '../../../schemas/sesion.ts';
import { ESTADOS_DE_CALENDARIO, TIPOS_DE_EVENTO } from '../../../schemas/tablas.ts';
import { rutas } from '../../url.ts';
import { claves, texto, entero, fecha, hora, ref, id, opcion, lista, enlace, REQ, fila, fk, PATRON_IDENTIFICADOR } from '../campos.ts';
import type { Campo, Conjunto } from '../tipos.ts';

const camposCalendario: Campo[] = [
  id(
    'Identificador estable de la entrada: órgano, año, tipo y número (p. ej. «stl-2023-ordinaria-16»); para una fecha propuesta que no se aprobó, órgano, año, «propuesta» y fecha (p. ej. «cgatp-2022-propuesta-2022-01-14»).',
  ),
  ref('organo', 'Órgano', 'Órgano que programó la sesión (conjunto «organos»).', REQ),
  { nombre: 'anio', titulo: 'Año', tipo: 'year', descripcion: 'Año del calendario.', requerido: true },
  entero('numero', 'Número', 'Número de la sesión programada; vacío en una fecha propuesta que no se aprobó, que nunca fue una sesión del calendario.', {
    minimo: 1,
  }),
  opcion('tipo', 'Tipo', 'Tipo de sesión.', claves(TIPOS_DE_SESION), REQ),
  fecha('fecha_programada', 'Fecha programada', 'Fecha programada, AAAA-MM-DD.', REQ),
  hora('hora', 'Hora', 'Hora programada.'),
  ref('aprobado_por', 'Aprobado por', 'Acuerdo que aprobó el calendario (conjunto «acuerdos»).'),
  opcion(
    'estado',
    'Estado',
    'Celebrada cuando hay una sesión del órgano que corresponde a la entrada; reprogramada o cancelada (una fecha aprobada que después se canceló) según el registro; propuesta-no-aprobada para una fecha que se propuso pero el órgano no aprobó; sin-registro («sin registro de celebración») cuando la fecha ya pasó, a la fecha de referencia del sitio, sin que conste una sesión; si no, programada.',
    [...claves(ESTADOS_DE_CALENDARIO), 'sin-registro'],
    REQ,
  ),
  ref('sesion', 'Sesión', 'Sesión celebrada que corresponde a la entrada (conjunto «sesiones»).'),
  texto('nota', 'Nota', 'Observación sobre la entrada.'),
];

const camposEventos: Campo[] = [
  id('Identificador estable del evento.'),
  fecha('fecha', 'Fecha', 'Fecha (o primer día) del evento.', REQ),
  fecha('fecha_fin', 'Fecha final', 'Último día, para actividades de varios días.'),
  hora('hora', 'Hora', 'Hora de inicio.'),
  texto('titulo', 'Título', 'Título del evento.', REQ),
  opcion('tipo', 'Tipo', 'Tipo de actividad.', claves(TIPOS_DE_EVENTO), REQ),
  ref('organo', 'Órgano', 'Órgano que lo organiza (conjunto «organos»).'),
  ref('institucion', 'Institución', 'Institución que lo organiza (conjunto «instituciones»).'),
  lista('ponentes', 'Ponentes', 'Personas ponentes (identificadores del conjunto «personas»).', { patron: PATRON_IDENTIFICADOR }),
  texto('grupo', 'Grupo', 'Grupo de público, cuando el programa se divide en grupos.'),
  texto('modalidad', 'Modalidad', 'Presencial, virtual o híbrida.'),
  texto('descripcion', 'Descripción', 'En qué consiste, en una o dos oraciones.'),
  ref('fuente', 'Fuente', 'Sesión o acuerdo (identificador) en que se aprobó o anunció.'),
  texto('nota', 'Nota', 'Observación.'),
  enlace('Dirección de la página del evento en este sitio.'),
];

/** Planned sessions and other dated public activities. */
export const CONJUNTOS_DE_CALENDARIO: readonly Conjunto[] = [
  {
    slug: 'calendario-de-sesiones',
    titulo: 'Calendario de sesiones',
    descripcion:
      'Sesiones que cada órgano programó para cada año, con la fecha programada, el acuerdo que aprobó el calendario y su estado: celebrada cuando hay una sesión registrada del órgano que le corresponde, reprogramada o cancelada según el registro, y programada cuando todavía no consta.',
    palabrasClave: ['calendario', 'sesiones programadas', 'órganos colegiados', 'gobierno abierto'],
    campos: camposCalendario,
    clavePrimaria: ['id'],
    clavesForaneas: [fk('organo', 'organos'), fk('aprobado_por', 'acuerdos'), fk('sesion', 'sesiones')],
    campoTemporal: 'fecha_programada',
    paginas: [{ texto: 'Calendario', ruta: rutas.calendario() }],
    filas: (c) => c.calendario.map((e) => fila(camposCalendario, { ...e })),
  },
  {
    slug: 'eventos',
    titulo: 'Eventos',
    descripcion:
      'Actividades públicas fechadas distintas de las sesiones: jornadas de sensibilización, convocatorias, mesas de resultados, presentaciones, foros y publicaciones, con el órgano o la institución que las organiza, sus ponentes y la sesión o el acuerdo en que se aprobaron o anunciaron.',
    palabrasClave: ['eventos', 'jornadas de sensibilización', 'convocatorias', 'gobierno abierto'],
    campos: camposEventos,
    clavePrimaria: ['id'],
    clavesForaneas: [fk('organo', 'organos'), fk('institucion', 'instituciones')],
    campoTemporal: 'fecha',
    paginas: [{ texto: 'Eventos', ruta: rutas.eventos() }],
    filas: (c, ctx) => c.eventos.map((e) => fila(camposEventos, { ...e, url: ctx.absoluta(rutas.evento(e.id)) })),
  },
];
