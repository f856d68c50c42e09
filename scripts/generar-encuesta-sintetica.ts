/**
 * Deterministic generator of the synthetic demonstration of the citizen review of municipal
 * openness (2022). The real study's per-question answers are not in any source, so the demo's
 * questionnaire and answers are invented, flagged `sintetico: true` and labelled everywhere.
 * The output looks like a form tool's export (Google Forms style: a timestamp column, the
 * question text as each header). Fixed seed: the same run gives byte-identical files.
 *
 *   node scripts/generar-encuesta-sintetica.ts            # writes data/encuestas/<demo>/
 *
 * `generateExport` also serves the performance benchmark (scripts/medir-encuesta.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { prng } from '../src/lib/azar.ts';
import { quote } from '../src/lib/csv/escribir-csv.ts';

export const ID_DEMOSTRACION = 'revision-ciudadana-apertura-municipal-2022-demostracion';
export const SEMILLA = 20221216;

interface PreguntaDemo {
  id: string;
  dimension: string;
  texto: string;
  tipo: 'opcion-unica' | 'opcion-multiple' | 'escala' | 'numero' | 'texto-libre';
  opciones?: string[];
  delimitador?: string;
  minimo?: number;
  maximo?: number;
  unidad?: string;
}

/** The invented questionnaire, along the four dimensions of the real study. */
export const PREGUNTAS: PreguntaDemo[] = [
  {
    id: 'conoce-espacios',
    dimension: 'normatividad',
    texto: '¿Conoce algún espacio de participación ciudadana en su municipio?',
    tipo: 'opcion-unica',
    opciones: ['Sí', 'No', 'No sé'],
  },
  {
    id: 'espacios-conocidos',
    dimension: 'normatividad',
    texto: '¿Qué espacios de participación conoce?',
    tipo: 'opcion-multiple',
    opciones: ['Consejos de Participación Ciudadana (Copacis)', 'Cabildo abierto', 'Foros multiactor', 'Secretariado Técnico Local', 'Ninguno'],
    delimitador: ';',
  },
  {
    id: 'incidencia',
    dimension: 'normatividad',
    texto: '¿Qué tanto inciden esos espacios en las decisiones del ayuntamiento? (1 = nada, 5 = mucho)',
    tipo: 'escala',
    opciones: ['1', '2', '3', '4', '5'],
  },
  {
    id: 'consulta-pagina',
    dimension: 'transparencia',
    texto: '¿Con qué frecuencia consulta la página institucional de su municipio?',
    tipo: 'opcion-unica',
    opciones: ['Nunca', 'Una o dos veces al año', 'Cada mes', 'Cada semana'],
  },
  {
    id: 'utilidad-informacion',
    dimension: 'transparencia',
    texto: '¿Qué tan útil es la información que publica su municipio?',
    tipo: 'escala',
    opciones: ['Nada útil', 'Poco útil', 'Útil', 'Muy útil'],
  },
  {
    id: 'estrategia-digital',
    dimension: 'tecnologias-de-la-informacion',
    texto: '¿Qué tan adecuada es la comunicación digital de su municipio? (1 = nada, 5 = muy adecuada)',
    tipo: 'escala',
    opciones: ['1', '2', '3', '4', '5'],
  },
  {
    id: 'tramites-en-linea',
    dimension: 'tecnologias-de-la-informacion',
    texto: '¿Qué trámites ha hecho en línea con su municipio?',
    tipo: 'opcion-multiple',
    opciones: ['Pago de predial', 'Licencias y permisos', 'Solicitudes de información', 'Citas', 'Ninguno'],
    delimitador: ';',
  },
  {
    id: 'seguimiento-obras',
    dimension: 'evaluacion-y-rendicion-de-cuentas',
    texto: '¿Ha participado en el seguimiento de alguna obra o programa municipal?',
    tipo: 'opcion-unica',
    opciones: ['Sí', 'No'],
  },
  {
    id: 'rendicion-cuentas',
    dimension: 'evaluacion-y-rendicion-de-cuentas',
    texto: '¿Qué tanto rinde cuentas su ayuntamiento? (1 = nada, 5 = mucho)',
    tipo: 'escala',
    opciones: ['1', '2', '3', '4', '5'],
  },
  {
    id: 'sesiones-cabildo',
    dimension: 'evaluacion-y-rendicion-de-cuentas',
    texto: '¿A cuántas sesiones de cabildo abierto asistió en los últimos 12 meses?',
    tipo: 'numero',
    minimo: 0,
    maximo: 12,
    unidad: 'sesiones',
  },
  { id: 'comentarios', dimension: 'evaluacion-y-rendicion-de-cuentas', texto: 'Comentarios o propuestas para su municipio', tipo: 'texto-libre' },
];

