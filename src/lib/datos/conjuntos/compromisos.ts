/**
 * Datasets: open-government commitments, their progress reports, reported figures and phases. Listed in the catalogue by `../conjuntos.ts`.
 */
import { ESTADOS_DE_COMPROMISO, ESTADOS_DE_FASE, FASES, PRECISIONES, TIPOS_DE_COMPROMISO } from '../../../schemas/compromiso.ts';
import { currentPhase, ORDEN_DE_FASES, reportsNewestFirst } from '../../derivados/compromisos.ts';
import { rutas } from '../../url.ts';
import { claves, texto, entero, fecha, ref, id, opcion, lista, enlace, REQ, fila, fk, PATRON_IDENTIFICADOR } from '../campos.ts';
import type { Campo, Conjunto } from '../tipos.ts';

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
    'Para compromisos proactivos: la fase más avanzada, en orden, que una fuente informa en proceso o concluida (conjunto «fases-de-compromisos», con su fuente); las fases de las que ninguna fuente habla no se suponen pendientes. Vacío si ninguna fuente informa una fase alcanzada.',
    claves(FASES),
  ),
  opcion('estado_de_fase_actual', 'Estado de la fase actual', 'Estado que la fuente informa para la fase actual.', claves(ESTADOS_DE_FASE)),
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
  texto('fuente', 'Fuente', 'Documento que informa el estado de la fase.', REQ),
  ref('fuente_sesion', 'Sesión de la fuente', 'Sesión cuyos documentos son la fuente (conjunto «sesiones»).'),
  texto('fuente_cita', 'Cita de la fuente', 'Palabras de la fuente que informan el estado de la fase, copiadas tal cual.', REQ),
];

/** Open-government commitments, their progress reports, reported figures and phases. */
export const CONJUNTOS_DE_COMPROMISOS: readonly Conjunto[] = [
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
          fase_actual: currentPhase(d.fases)?.fase,
          estado_de_fase_actual: currentPhase(d.fases)?.estado,
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
              fuente: f.fuente.documento,
              fuente_sesion: f.fuente.sesion,
              fuente_cita: f.fuente.cita,
            }),
          ),
      ),
  },
];
