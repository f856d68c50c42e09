/**
 * Datasets: agreements, their sourced follow-up and the bodies' process compliance. Listed in the catalogue by `../conjuntos.ts`.
 */
import { VOTACIONES } from '../../../schemas/sesion.ts';
import { ESTADOS_DE_ACUERDO } from '../../../schemas/tablas.ts';
import { adoptionOf, agreementHistories } from '../../derivados/acuerdos.ts';
import { groupBy } from '../../derivados/agrupar.ts';
import sitio from '../../../../sitio.config.ts';
import { ESTADOS_AL_DIA } from '../../seguimiento/estado.ts';
import { bodyCompliance, sessionForCompliance } from '../../seguimiento/cumplimiento.ts';
import { rutas } from '../../url.ts';
import { claves, texto, entero, fecha, ref, id, opcion, enlace, REQ, fila, fk } from '../campos.ts';
import type { Campo, Conjunto } from '../tipos.ts';

const ESTADOS_ACTUALES = [...claves(ESTADOS_DE_ACUERDO), 'sin-seguimiento'];

const camposAcuerdos: Campo[] = [
  id('Identificador único y estable del acuerdo; no se reutiliza aunque la clave impresa se repita.'),
  texto('clave', 'Clave', 'Clave del acuerdo tal como aparece impresa en el acta (p. ej. «STL/XV/1/2022»); puede faltar o repetirse.'),
  ref('sesion', 'Sesión', 'Sesión en que se adoptó (conjunto «sesiones»).', REQ),
  ref('organo', 'Órgano', 'Órgano que lo adoptó (conjunto «organos»).', REQ),
  fecha('fecha', 'Fecha', 'Fecha de adopción: la de la sesión.', REQ),
  entero('orden', 'Orden', 'Posición entre los acuerdos de la sesión, desde 1.', { ...REQ, minimo: 1 }),
  texto('punto', 'Punto', 'Punto del orden del día (su número) en que se adoptó.'),
  texto('texto', 'Texto', 'Texto completo del acuerdo.', REQ),
  opcion('votacion', 'Votación', 'Forma en que se votó.', claves(VOTACIONES), REQ),
  texto('tema', 'Tema', 'Tema breve, para agrupar y buscar.'),
  ref('compromiso', 'Compromiso', 'Compromiso al que se refiere, cuando lo hay (conjunto «compromisos»).'),
  opcion(
    'adopcion',
    'Adopción',
    'Cómo se adoptó, según el registro de su sesión: «aprobado» (votación registrada o texto que informa la aprobación) o «acordado» (acuerdo de una minuta sin votación). Es la adopción, no el cumplimiento.',
    ['aprobado', 'acordado'],
    REQ,
  ),
  ref('responsable_institucion', 'Institución responsable', 'Institución que debe cumplirlo, solo cuando la fuente la nombra (conjunto «instituciones»).'),
  ref('responsable_persona', 'Persona responsable', 'Persona que debe cumplirlo, solo cuando la fuente la nombra (conjunto «personas»).'),
  fecha('plazo', 'Plazo', 'Fecha límite para cumplirlo, solo cuando la fuente la establece; nunca se estima.'),
  opcion(
    'estado_actual',
    'Estado actual',
    'Último estado informado en el seguimiento de acuerdos, que siempre cita su fuente; «sin-seguimiento» («sin seguimiento en las fuentes») si ninguna fuente informa qué pasó con el acuerdo. Nunca se infiere: aprobar un plan no es cumplirlo.',
    ESTADOS_ACTUALES,
    REQ,
  ),
  opcion(
    'estado_al_dia',
    'Estado al día',
    'Estado a la fecha de actualización del conjunto: el informado, salvo «vencido» si sigue pendiente o en proceso después de su plazo.',
    ESTADOS_AL_DIA,
    REQ,
  ),
  texto('nota', 'Nota', 'Observación sobre el registro (p. ej. una clave impresa que repite otra).'),
  enlace('Dirección de la página del acuerdo en este sitio.'),
];

