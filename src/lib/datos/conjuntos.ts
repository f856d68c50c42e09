/**
 * The site's datasets, each declared once: title, description, keywords, fields (type,
 * description, constraints), primary and foreign keys, and the function that makes its rows from
 * the content loaded once per build (`loadContent()`). Column names are Spanish snake_case and
 * follow the content's own field names; enumerations come from the label tables of `src/schemas/`
 * so accepted values are declared in one place.
 */
import { TIPOS_DE_INSTITUCION } from '../../schemas/catalogos.ts';
import { ESTADOS_DE_COMPROMISO, ESTADOS_DE_FASE, FASES, PRECISIONES, TIPOS_DE_COMPROMISO } from '../../schemas/compromiso.ts';
import { CALIDADES_DE_ASISTENCIA, ESTADOS_DE_SESION, MODALIDADES, TIPOS_DE_SESION, VOTACIONES } from '../../schemas/sesion.ts';
import { ESTADOS_DE_ACUERDO, ESTADOS_DE_CALENDARIO, TIPOS_DE_EVENTO } from '../../schemas/tablas.ts';
import { agreementHistories } from '../derivados/acuerdos.ts';
import { groupBy } from '../derivados/agrupar.ts';
import { currentPhase, ORDEN_DE_FASES, reportsNewestFirst } from '../derivados/compromisos.ts';
import sitio from '../../../sitio.config.ts';
import { ESTADOS_AL_DIA } from '../seguimiento/estado.ts';
import { bodyCompliance, sessionForCompliance } from '../seguimiento/cumplimiento.ts';
import { rutas } from '../url.ts';
import type { Campo, Conjunto, Fila, Valor } from './tipos.ts';

/** Same rule as `identificador` in `src/schemas/comunes.ts`. */
export const PATRON_IDENTIFICADOR = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const PATRON_HORA = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

/** Every dataset covers the same territory. */
export const COBERTURA_ESPACIAL = {
  nombre: 'Estado de México, México',
  /** INEGI's state code. */
  cveEnt: '15',
} as const;

const claves = (tabla: Record<string, string>) => Object.keys(tabla);

// ——— Field builders: one line per column in the declarations below. ———

type Extra = Partial<Omit<Campo, 'nombre' | 'titulo' | 'tipo' | 'descripcion'>>;

const texto = (nombre: string, titulo: string, descripcion: string, extra: Extra = {}): Campo => ({ nombre, titulo, tipo: 'string', descripcion, ...extra });
const entero = (nombre: string, titulo: string, descripcion: string, extra: Extra = {}): Campo => ({ nombre, titulo, tipo: 'integer', descripcion, ...extra });
const fecha = (nombre: string, titulo: string, descripcion: string, extra: Extra = {}): Campo => ({ nombre, titulo, tipo: 'date', descripcion, ...extra });
const hora = (nombre: string, titulo: string, descripcion: string, extra: Extra = {}): Campo => ({
  nombre,
  titulo,
  tipo: 'time',
  descripcion: `${descripcion} Hora local de la Ciudad de México, HH:MM de 24 horas.`,
  formato: '%H:%M',
  patron: PATRON_HORA,
  ...extra,
});
const ref = (nombre: string, titulo: string, descripcion: string, extra: Extra = {}): Campo => ({
  nombre,
  titulo,
  tipo: 'string',
  descripcion,
  patron: PATRON_IDENTIFICADOR,
  ...extra,
});
const id = (descripcion: string): Campo => ref('id', 'Identificador', descripcion, { requerido: true, unico: true });
const opcion = (nombre: string, titulo: string, descripcion: string, valores: readonly string[], extra: Extra = {}): Campo => ({
  nombre,
  titulo,
  tipo: 'string',
  descripcion: `${descripcion} Valores: ${valores.join(', ')}.`,
  valores,
  ...extra,
});
const lista = (nombre: string, titulo: string, descripcion: string, extra: Extra = {}): Campo => ({
  nombre,
  titulo,
  tipo: 'list',
  descripcion: `${descripcion} En CSV, separados por «;».`,
  separador: ';',
  ...extra,
});
const enlace = (descripcion: string): Campo => ({
  nombre: 'url',
  titulo: 'Página',
  tipo: 'string',
  descripcion,
  formato: 'uri',
  requerido: true,
  unico: true,
});

const REQ = { requerido: true } as const;

