/**
 * A small `Contenido` for the unit tests of the open-data modules: one of each record, with the
 * derived fields `loadContent()` adds. Not a test file itself.
 */
import type { Contenido } from '../contenido/cargar.ts';

export function testContent(): Contenido {
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
  ] as unknown as Contenido['sesiones'];
  const seguimientos = [{ acuerdo: 'stl-1-2020', fecha: '2020-07-01', estado: 'cumplido' as const, nota: 'Hecho.', sesion: 'stl-2022-12-16' }];
  const acuerdos = [
    {
      id: 'stl-1-2020',
      clave: 'STL/1/2020',
      texto: '=HYPERLINK("http://x","y")',
      votacion: 'unanimidad' as const,
      sesion: 'stl-2020-06-10',
      organo: 'stl',
      fecha: '2020-06-10',
      orden: 1,
      historial: seguimientos,
      estadoActual: 'cumplido' as const,
      estadoAlDia: 'cumplido' as const,
    },
  ];
  const compromisos = [
    {
      id: 'carnet-juridico',
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
          { fase: 'arbol-de-problemas' as const, estado: 'en-proceso' as const },
          { fase: 'propuesta' as const, estado: 'concluida' as const, fecha: '2021-01-10', fuente: { documento: 'Acta', sesion: 'stl-2020-06-10' } },
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
      },
    },
  ] as unknown as Contenido['compromisos'];
  const calendario = [
    {
      id: 'stl-2020-ordinaria-1',
      organo: 'stl',
      anio: 2020,
      numero: 1,
      tipo: 'ordinaria' as const,
      fecha_programada: '2020-06-10',
      estado: 'celebrada' as const,
      sesion: 'stl-2020-06-10',
    },
    {
      id: 'stl-2023-ordinaria-2',
      organo: 'stl',
      anio: 2023,
      numero: 2,
      tipo: 'ordinaria' as const,
      fecha_programada: '2023-02-24',
      aprobado_por: 'stl-1-2020',
      estado: 'programada' as const,
    },
    {
      id: 'stl-2023-ordinaria-3',
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
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
  return {
    hoy: '2026-11-21',
    sesiones,
    sesion: byId(sesiones),
    organos,
    organo: byId(organos),
    personas,
    persona: byId(personas),
    instituciones,
    institucion: byId(instituciones),
    acuerdos,
    acuerdo: byId(acuerdos),
    seguimientos,
    compromisos,
    compromiso: byId(compromisos),
    calendario,
    eventos,
    evento: byId(eventos),
    municipios,
  } as unknown as Contenido;
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