const camposSeguimiento: Campo[] = [
  ref('acuerdo', 'Acuerdo', 'Acuerdo cuyo estado se informa (conjunto «acuerdos»).', REQ),
  entero('orden', 'Orden', 'Posición del informe en el historial del acuerdo, del más antiguo (1) al más reciente.', { ...REQ, minimo: 1 }),
  fecha('fecha', 'Fecha', 'Fecha del informe.', REQ),
  opcion('estado', 'Estado', 'Estado informado ese día.', claves(ESTADOS_DE_ACUERDO), REQ),
  texto('nota', 'Nota', 'Lo que se informó.'),
  ref('sesion', 'Sesión', 'Sesión en que se informó, cuando la hay (conjunto «sesiones»).'),
  texto(
    'fuente',
    'Fuente',
    'Documento que informa el estado y en qué parte (p. ej. «Acta de la Décimo Quinta Sesión Ordinaria del Secretariado Técnico Local, punto V»).',
    REQ,
  ),
  texto('cita', 'Cita', 'Palabras de la fuente que informan el estado, copiadas tal cual.', REQ),
];

const camposCumplimiento: Campo[] = [
  ref('organo', 'Órgano', 'Órgano colegiado (conjunto «organos»).', REQ),
  entero('anio', 'Año', 'Año calendario.', { ...REQ, minimo: 1900 }),
  entero(
    'sesiones_programadas',
    'Sesiones programadas',
    'Sesiones del calendario publicado del órgano para ese año; vacío si no se publicó calendario (se desconoce, no es cero).',
    { minimo: 0 },
  ),
  entero('programadas_celebradas', 'Programadas y celebradas', 'De las sesiones programadas, cuántas constan como celebradas; vacío si no hay calendario.', {
    minimo: 0,
  }),
  entero('sesiones_celebradas', 'Sesiones celebradas', 'Sesiones celebradas registradas ese año, programadas o no.', { ...REQ, minimo: 0 }),
  entero(
    'intervalos_de_mas_de_seis_meses',
    'Intervalos de más de seis meses',
    'Intervalos de más de seis meses entre dos sesiones celebradas consecutivas que terminan ese año (la Alianza para el Gobierno Abierto pide que el foro se reúna al menos cada seis meses); no cuenta los intervalos en que la numeración de las sesiones ordinarias muestra sesiones intermedias no registradas.',
    { ...REQ, minimo: 0 },
  ),
  entero(
    'acuerdos_sin_seguimiento_reciente',
    'Acuerdos sin seguimiento reciente',
    `Acuerdos adoptados ese año, no informados como cumplidos ni cancelados, cuyo último informe (o su adopción, si no hay informes) tiene más de ${sitio.diasSinSeguimiento} días a la fecha de actualización.`,
    { ...REQ, minimo: 0 },
  ),
];