/** Responses per municipality of the demo (invented; the source gives no split). */
export const RESPUESTAS_POR_MUNICIPIO: [string, number][] = [
  ['Toluca', 40],
  ['Metepec', 28],
  ['Lerma', 22],
  ['Zinacantepec', 20],
  ['Naucalpan de Juárez', 18],
  ['San Mateo Atenco', 15],
  ['Calimaya', 12],
  ['Tianguistenco', 10],
  ['San Felipe del Progreso', 9],
  ['Jocotitlán', 8],
  ['Ocuilan', 6],
  ['Villa Victoria', 4],
  ['Tlatlaya', 3],
  ['San Antonio la Isla', 3],
  ['Mexicaltzingo', 2],
];

const COMENTARIOS = [
  'Que publiquen a tiempo las actas de cabildo.',
  'Me gustaría que hubiera más sesiones de cabildo abierto.',
  'La página del municipio es difícil de usar desde el celular.',
  'Que el consejo de participación informe lo que hace.',
  'Falta difusión de los espacios de participación.',
  'Publicar los datos en formatos abiertos.',
  'Que respondan las solicitudes de información en menos tiempo.',
  'Más información sobre las obras en mi colonia.',
];

const csvLine = (cells: string[]) => cells.map(quote).join(',');

export interface Exportacion {
  preguntasCsv: string;
  respuestasCsv: string;
}

/**
 * The codebook and the export. `repeticiones` repeats the questionnaire (with numbered copies)
 * for benchmarks; `municipios` overrides the responses per municipality.
 */
export function generateExport({ semilla = SEMILLA, municipios = RESPUESTAS_POR_MUNICIPIO, repeticiones = 1 } = {}): Exportacion {
  const azar = prng(semilla);
  const preguntas = Array.from({ length: repeticiones }, (_, r) =>
    PREGUNTAS.filter((p) => r === 0 || p.tipo !== 'texto-libre').map((p) => (r === 0 ? p : { ...p, id: `${p.id}-${r + 1}`, texto: `${p.texto} [${r + 1}]` })),
  ).flat();
  const libro = [
    'columna,pregunta_id,dimension,texto,tipo,opciones,delimitador,minimo,maximo,unidad',
    ...preguntas.map((p) =>
      csvLine([
        p.texto,
        p.id,
        p.dimension,
        p.texto,
        p.tipo,
        p.opciones?.join('|') ?? '',
        p.delimitador ?? '',
        p.minimo?.toString() ?? '',
        p.maximo?.toString() ?? '',
        p.unidad ?? '',
      ]),
    ),
  ];
  const filas = [csvLine(['Marca temporal', 'Municipio', ...preguntas.map((p) => p.texto)])];
  const orden = municipios.flatMap(([nombre, n], m) => Array.from({ length: n }, () => ({ nombre, tendencia: (m % 5) / 4 })));
  // Shuffle (Fisher–Yates) so the export is in «arrival» order, as a real one would be.
  for (let i = orden.length - 1; i > 0; i--) {
    const j = Math.floor(azar() * (i + 1));
    [orden[i], orden[j]] = [orden[j], orden[i]];
  }
  const inicio = Date.UTC(2022, 8, 1, 15, 0, 0);
  const paso = (Date.UTC(2022, 10, 30, 23, 0, 0) - inicio) / Math.max(1, orden.length);
  orden.forEach(({ nombre, tendencia }, i) => {
    const marca = new Date(inicio + i * paso + azar() * paso).toISOString().replace('T', ' ').slice(0, 19);
    const celdas = preguntas.map((p) => {
      if (p.tipo === 'texto-libre') return azar() < 0.3 ? COMENTARIOS[Math.floor(azar() * COMENTARIOS.length)] : '';
      if (azar() < 0.05) return '';
      const sesgo = (x: number) => Math.min(0.999, Math.max(0, x * 0.7 + tendencia * 0.3 * azar() + 0.15 * (azar() - 0.5)));
      switch (p.tipo) {
        case 'opcion-unica':
        case 'escala':
          return p.opciones![Math.floor(sesgo(azar()) * p.opciones!.length)];
        case 'opcion-multiple': {
          const ultimas = p.opciones!.length - 1;
          const elegidas = p.opciones!.slice(0, ultimas).filter(() => azar() < 0.3 + tendencia * 0.3);
          return (elegidas.length ? elegidas : [p.opciones![ultimas]]).join(p.delimitador);
        }
        case 'numero':
          return String(Math.min(p.maximo!, Math.floor(-Math.log(1 - azar()) * (1 + tendencia * 2))));
      }
    });
    filas.push(csvLine([marca, nombre, ...celdas]));
  });
  return { preguntasCsv: `${libro.join('\r\n')}\r\n`, respuestasCsv: `${filas.join('\r\n')}\r\n` };
}

