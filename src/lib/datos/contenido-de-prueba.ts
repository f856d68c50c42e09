/**
 * A small `Contenido` for the unit tests of the open-data modules: one of each record, written as
 * the collections Astro gives the build and assembled by the same `assembleContent` step, so the
 * derived fields (agreements, statuses, ids, indices) are the build's own. Not a test file itself.
 */
import { assembleContent, type Colecciones, type Contenido } from '../contenido/ensamblar.ts';

/** The reference date of the fixture: what «past» means for its statuses. */
export const HOY_DE_PRUEBA = '2026-11-21';

export function testCollections(): Colecciones {
  const organos = [{ id: 'stl', nombre: 'Secretariado Técnico Local', siglas: 'STL', descripcion: 'Órgano colegiado.' }];
  const personas = [
    { id: 'ana-perez', nombre: 'Ana Pérez', variantes: ['Ana Peréz'] },
    { id: 'luis-soto', nombre: 'Luis Soto' },
  ];
  const instituciones = [
    { id: 'infoem', nombre: 'Instituto de Transparencia', siglas: 'Infoem', tipo: 'organo-garante' as const, url: 'https://www.infoem.org.mx/' },
  ];
  const sesion = (id: string, fecha: string, extra: Record<string, unknown> = {}) => ({
    id,
    collection: 'sesiones',
    filePath: `content/sesiones/${id}.md`,
    body: '',
    data: {
      titulo: 'Primera Sesión Ordinaria',
      organo: 'stl',
      tipo: 'ordinaria' as const,
      numero: 1,
      estado: 'celebrada' as const,
      fecha,
      resumen: 'Se aprobó el calendario, con «comillas», comas; y punto y coma.',
      asistentes: [],
      orden_del_dia: [],
      acuerdos: [],
      documentos: [],
      fuentes: [],
      ...extra,
    },
  });
  const sesiones = [
    sesion('stl-2020-06-10', '2020-06-10', {
      hora_inicio: '11:00',
      hora_fin: '12:30',
      modalidad: 'virtual',
      lugar: 'Zoom',
      asistentes: [
        { persona: 'ana-perez', cargo: 'Comisionada', representacion: 'Órgano garante', institucion: 'infoem', calidad: 'integrante' },
        { persona: 'luis-soto', cargo: '-Facilitador', calidad: 'invitado' },
      ],
      orden_del_dia: [{ numero: 'I', texto: 'Lista de asistencia' }],
      acuerdos: [{ id: 'stl-1-2020', clave: 'STL/1/2020', texto: '=HYPERLINK("http://x","y")', votacion: 'unanimidad' }],
    }),
    sesion('stl-2022-12-16', '2022-12-16', { hora_inicio: '11:04', estado: 'cancelada', titulo: 'Décimo Quinta Sesión Ordinaria' }),
  ] as unknown as Colecciones['sesiones'];
  const seguimientos = [
    {
      acuerdo: 'stl-1-2020',
      fecha: '2020-07-01',
      estado: 'cumplido' as const,
      nota: 'Hecho.',
      sesion: 'stl-2022-12-16',
      fuente: 'Acta de la sesión, punto IX',
      cita: 'se informó que está hecho',
    },
  ];
  const compromisos = [
    {
      id: 'carnet-juridico',
      collection: 'compromisos',
      filePath: 'content/compromisos/carnet-juridico.md',
      body: '',
      data: {
        titulo: 'Carnet jurídico',
        tipo: 'proactivo' as const,
        numero: 1,
        plan: 'Primer Plan de Acción Local',
        responsable: 'infoem',
        corresponsables: [],
        estado: 'en-implementacion' as const,
        objetivo: 'Acercar servicios jurídicos.',
        fases: [
          {
            fase: 'arbol-de-problemas' as const,
            estado: 'en-proceso' as const,
            fuente: { documento: 'Acta', sesion: 'stl-2022-12-16', cita: 'se trabaja el árbol de problemas' },
          },
          {
            fase: 'propuesta' as const,
            estado: 'concluida' as const,
            fecha: '2021-01-10',
            fuente: { documento: 'Acta', sesion: 'stl-2020-06-10', cita: 'la propuesta ya fue realizada' },
          },
        ],
        lineas_de_accion: [],
        avances: [
          {
            fecha: '2022-12-16',
            sesion: 'stl-2022-12-16',
            presentado_por: 'ana-perez',
            resumen: 'Avance.',
            cifras: [
              { indicador: 'Trámites', valor: 113000, precision: 'mas-de' as const },
              { indicador: 'Variación', valor: -2.5, unidad: '%', precision: 'exacta' as const },
            ],
          },
        ],
        fuentes: [],
        documentos: [],
      },
    },
  ] as unknown as Colecciones['compromisos'];
  const calendario = [
    { organo: 'stl', anio: 2020, numero: 1, tipo: 'ordinaria' as const, fecha_programada: '2020-06-10', sesion: 'stl-2020-06-10' },
    { organo: 'stl', anio: 2023, numero: 2, tipo: 'ordinaria' as const, fecha_programada: '2023-02-24', aprobado_por: 'stl-1-2020' },
    {
      organo: 'stl',
      anio: 2023,
      numero: 3,
      tipo: 'ordinaria' as const,
      fecha_programada: '2023-04-28',
      hora: '10:00',
      estado: 'cancelada' as const,
      nota: 'Se canceló.',
    },
  ];
  const eventos = [
    {
      id: 'jornada-1',
      fecha: '2021-11-04',
      fecha_fin: '2021-11-12',
      titulo: 'Jornada de sensibilización',
      tipo: 'jornada-de-sensibilizacion' as const,
      organo: 'stl',
      ponentes: ['ana-perez', 'luis-soto'],
      descripcion: '=HYPERLINK("http://ejemplo.invalid","clic")',
    },
  ];
  const municipios = [
    { cve_ent: '15', cve_mun: '001', cvegeo: '15001', nombre: 'Acambay de Ruíz Castañeda' },
    { cve_ent: '15', cve_mun: '002', cvegeo: '15002', nombre: 'Acolman' },
  ];
  const entradas = <T>(filas: T[]) => filas.map((data) => ({ data }));
  return {
    sesiones,
    seguimientoDeAcuerdos: seguimientos.map((data, i) => ({ id: `seguimiento-de-acuerdos-${i + 2}`, data })),
    calendarios: entradas(calendario),
    compromisos,
    organos: entradas(organos),
    personas: entradas(personas),
    instituciones: entradas(instituciones),
    eventos: entradas(eventos),
    municipios: entradas(municipios),
  };
}

export function testContent(): Contenido {
  return assembleContent(testCollections(), HOY_DE_PRUEBA);
}

export const contextoDePrueba = {
  editor: {
    nombre: 'Sitio de prueba',
    descripcion: 'Descripción del sitio de prueba.',
    institucion: { nombre: 'Instituto de prueba', siglas: 'IP', url: 'https://instituto.ejemplo/' },
    licencia: { nombre: 'Términos de Libre Uso MX', url: 'https://datos.gob.mx/libreusomx' },
    contacto: { correo: 'datos@ejemplo.mx' },
  },
  absoluta: (ruta: string) => new URL(`/base${ruta}`, 'https://datos.ejemplo.mx').href,
  actualizado: '2026-11-21',
};