/** Agreements, their sourced follow-up and the bodies' process compliance. */
export const CONJUNTOS_DE_ACUERDOS: readonly Conjunto[] = [
  {
    slug: 'acuerdos',
    titulo: 'Acuerdos',
    descripcion:
      'Acuerdos adoptados en las sesiones: una fila por acuerdo, con la clave tal como aparece impresa en el acta (que puede faltar o repetirse; el identificador es único), la sesión y el punto en que se adoptó, su texto completo, la forma de votación, el tema, el compromiso al que se refiere y su estado actual según el seguimiento de acuerdos.',
    palabrasClave: ['acuerdos', 'sesiones', 'votación', 'seguimiento', 'gobierno abierto'],
    campos: camposAcuerdos,
    clavePrimaria: ['id'],
    clavesForaneas: [
      fk('sesion', 'sesiones'),
      fk('organo', 'organos'),
      fk('compromiso', 'compromisos'),
      fk('responsable_institucion', 'instituciones'),
      fk('responsable_persona', 'personas'),
    ],
    campoTemporal: 'fecha',
    paginas: [
      { texto: 'Acuerdos', ruta: rutas.acuerdos() },
      { texto: 'Seguimiento', ruta: rutas.seguimiento() },
    ],
    filas: (c, ctx) =>
      c.acuerdos.map((a) =>
        fila(camposAcuerdos, {
          ...a,
          adopcion: adoptionOf(a),
          responsable_institucion: a.responsable?.institucion,
          responsable_persona: a.responsable?.persona,
          estado_actual: a.estadoActual,
          estado_al_dia: a.estadoAlDia,
          url: ctx.absoluta(rutas.acuerdo(a.id)),
        }),
      ),
  },
  {
    slug: 'seguimiento-de-acuerdos',
    titulo: 'Seguimiento de acuerdos',
    descripcion:
      'Historial fechado del estado de cada acuerdo (pendiente, en proceso, cumplido o cancelado): una fila por informe, con la nota de lo informado, la sesión en que se informó, el documento fuente y la cita de sus palabras. Solo hay fila cuando una fuente informa el estado; nunca se infiere de la aprobación del acuerdo. El estado actual de un acuerdo es el de su informe más reciente.',
    palabrasClave: ['seguimiento de acuerdos', 'cumplimiento', 'acuerdos', 'gobierno abierto'],
    campos: camposSeguimiento,
    clavePrimaria: ['acuerdo', 'orden'],
    clavesForaneas: [fk('acuerdo', 'acuerdos'), fk('sesion', 'sesiones')],
    campoTemporal: 'fecha',
    paginas: [{ texto: 'Acuerdos', ruta: rutas.acuerdos() }],
    filas: (c) => {
      // From the follow-up table itself, so a report on an unknown agreement is caught, not dropped.
      const ids = [...new Set([...c.acuerdos.map((a) => a.id), ...c.seguimientos.map((s) => s.acuerdo)])];
      const historiales = agreementHistories(c.seguimientos);
      return ids.flatMap((id) => (historiales.get(id) ?? []).map((h, i) => fila(camposSeguimiento, { ...h, orden: i + 1 })));
    },
  },
  {
    slug: 'cumplimiento-de-organos',
    titulo: 'Cumplimiento del proceso por órgano',
    descripcion:
      'Cumplimiento del proceso de cada órgano colegiado, por año: sesiones programadas en su calendario frente a sesiones celebradas, intervalos de más de seis meses entre reuniones (el mínimo que pide la Alianza para el Gobierno Abierto a un foro multiactor) y acuerdos sin seguimiento informado reciente. Se calcula a partir de las sesiones, los calendarios y el seguimiento de acuerdos publicados; donde no hay calendario, las sesiones programadas quedan vacías.',
    palabrasClave: ['cumplimiento', 'sesiones', 'calendario', 'seguimiento de acuerdos', 'gobierno abierto'],
    campos: camposCumplimiento,
    clavePrimaria: ['organo', 'anio'],
    clavesForaneas: [fk('organo', 'organos')],
    paginas: [
      { texto: 'Órganos', ruta: rutas.organos() },
      { texto: 'Seguimiento', ruta: rutas.seguimiento() },
    ],
    filas: (c) => {
      const sesiones = groupBy(c.sesiones, (s) => s.data.organo);
      const calendario = groupBy(c.calendario, (e) => e.organo);
      const acuerdos = groupBy(c.acuerdos, (a) => a.organo);
      return [...c.organos]
        .sort((a, b) => a.id.localeCompare(b.id))
        .flatMap((o) =>
          bodyCompliance(
            (sesiones.get(o.id) ?? []).map(sessionForCompliance),
            calendario.get(o.id) ?? [],
            acuerdos.get(o.id) ?? [],
            c.hoy,
            sitio.diasSinSeguimiento,
          ).anios.map((a) =>
            fila(camposCumplimiento, {
              organo: o.id,
              anio: a.anio,
              sesiones_programadas: a.programadas,
              programadas_celebradas: a.programadasCelebradas,
              sesiones_celebradas: a.celebradas,
              intervalos_de_mas_de_seis_meses: a.intervalosLargos,
              acuerdos_sin_seguimiento_reciente: a.acuerdosSinSeguimientoReciente,
            }),
          ),
        );
    },
  },
];
