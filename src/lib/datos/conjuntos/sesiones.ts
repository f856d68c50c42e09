/**
 * Datasets: sessions, their attendance and their agendas. Listed in the catalogue by `../conjuntos.ts`.
 */
import { CALIDADES_DE_ASISTENCIA, ESTADOS_DE_SESION, MODALIDADES, TIPOS_DE_SESION } from '../../../schemas/sesion.ts';
import { sessionCounts } from '../../derivados/sesiones.ts';
import { sessionStatusAsOf } from '../../derivados/calendario.ts';
import { rutas } from '../../url.ts';
import { claves, texto, entero, fecha, hora, ref, id, opcion, lista, enlace, REQ, fila, fk } from '../campos.ts';
import type { Campo, Conjunto } from '../tipos.ts';
/** The session totals as dataset columns: `null` where the sources do not say. */
const conteosDeSesion = (d: Parameters<typeof sessionCounts>[0]) => {
  const conteos = sessionCounts(d);
  return { numero_de_asistentes: conteos.asistentes, numero_de_puntos: conteos.puntos, numero_de_acuerdos: conteos.acuerdos };
};

const camposSesiones: Campo[] = [
  id('Identificador estable de la sesión: órgano y fecha (p. ej. «stl-2022-12-16»).'),
  ref('organo', 'Órgano', 'Órgano colegiado que celebró la sesión (conjunto «organos»).', REQ),
  texto('titulo', 'Título', 'Título de la sesión tal como aparece en el acta (p. ej. «Décimo Quinta Sesión Ordinaria»).', REQ),
  opcion('tipo', 'Tipo', 'Tipo de sesión.', claves(TIPOS_DE_SESION), REQ),
  entero('numero', 'Número', 'Número ordinal de la sesión en la numeración propia del órgano; vacío en reuniones de trabajo o cuando no se conoce.', {
    minimo: 1,
  }),
  opcion(
    'estado',
    'Estado',
    'Si la sesión se celebró, está programada o se canceló; «sin-registro» («sin registro de celebración») para una sesión solo programada o anunciada cuya fecha ya pasó, a la fecha de referencia del sitio, sin que conste que se celebró.',
    [...claves(ESTADOS_DE_SESION), 'sin-registro'],
    REQ,
  ),
  fecha('fecha', 'Fecha', 'Fecha en que se celebró (o está programada) la sesión, AAAA-MM-DD.', REQ),
  hora('hora_inicio', 'Hora de inicio', 'Hora de inicio.'),
  hora('hora_fin', 'Hora de término', 'Hora de término.'),
  opcion('modalidad', 'Modalidad', 'Modalidad de la sesión.', claves(MODALIDADES)),
  texto('lugar', 'Lugar', 'Lugar o plataforma donde se celebró.'),
  texto('resumen', 'Resumen', 'Lo que ocurrió en la sesión, en una o dos oraciones.', REQ),
  texto('convocatoria_oficio', 'Oficio de convocatoria', 'Número del oficio con que se convocó, tal como aparece impreso (p. ej. «STL/016/2022»).'),
  fecha('convocatoria_fecha', 'Fecha de la convocatoria', 'Fecha del oficio de convocatoria.'),
  ref('convocatoria_convoca', 'Convoca', 'Persona que convocó la sesión (conjunto «personas»).'),
  entero(
    'numero_de_asistentes',
    'Asistentes',
    'Número de personas registradas en la lista de asistencia (conjunto «asistencia»); vacío si las fuentes no dan la lista (sesiones conocidas solo por otros documentos): desconocido, no cero.',
    { minimo: 0 },
  ),
  entero(
    'numero_de_puntos',
    'Puntos del orden del día',
    'Número de puntos del orden del día (conjunto «orden-del-dia»); vacío si las fuentes no dan el orden del día: desconocido, no cero.',
    { minimo: 0 },
  ),
  entero(
    'numero_de_acuerdos',
    'Acuerdos',
    'Número de acuerdos registrados (conjunto «acuerdos»); en sesiones conocidas solo por otros documentos, los que esos documentos citan, y vacío si no citan ninguno.',
    { minimo: 0 },
  ),
  ref('acta_aprobada_en', 'Acta aprobada en', 'Acuerdo de una sesión posterior que aprobó el acta de esta sesión, cuando se conoce (conjunto «acuerdos»).'),
  fecha('siguiente_reunion_fecha', 'Fecha de la siguiente reunión', 'Fecha de la siguiente reunión acordada en la sesión.'),
  hora('siguiente_reunion_hora', 'Hora de la siguiente reunión', 'Hora prevista de la siguiente reunión.'),
  ref('siguiente_reunion_sesion', 'Siguiente reunión', 'Sesión de seguimiento, cuando tiene registro propio (conjunto «sesiones»).'),
  texto('url_acta', 'Acta publicada', 'Dirección web del acta oficial, cuando se publicó en otro sitio.', { formato: 'uri' }),
  lista(
    'documentos',
    'Documentos',
    'Archivos originales de la sesión publicados en este sitio (carpeta /documentos/), con su SHA-256 en la página de la sesión.',
  ),
  texto('fuentes', 'Fuentes', 'Para sesiones conocidas por otros documentos: los documentos que dan cuenta de ella, separados por «; ».'),
  enlace('Dirección de la página de la sesión en este sitio.'),
];