const ENCUESTA_YAML = `# Demostración SINTÉTICA: el cuestionario y las respuestas son inventados por
# scripts/generar-encuesta-sintetica.ts (semilla fija ${SEMILLA}); no son respuestas reales.
# Los datos reales del estudio (32 aportaciones de 15 municipios) están en
# data/encuestas/revision-ciudadana-apertura-municipal-2022/. No edite a mano: vuelva a generar.
titulo: Demostración sintética de resultados por pregunta de la revisión ciudadana de la apertura municipal
titulo_corto: Demostración sintética por pregunta (apertura municipal)
descripcion: >-
  Ejemplo de cómo se publicarían los resultados por pregunta, por dimensión y por municipio de una
  revisión ciudadana como la de 2022. Las preguntas, las respuestas y su reparto por municipio son
  inventados: las fuentes no contienen respuestas por pregunta.
institucion: >-
  Instituto de Transparencia, Acceso a la Información Pública y Protección de Datos Personales del
  Estado de México y Municipios (Infoem)
anio: 2022
metodologia: >-
  Datos sintéticos generados con un generador determinista (semilla fija ${SEMILLA}) con forma de
  exportación de un formulario en línea: una fila por respuesta, una columna por pregunta, marca
  temporal y municipio. Sirven solo para demostrar la agregación, la protección con umbral y las
  gráficas.
cobertura: >-
  Respuestas inventadas atribuidas a los 15 municipios que el acta nombra; el número de respuestas
  por municipio también es inventado.
fuente:
  documento: Generador de datos sintéticos del sitio (scripts/generar-encuesta-sintetica.ts)
  nota: Las dimensiones siguen las del estudio real presentado en la 15.ª sesión ordinaria del STL.
  sesion: stl-2022-12-16
sintetico: true
demostracion_de: revision-ciudadana-apertura-municipal-2022
columna_municipio: Municipio
columnas_ignoradas:
  - Marca temporal
publicar_texto_libre: true
dimensiones:
  - id: normatividad
    nombre: Normatividad
  - id: transparencia
    nombre: Transparencia
  - id: tecnologias-de-la-informacion
    nombre: Tecnologías de la información
  - id: evaluacion-y-rendicion-de-cuentas
    nombre: Evaluación de la gestión municipal y rendición de cuentas
`;

/** The demo's responses per municipality scaled to about `total` responses (for benchmarks). */
export function scaledMunicipalities(total: number): [string, number][] {
  const base = RESPUESTAS_POR_MUNICIPIO.reduce((s, [, n]) => s + n, 0);
  return RESPUESTAS_POR_MUNICIPIO.map(([nombre, n]) => [nombre, Math.max(1, Math.round((n * total) / base))]);
}

/**
 * Writes the demo survey folder. With `respuestas`, the export has about that many responses and
 * the description stands alone (no links to the real study or its session), for synthetic corpora.
 */
export function writeDemo(carpeta: string, opciones: { respuestas?: number } = {}): void {
  fs.mkdirSync(carpeta, { recursive: true });
  const { preguntasCsv, respuestasCsv } = generateExport(opciones.respuestas ? { municipios: scaledMunicipalities(opciones.respuestas) } : {});
  const yaml = opciones.respuestas ? ENCUESTA_YAML.replace(/^demostracion_de: .*\n/m, '').replace(/^  sesion: .*\n/m, '') : ENCUESTA_YAML;
  fs.writeFileSync(path.join(carpeta, 'encuesta.yaml'), yaml);
  fs.writeFileSync(path.join(carpeta, 'preguntas.csv'), preguntasCsv);
  fs.writeFileSync(path.join(carpeta, 'respuestas.csv'), respuestasCsv);
}

if (import.meta.main) {
  const carpeta = path.resolve(import.meta.dirname, '..', 'data', 'encuestas', ID_DEMOSTRACION);
  writeDemo(carpeta);
  console.log(`Demostración sintética escrita en ${path.relative(process.cwd(), carpeta)}/`);
}