/** `undefined` and empty lists become `null`, so every row has every column. */
const v = (valor: unknown): Valor => (valor === undefined || (Array.isArray(valor) && valor.length === 0) ? null : (valor as Valor));

/**
 * Row with exactly the declared columns, in order. Values are taken as they are: a value of the
 * wrong type is reported by `verificar.ts`, which stops the build.
 */
function fila(campos: readonly Campo[], valores: Record<string, unknown>): Fila {
  return Object.fromEntries(campos.map((c) => [c.nombre, v(valores[c.nombre])]));
}

// ——— Declarations ———

const camposSesiones: Campo[] = [
  id('Identificador estable de la sesión: órgano y fecha (p. ej. «stl-2022-12-16»).'),
  ref('organo', 'Órgano', 'Órgano colegiado que celebró la sesión (conjunto «organos»).', REQ),
  texto('titulo', 'Título', 'Título de la sesión tal como aparece en el acta (p. ej. «Décimo Quinta Sesión Ordinaria»).', REQ),
  opcion('tipo', 'Tipo', 'Tipo de sesión.', claves(TIPOS_DE_SESION), REQ),
  entero('numero', 'Número', 'Número ordinal de la sesión en la numeración propia del órgano; vacío en reuniones de trabajo o cuando no se conoce.', {
    minimo: 1,
  }),
  opcion('estado', 'Estado', 'Si la sesión se celebró, está programada o se canceló.', claves(ESTADOS_DE_SESION), REQ),
  fecha('fecha', 'Fecha', 'Fecha en que se celebró (o está programada) la sesión, AAAA-MM-DD.', REQ),
  hora('hora_inicio', 'Hora de inicio', 'Hora de inicio.'),
  hora('hora_fin', 'Hora de término', 'Hora de término.'),
  opcion('modalidad', 'Modalidad', 'Modalidad de la sesión.', claves(MODALIDADES)),
  texto('lugar', 'Lugar', 'Lugar o plataforma donde se celebró.'),
  texto('resumen', 'Resumen', 'Lo que ocurrió en la sesión, en una o dos oraciones.', REQ),
  texto('convocatoria_oficio', 'Oficio de convocatoria', 'Número del oficio con que se convocó, tal como aparece impreso (p. ej. «STL/016/2022»).'),
  fecha('convocatoria_fecha', 'Fecha de la convocatoria', 'Fecha del oficio de convocatoria.'),
  ref('convocatoria_convoca', 'Convoca', 'Persona que convocó la sesión (conjunto «personas»).'),
  entero('numero_de_asistentes', 'Asistentes', 'Número de personas registradas en la lista de asistencia (conjunto «asistencia»).', { ...REQ, minimo: 0 }),
  entero('numero_de_puntos', 'Puntos del orden del día', 'Número de puntos del orden del día (conjunto «orden-del-dia»).', { ...REQ, minimo: 0 }),
  entero('numero_de_acuerdos', 'Acuerdos', 'Número de acuerdos adoptados (conjunto «acuerdos»).', { ...REQ, minimo: 0 }),
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
  ref('responsable_institucion', 'Institución responsable', 'Institución que debe cumplirlo, solo cuando la fuente la nombra (conjunto «instituciones»).'),
  ref('responsable_persona', 'Persona responsable', 'Persona que debe cumplirlo, solo cuando la fuente la nombra (conjunto «personas»).'),
  fecha('plazo', 'Plazo', 'Fecha límite para cumplirlo, solo cuando la fuente la establece; nunca se estima.'),
  opcion(
    'estado_actual',
    'Estado actual',
    'Último estado informado en el seguimiento de acuerdos, o «sin-seguimiento» si no se ha informado ninguno.',
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

const FASES_Y_COMPLETA = [...claves(FASES), 'completa'];

const camposCompromisos: Campo[] = [
  id('Identificador estable del compromiso.'),
  texto('titulo', 'Título', 'Título del compromiso tal como se publicó en el plan de acción.', REQ),
  texto('titulo_corto', 'Título corto', 'Título breve para listas y gráficas.'),
  opcion('tipo', 'Tipo', 'Cocreado (surgido de la consulta ciudadana) o proactivo (propuesto por un integrante del STL).', claves(TIPOS_DE_COMPROMISO), REQ),
  entero('numero', 'Número', 'Posición en la lista de compromisos de su tipo en el plan.', { minimo: 1 }),
  texto('plan', 'Plan de acción', 'Plan de acción al que pertenece.', REQ),
  texto('eje', 'Eje', 'Eje temático, cuando las fuentes lo indican.'),
  ref('responsable', 'Responsable', 'Institución responsable (conjunto «instituciones»).', REQ),
  lista('corresponsables', 'Corresponsables', 'Otras instituciones que participan (identificadores del conjunto «instituciones»).', {
    patron: PATRON_IDENTIFICADOR,
  }),
  opcion('estado', 'Estado', 'Estado general del compromiso.', claves(ESTADOS_DE_COMPROMISO), REQ),
  texto('objetivo', 'Objetivo', 'Objetivo en una o dos oraciones.', REQ),
  opcion(
    'fase_actual',
    'Fase actual',
    'Para compromisos proactivos: la primera fase, en orden, que no ha concluido, o «completa» si concluyeron las cinco; vacío si no se declaran fases.',
    FASES_Y_COMPLETA,
  ),
  entero('numero_de_lineas_de_accion', 'Líneas de acción', 'Número de líneas de acción.', { ...REQ, minimo: 0 }),
  entero('numero_de_avances', 'Avances', 'Número de informes de avance registrados (conjunto «avances-de-compromisos»).', { ...REQ, minimo: 0 }),
  fecha('fecha_del_ultimo_avance', 'Último avance', 'Fecha del informe de avance más reciente.'),
  enlace('Dirección de la página del compromiso en este sitio.'),
];

const camposAvances: Campo[] = [
  ref('compromiso', 'Compromiso', 'Compromiso del que se informa (conjunto «compromisos»).', REQ),
  entero('orden', 'Orden', 'Posición del informe entre los del compromiso, tal como están registrados, desde 1.', { ...REQ, minimo: 1 }),
  fecha('fecha', 'Fecha', 'Fecha en que se presentó.', REQ),
  ref('sesion', 'Sesión', 'Sesión en que se presentó (conjunto «sesiones»).'),
  ref('presentado_por', 'Presentado por', 'Persona que lo presentó (conjunto «personas»).'),
  texto('resumen', 'Resumen', 'Lo que se informó, en pocas oraciones.', REQ),
  entero('numero_de_cifras', 'Cifras', 'Número de cifras informadas (conjunto «cifras-de-avances»).', { ...REQ, minimo: 0 }),
];

const camposCifras: Campo[] = [
  ref('compromiso', 'Compromiso', 'Compromiso del que se informa (conjunto «compromisos»).', REQ),
  entero('avance', 'Avance', 'Informe de avance (su «orden» en el conjunto «avances-de-compromisos»).', { ...REQ, minimo: 1 }),
  entero('orden', 'Orden', 'Posición de la cifra en el informe, desde 1.', { ...REQ, minimo: 1 }),
  texto('indicador', 'Indicador', 'Lo que se cuenta (p. ej. «Trámites y servicios jurídicos brindados»).', REQ),
  { nombre: 'valor', titulo: 'Valor', tipo: 'number', descripcion: 'La cifra tal como se informó.', requerido: true },
  texto('unidad', 'Unidad', 'Unidad, cuando no es obvia por el indicador (p. ej. «%»).'),
  opcion('precision', 'Precisión', 'Si la cifra es exacta, un mínimo («más de») o una meta.', claves(PRECISIONES), REQ),
];

const camposFases: Campo[] = [
  ref('compromiso', 'Compromiso', 'Compromiso proactivo (conjunto «compromisos»).', REQ),
  opcion('fase', 'Fase', 'Fase de la Metodología del STL.', claves(FASES), REQ),
  entero('orden', 'Orden', 'Posición de la fase en la metodología, del 1 (propuesta) al 5 (publicación).', { ...REQ, minimo: 1 }),
  opcion('estado', 'Estado', 'Estado de la fase según el último informe.', claves(ESTADOS_DE_FASE), REQ),
  fecha('fecha', 'Fecha', 'Fecha en que la fase alcanzó ese estado, cuando las fuentes la dan.'),
  texto('nota', 'Nota', 'Lo que dicen las fuentes sobre la fase.'),
  texto('fuente', 'Fuente', 'Documento del que proviene la información.'),
  ref('fuente_sesion', 'Sesión de la fuente', 'Sesión cuyos documentos son la fuente (conjunto «sesiones»).'),
];

const camposCalendario: Campo[] = [
  id('Identificador estable de la entrada: órgano, año, tipo y número (p. ej. «stl-2023-ordinaria-16»).'),
  ref('organo', 'Órgano', 'Órgano que programó la sesión (conjunto «organos»).', REQ),
  { nombre: 'anio', titulo: 'Año', tipo: 'year', descripcion: 'Año del calendario.', requerido: true },
  entero('numero', 'Número', 'Número de la sesión programada.', { ...REQ, minimo: 1 }),
  opcion('tipo', 'Tipo', 'Tipo de sesión.', claves(TIPOS_DE_SESION), REQ),
  fecha('fecha_programada', 'Fecha programada', 'Fecha programada, AAAA-MM-DD.', REQ),
  hora('hora', 'Hora', 'Hora programada.'),
  ref('aprobado_por', 'Aprobado por', 'Acuerdo que aprobó el calendario (conjunto «acuerdos»).'),
  opcion(
    'estado',
    'Estado',
    'Celebrada cuando hay una sesión del órgano que corresponde a la entrada; reprogramada o cancelada según el registro; si no, programada.',
    claves(ESTADOS_DE_CALENDARIO),
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

const camposInstituciones: Campo[] = [
  id('Identificador estable de la institución (p. ej. «infoem»).'),
  texto('nombre', 'Nombre', 'Nombre oficial completo.', REQ),
  texto('siglas', 'Siglas', 'Siglas tal como las escribe la institución.'),
  opcion('tipo', 'Tipo', 'Tipo de institución.', claves(TIPOS_DE_INSTITUCION), REQ),
  texto('url', 'Sitio web', 'Sitio web oficial.', { formato: 'uri' }),
];

const camposOrganos: Campo[] = [
  id('Identificador estable del órgano, usado en los identificadores de sus sesiones (p. ej. «stl»).'),
  texto('nombre', 'Nombre', 'Nombre completo del órgano.', REQ),
  texto('siglas', 'Siglas', 'Nombre corto.'),
  ref('institucion', 'Institución', 'Institución a la que pertenece; vacío en órganos de varias partes, como el STL (conjunto «instituciones»).'),
  ref('organo_superior', 'Órgano superior', 'Órgano al que informa (conjunto «organos»).'),
  texto('descripcion', 'Descripción', 'Qué es y qué hace el órgano.', REQ),
  enlace('Dirección de la página del órgano en este sitio.'),
];

const camposPersonas: Campo[] = [
  id('Identificador estable de la persona, por lo general su nombre en minúsculas con guiones.'),
  texto('nombre', 'Nombre', 'Nombre completo como aparece en la fuente más completa.', REQ),
  lista('variantes', 'Variantes', 'Otras grafías del nombre impresas en las fuentes.'),
  enlace('Dirección de la página de la persona en este sitio.'),
];

const camposMunicipios: Campo[] = [
  texto('cvegeo', 'Clave geoestadística', 'Clave geoestadística del INEGI: entidad y municipio, 5 dígitos (texto, conserva los ceros).', {
    requerido: true,
    unico: true,
    patron: '^[0-9]{5}$',
  }),
  texto('cve_ent', 'Clave de entidad', 'Clave de la entidad federativa, 2 dígitos (15 = Estado de México).', { requerido: true, patron: '^[0-9]{2}$' }),
  texto('cve_mun', 'Clave de municipio', 'Clave del municipio, 3 dígitos con ceros a la izquierda (texto: «001»).', { requerido: true, patron: '^[0-9]{3}$' }),
  texto('nombre', 'Nombre', 'Nombre oficial del municipio.', REQ),
];

const fk = (campos: string | string[], conjunto: string, camposReferidos: string | string[] = 'id') => ({
  campos: [campos].flat(),
  conjunto,
  camposReferidos: [camposReferidos].flat(),
});

/** Every dataset of the site, in the order the catalogue lists them. */
export const CONJUNTOS: readonly Conjunto[] = [
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
          convocatoria_oficio: d.convocatoria?.oficio,
          convocatoria_fecha: d.convocatoria?.fecha,
          convocatoria_convoca: d.convocatoria?.convoca,
          numero_de_asistentes: d.asistentes.length,
          numero_de_puntos: d.orden_del_dia.length,
          numero_de_acuerdos: d.acuerdos.length,
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
      'Historial fechado del estado de cada acuerdo (pendiente, en proceso, cumplido o cancelado): una fila por informe, con la nota de lo informado y la sesión en que se informó. El estado actual de un acuerdo es el de su informe más reciente.',
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
  {
    slug: 'compromisos',
    titulo: 'Compromisos',
    descripcion:
      'Compromisos de Gobierno Abierto del Primer Plan de Acción Local del Estado de México y compromisos proactivos de sus integrantes: una fila por compromiso, con su tipo (cocreado o proactivo), plan, eje, institución responsable y corresponsables, estado, objetivo, fase actual y el número de líneas de acción e informes de avance.',
    palabrasClave: ['compromisos', 'plan de acción', 'gobierno abierto', 'cocreación', 'transparencia proactiva'],
    campos: camposCompromisos,
    clavePrimaria: ['id'],
    clavesForaneas: [fk('responsable', 'instituciones')],
    campoTemporal: 'fecha_del_ultimo_avance',
    paginas: [{ texto: 'Compromisos', ruta: rutas.compromisos() }],
    filas: (c, ctx) =>
      c.compromisos.map((k) => {
        const d = k.data;
        return fila(camposCompromisos, {
          ...d,
          id: k.id,
          fase_actual: currentPhase(d.fases),
          numero_de_lineas_de_accion: d.lineas_de_accion.length,
          numero_de_avances: d.avances.length,
          fecha_del_ultimo_avance: reportsNewestFirst(d.avances)[0]?.fecha,
          url: ctx.absoluta(rutas.compromiso(k.id)),
        });
      }),
  },
  {
    slug: 'avances-de-compromisos',
    titulo: 'Avances de compromisos',
    descripcion:
      'Informes fechados de avance de los compromisos: una fila por informe, con la sesión en que se presentó, la persona que lo presentó, un resumen de lo informado y el número de cifras que reporta (las cifras están en el conjunto «Cifras de avances»).',
    palabrasClave: ['avances', 'compromisos', 'informes', 'seguimiento', 'gobierno abierto'],
    campos: camposAvances,
    clavePrimaria: ['compromiso', 'orden'],
    clavesForaneas: [fk('compromiso', 'compromisos'), fk('sesion', 'sesiones'), fk('presentado_por', 'personas')],
    campoTemporal: 'fecha',
    paginas: [{ texto: 'Compromisos', ruta: rutas.compromisos() }],
    filas: (c) =>
      c.compromisos.flatMap((k) =>
        k.data.avances.map((a, i) => fila(camposAvances, { ...a, compromiso: k.id, orden: i + 1, numero_de_cifras: a.cifras.length })),
      ),
  },
  {
    slug: 'cifras-de-avances',
    titulo: 'Cifras de avances',
    descripcion:
      'Cifras informadas en los avances de los compromisos (trámites brindados, personas atendidas, porcentajes, metas): una fila por cifra, con su indicador, el valor tal como se informó, la unidad y si es exacta, un mínimo («más de») o una meta.',
    palabrasClave: ['cifras', 'indicadores', 'avances', 'compromisos', 'gobierno abierto'],
    campos: camposCifras,
    clavePrimaria: ['compromiso', 'avance', 'orden'],
    clavesForaneas: [fk('compromiso', 'compromisos'), fk(['compromiso', 'avance'], 'avances-de-compromisos', ['compromiso', 'orden'])],
    paginas: [{ texto: 'Compromisos', ruta: rutas.compromisos() }],
    filas: (c) =>
      c.compromisos.flatMap((k) =>
        k.data.avances.flatMap((a, i) => a.cifras.map((cifra, j) => fila(camposCifras, { ...cifra, compromiso: k.id, avance: i + 1, orden: j + 1 }))),
      ),
  },
  {
    slug: 'fases-de-compromisos',
    titulo: 'Fases de compromisos',
    descripcion:
      'Estado de las cinco fases de la Metodología del Secretariado Técnico Local para los compromisos proactivos (propuesta, árbol de problemas, diálogo abierto con organizaciones, hoja de ruta y publicación): una fila por compromiso y fase declarada, con su estado, fecha, nota y fuente.',
    palabrasClave: ['fases', 'compromisos proactivos', 'metodología', 'gobierno abierto'],
    campos: camposFases,
    clavePrimaria: ['compromiso', 'fase'],
    clavesForaneas: [fk('compromiso', 'compromisos'), fk('fuente_sesion', 'sesiones')],
    campoTemporal: 'fecha',
    paginas: [{ texto: 'Compromisos', ruta: rutas.compromisos() }],
    filas: (c) =>
      c.compromisos.flatMap((k) =>
        [...k.data.fases]
          .sort((a, b) => ORDEN_DE_FASES.indexOf(a.fase) - ORDEN_DE_FASES.indexOf(b.fase))
          .map((f) =>
            fila(camposFases, {
              ...f,
              compromiso: k.id,
              orden: ORDEN_DE_FASES.indexOf(f.fase) + 1,
              fuente: f.fuente?.documento,
              fuente_sesion: f.fuente?.sesion,
            }),
          ),
      ),
  },
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
  {
    slug: 'instituciones',
    titulo: 'Instituciones',
    descripcion:
      'Catálogo de las instituciones que aparecen en los registros del sitio (órganos garantes, entes públicos, poderes, organismos autónomos, gobiernos municipales, organizaciones de la sociedad civil), con su nombre oficial, siglas, tipo y sitio web.',
    palabrasClave: ['instituciones', 'catálogo', 'entes públicos', 'gobierno abierto'],
    campos: camposInstituciones,
    clavePrimaria: ['id'],
    clavesForaneas: [],
    paginas: [{ texto: 'Órganos', ruta: rutas.organos() }],
    filas: (c) => c.instituciones.map((i) => fila(camposInstituciones, { ...i })),
  },
  {
    slug: 'organos',
    titulo: 'Órganos',
    descripcion:
      'Catálogo de los órganos colegiados que celebran sesiones (el Secretariado Técnico Local de Gobierno Abierto, la Comisión de Gobierno Abierto y Transparencia Proactiva del Infoem y sus grupos), con su nombre, siglas, institución, órgano superior y descripción.',
    palabrasClave: ['órganos colegiados', 'catálogo', 'Secretariado Técnico Local', 'gobierno abierto'],
    campos: camposOrganos,
    clavePrimaria: ['id'],
    clavesForaneas: [fk('institucion', 'instituciones'), fk('organo_superior', 'organos')],
    paginas: [{ texto: 'Órganos', ruta: rutas.organos() }],
    filas: (c, ctx) => c.organos.map((o) => fila(camposOrganos, { ...o, url: ctx.absoluta(rutas.organo(o.id)) })),
  },
  {
    slug: 'personas',
    titulo: 'Personas',
    descripcion:
      'Catálogo de las personas que asisten a las sesiones o participan como ponentes en los eventos, con su nombre completo y las otras grafías de su nombre que aparecen en las fuentes. Sus cargos están en el conjunto «Asistencia», porque cambian de una sesión a otra.',
    palabrasClave: ['personas', 'catálogo', 'integrantes', 'gobierno abierto'],
    campos: camposPersonas,
    clavePrimaria: ['id'],
    clavesForaneas: [],
    paginas: [{ texto: 'Personas', ruta: rutas.personas() }],
    filas: (c, ctx) => c.personas.map((p) => fila(camposPersonas, { ...p, url: ctx.absoluta(rutas.persona(p.id)) })),
  },
  {
    slug: 'municipios',
    titulo: 'Municipios',
    descripcion:
      'Los 125 municipios del Estado de México según el Catálogo Único de Claves Geoestadísticas del INEGI: clave de entidad, clave de municipio y clave geoestadística (texto de dígitos con ceros a la izquierda) y nombre oficial. Es la clave que une los datos por municipio.',
    palabrasClave: ['municipios', 'INEGI', 'claves geoestadísticas', 'catálogo', 'Estado de México'],
    campos: camposMunicipios,
    clavePrimaria: ['cvegeo'],
    clavesForaneas: [],
    licencia: { nombre: 'Términos de Libre Uso de la Información del INEGI', url: 'https://www.inegi.org.mx/inegi/terminos.html' },
    fuente: 'Fuente: INEGI, Catálogo Único de Claves Geoestadísticas.',
    paginas: [],
    filas: (c) => c.municipios.map((m) => fila(camposMunicipios, { ...m })),
  },
];

/** Dataset by slug. */
export const CONJUNTO = new Map(CONJUNTOS.map((c) => [c.slug, c]));