const camposAsistencia: Campo[] = [
  ref('sesion', 'Sesión', 'Sesión a la que asistió la persona (conjunto «sesiones»).', REQ),
  ref('persona', 'Persona', 'Persona que asistió (conjunto «personas»).', REQ),
  entero('orden', 'Orden', 'Posición en la lista de asistencia del acta, desde 1.', { ...REQ, minimo: 1 }),
  texto('cargo', 'Cargo', 'Cargo que ocupaba la persona ese día, tal como aparece en el acta.', REQ),
  texto('representacion', 'Representación', 'A quién representaba la persona en el órgano, tal como aparece en el acta.'),
  ref('institucion', 'Institución', 'Institución de la que provenía la persona (conjunto «instituciones»).'),
  opcion('calidad', 'Calidad', 'Calidad con la que asistió: integrante, persona invitada o personal de apoyo.', claves(CALIDADES_DE_ASISTENCIA), REQ),
  ref('organo', 'Órgano', 'Órgano que celebró la sesión (conjunto «organos»).', REQ),
  fecha('fecha', 'Fecha', 'Fecha de la sesión.', REQ),
];

const camposOrden: Campo[] = [
  ref('sesion', 'Sesión', 'Sesión a cuyo orden del día pertenece el punto (conjunto «sesiones»).', REQ),
  entero('orden', 'Orden', 'Posición del punto en el orden del día, desde 1.', { ...REQ, minimo: 1 }),
  texto('numero', 'Número', 'Número del punto tal como aparece impreso, por lo general en números romanos (I, II, …).', REQ),
  texto('texto', 'Texto', 'Texto del punto del orden del día.', REQ),
];

/** Sessions, their attendance and their agendas. */
export const CONJUNTOS_DE_SESIONES: readonly Conjunto[] = [
  {
    slug: 'sesiones',
    titulo: 'Sesiones',
    descripcion:
      'Sesiones de los órganos colegiados del ejercicio local de Gobierno Abierto del Estado de México (Secretariado Técnico Local, Comisión de Gobierno Abierto y Transparencia Proactiva del Infoem y sus grupos de trabajo): una fila por sesión, con su tipo, número, fecha, horario, modalidad, lugar, convocatoria, resumen y los totales de asistentes, puntos del orden del día y acuerdos. Incluye las sesiones conocidas solo por otros documentos, con sus fuentes.',
    palabrasClave: ['gobierno abierto', 'sesiones', 'actas', 'órganos colegiados', 'Estado de México'],
    campos: camposSesiones,
    clavePrimaria: ['id'],
    clavesForaneas: [
      fk('organo', 'organos'),
      fk('convocatoria_convoca', 'personas'),
      fk('acta_aprobada_en', 'acuerdos'),
      fk('siguiente_reunion_sesion', 'sesiones'),
    ],
    campoTemporal: 'fecha',
    paginas: [{ texto: 'Sesiones', ruta: rutas.sesiones() }],
    filas: (c, ctx) =>
      c.sesiones.map((s) => {
        const d = s.data;
        return fila(camposSesiones, {
          ...d,
          id: s.id,
          estado: sessionStatusAsOf(d, c.hoy),
          convocatoria_oficio: d.convocatoria?.oficio,
          convocatoria_fecha: d.convocatoria?.fecha,
          convocatoria_convoca: d.convocatoria?.convoca,
          ...conteosDeSesion(d),
          siguiente_reunion_fecha: d.seguimiento?.fecha,
          siguiente_reunion_hora: d.seguimiento?.hora,
          siguiente_reunion_sesion: d.seguimiento?.sesion,
          documentos: d.documentos.map((doc) => doc.archivo),
          fuentes: d.fuentes.length ? d.fuentes.map((f) => f.documento).join('; ') : undefined,
          url: ctx.absoluta(rutas.sesion(s.id)),
        });
      }),
  },
  {
    slug: 'asistencia',
    titulo: 'Asistencia',
    descripcion:
      'Listas de asistencia de las sesiones: una fila por persona y sesión, con el cargo que la persona ocupaba ese día, a quién representaba, la institución de la que provenía y si asistió como integrante, persona invitada o personal de apoyo. El cargo pertenece a la asistencia, no a la persona, porque las mismas personas acuden con cargos distintos.',
    palabrasClave: ['asistencia', 'sesiones', 'integrantes', 'representación', 'gobierno abierto'],
    campos: camposAsistencia,
    clavePrimaria: ['sesion', 'persona'],
    clavesForaneas: [fk('sesion', 'sesiones'), fk('persona', 'personas'), fk('institucion', 'instituciones'), fk('organo', 'organos')],
    campoTemporal: 'fecha',
    paginas: [
      { texto: 'Sesiones', ruta: rutas.sesiones() },
      { texto: 'Personas', ruta: rutas.personas() },
    ],
    filas: (c) =>
      c.sesiones.flatMap((s) =>
        s.data.asistentes.map((a, i) => fila(camposAsistencia, { ...a, sesion: s.id, orden: i + 1, organo: s.data.organo, fecha: s.data.fecha })),
      ),
  },
  {
    slug: 'orden-del-dia',
    titulo: 'Orden del día',
    descripcion:
      'Puntos del orden del día de cada sesión, en el orden en que aparecen en el acta: una fila por punto, con su número impreso (por lo general en números romanos) y su texto.',
    palabrasClave: ['orden del día', 'sesiones', 'actas', 'gobierno abierto'],
    campos: camposOrden,
    clavePrimaria: ['sesion', 'orden'],
    clavesForaneas: [fk('sesion', 'sesiones')],
    paginas: [{ texto: 'Sesiones', ruta: rutas.sesiones() }],
    filas: (c) => c.sesiones.flatMap((s) => s.data.orden_del_dia.map((p, i) => fila(camposOrden, { ...p, sesion: s.id, orden: i + 1 }))),
  },
];
