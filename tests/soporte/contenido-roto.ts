/**
 * The corpus of broken content: each case breaks one thing in a copy of the real content and
 * gives the report line `validate` and the build must print (file, line, column, field, message).
 * Patterns start at the file name so they match whatever folder the copy is in.
 */
import fs from 'node:fs';
import Papa from 'papaparse';
import type { CopiaDeContenido } from './copia-de-contenido.ts';

export interface CasoRoto {
  nombre: string;
  romper(copia: CopiaDeContenido): void;
  /** The report line expected (one of the lines printed). */
  esperado: RegExp;
  nivel?: 'error' | 'aviso';
  /** False when the case needs files the build does not read from the copy (documents). */
  construccion?: boolean;
  /**
   * Also run through a full `astro build` (tests/sitio/contenido-invalido.test.ts): a few kinds
   * that once crashed the build; the rest are checked against `validate`, which the build runs.
   */
  extremo?: boolean;
  /** At most this many errors in all: one mistake, one message. */
  maximoDeErrores?: number;
}

const STL = 'content/sesiones/stl-2022-12-16.md';
const SEGUIMIENTO = 'content/seguimiento-de-acuerdos.csv';
const CALENDARIO = 'content/calendarios/stl-2023.csv';
const DEMOSTRACION = 'data/encuestas/revision-ciudadana-apertura-municipal-2022-demostracion';

/** Appends a line to the minutes of the STL's 15th session. */
const addToMinutes = (copia: CopiaDeContenido, linea: string) => copia.escribir(STL, `${copia.leer(STL)}\n${linea}\n`);

/** A copy of the STL's installation session, held on `fecha`, declaring no agreements of its own. */
function addHeldSession(copia: CopiaDeContenido, fecha: string) {
  const sesion = copia.leer('content/sesiones/stl-2019-11-11.md');
  copia.escribir(
    `content/sesiones/stl-${fecha}.md`,
    sesion.replace(/fecha: 2019-11-11/, `fecha: ${fecha}`).replace(/acuerdos:[\s\S]*?(?=\n\w)/, 'acuerdos: []'),
  );
}

/** The STL's 15th session as an `.mdx` file, with `linea` added to its minutes. */
function asMdxWith(copia: CopiaDeContenido, linea: string) {
  copia.escribir('content/sesiones/stl-2022-12-16.mdx', `${copia.leer(STL)}\n${linea}\n`);
  fs.rmSync(`${copia.carpetas.contenido}/sesiones/stl-2022-12-16.md`);
}

/** Lines of the STL's 15th session file; the minutes of the copy end at line 277. */
const FIN_DEL_ACTA = 277;

export const CASOS_ROTOS: CasoRoto[] = [
  {
    nombre: 'missing required field',
    romper: (c) => c.reemplazar(STL, /^resumen: [\s\S]*?\n(?=\w)/m, ''),
    esperado: /sesiones\/stl-2022-12-16\.md:2:1 — resumen: falta este campo obligatorio \(se esperaba un texto\)$/,
  },
  {
    nombre: 'impossible date',
    romper: (c) => c.reemplazar(STL, 'fecha: 2022-12-16', 'fecha: 2022-02-30'),
    esperado: /sesiones\/stl-2022-12-16\.md:7:8 — fecha: se esperaba una fecha real con el formato AAAA-MM-DD \(p\. ej\. 2022-12-16\)$/,
  },
  {
    nombre: 'date in another format',
    romper: (c) => c.reemplazar(STL, 'fecha: 2022-12-16', 'fecha: 16/12/2022'),
    esperado: /sesiones\/stl-2022-12-16\.md:7:8 — fecha: se esperaba una fecha real con el formato AAAA-MM-DD/,
  },
  {
    nombre: 'time without quotes or out of range',
    romper: (c) => c.reemplazar(STL, 'hora_inicio: "11:04"', 'hora_inicio: "25:04"'),
    esperado: /sesiones\/stl-2022-12-16\.md:8:14 — hora_inicio: se esperaba una hora con el formato HH:MM de 24 horas/,
  },
  {
    nombre: 'unknown body',
    romper: (c) => c.reemplazar(STL, 'organo: stl', 'organo: stll'),
    esperado:
      /sesiones\/stl-2022-12-16\.md:3:9 — organo: no existe un órgano con el identificador «stll»; ¿quiso decir «stl»\? \(se esperaba uno de content\/organos\.yaml\)$/,
    // No second message advising to rename the file after the misspelled body.
    maximoDeErrores: 1,
  },
  {
    nombre: 'unknown person in the attendance',
    romper: (c) => c.reemplazar(STL, 'persona: jose-martinez-vilchis', 'persona: jose-martinez-vilches'),
    esperado:
      /sesiones\/stl-2022-12-16\.md:25:14 — asistentes\[2\]\.persona: no existe una persona con el identificador «jose-martinez-vilches»; ¿quiso decir «jose-martinez-vilchis»\? \(se esperaba uno de content\/personas\.yaml\)$/,
  },
  {
    nombre: 'the same person twice in the attendance',
    romper: (c) => c.reemplazar(STL, 'persona: enrique-serrano-arenas', 'persona: carlos-de-la-pena-jimenez-ofarril'),
    esperado:
      /sesiones\/stl-2022-12-16\.md:\d+:14 — asistentes\[1\]\.persona: la persona «carlos-de-la-pena-jimenez-ofarril» aparece dos veces en la lista de asistencia$/,
  },
  {
    nombre: 'duplicate agreement id across sessions',
    romper: (c) => c.reemplazar(STL, 'id: stl-xv-1-2022', 'id: infoem-cgaytp-ord-iii-1-2021'),
    esperado:
      /sesiones\/stl-2022-12-16\.md:\d+:\d+ — acuerdos\[0\]\.id: el identificador de acuerdo «infoem-cgaytp-ord-iii-1-2021» ya se usa en \S*content\/sesiones\/cgatp-2021-10-28\.md/,
  },
  {
    nombre: 'duplicate person id',
    romper: (c) => c.reemplazar('content/personas.yaml', 'id: alfredo-burgos-cohl', 'id: adriana-yadira-cardenas-tagle'),
    esperado:
      /personas\.yaml:8:7 — id: el identificador «adriana-yadira-cardenas-tagle» ya existe en personas \(\S*content\/personas\.yaml:5\); cada registro necesita uno propio$/,
  },
  {
    nombre: 'a repeated printed key without a note is a warning',
    romper: (c) => c.reemplazar(STL, 'clave: STL/XV/2/2022', 'clave: STL/XV/1/2022'),
    esperado: /sesiones\/stl-2022-12-16\.md:\d+:\d+ — acuerdos\[1\]\.clave: la clave «STL\/XV\/1\/2022» se repite .* \(aviso\)$/,
    nivel: 'aviso',
  },
  {
    nombre: 'value outside an enumeration',
    romper: (c) => c.reemplazar(STL, /votacion: unanimidad/, 'votacion: unánime'),
    esperado: /sesiones\/stl-2022-12-16\.md:79:15 — acuerdos\[0\]\.votacion: se esperaba un tipo de votación: unanimidad, mayoria, sin-votacion$/,
  },
  {
    nombre: 'misspelled field name',
    romper: (c) => c.reemplazar(STL, 'hora_fin:', 'hora_final:'),
    esperado: /sesiones\/stl-2022-12-16\.md:9:1 — hora_final: campo no reconocido «hora_final»/,
  },
  {
    nombre: 'end time before start time',
    romper: (c) => c.reemplazar(STL, 'hora_fin: "12:40"', 'hora_fin: "10:40"'),
    esperado: /sesiones\/stl-2022-12-16\.md:9:11 — hora_fin: la hora de término \(10:40\) debe ser posterior a la de inicio \(11:04\)$/,
  },
  {
    nombre: 'convened after the session',
    romper: (c) => c.reemplazar(STL, '  fecha: 2022-12-09', '  fecha: 2022-12-19'),
    esperado: /sesiones\/stl-2022-12-16\.md:\d+:\d+ — convocatoria\.fecha: la convocatoria \(2022-12-19\) es posterior a la sesión \(2022-12-16\)$/,
  },
  {
    nombre: 'malformed front matter',
    romper: (c) => c.reemplazar(STL, 'organo: stl', 'organo stl\n  x: : y'),
    esperado: /sesiones\/stl-2022-12-16\.md:\d+:\d+ — el YAML no se puede leer: /,
  },
  {
    nombre: 'file without front matter',
    romper: (c) => c.escribir('content/sesiones/stl-2023-02-24.md', 'Acta sin datos.\n'),
    esperado: /sesiones\/stl-2023-02-24\.md:1 — falta el encabezado de datos entre dos líneas «---» al inicio del archivo$/,
  },
  {
    nombre: 'file name that cannot be an address',
    romper: (c) => c.escribir('content/sesiones/Sesión STL.md', c.leer(STL).replace(/acuerdos:[\s\S]*?(?=documentos:)/, '')),
    esperado: /sesiones\/Sesión STL\.md — el nombre del archivo «Sesión STL» no sirve como identificador: use minúsculas sin acentos, números y guiones/,
  },
  {
    nombre: 'agenda item that does not exist',
    romper: (c) => c.reemplazar(STL, 'punto: VIII', 'punto: XX'),
    esperado: /sesiones\/stl-2022-12-16\.md:\d+:\d+ — acuerdos\[2\]\.punto: el punto «XX» no está en el orden del día/,
  },
  {
    nombre: 'minutes approved by an unknown agreement',
    romper: (c) => c.reemplazar('content/sesiones/stl-2022-11-08.md', 'acta_aprobada_en: stl-xv-2-2022', 'acta_aprobada_en: stl-xv-9-2022'),
    esperado: /sesiones\/stl-2022-11-08\.md:\d+:\d+ — acta_aprobada_en: no existe un acuerdo con el identificador «stl-xv-9-2022»/,
  },
  {
    nombre: 'CSV row with a missing cell',
    romper: (c) =>
      c.reemplazar(
        SEGUIMIENTO,
        'stl-2019-11-11-2,2019-11-11,cumplido,Aprobado en la sesión.,stl-2019-11-11',
        'stl-2019-11-11-2,2019-11-11,cumplido,Aprobado en la sesión.',
      ),
    esperado:
      /seguimiento-de-acuerdos\.csv:3 — la fila tiene 4 celdas y el encabezado 5 columnas \(revise comas de más o de menos, o texto con comas sin comillas\)$/,
  },
  {
    nombre: 'CSV with an unknown column',
    romper: (c) => c.reemplazar(CALENDARIO, 'organo,anio,', 'órgano,anio,'),
    esperado:
      /calendarios\/stl-2023\.csv:1 — columna no reconocida «órgano» \(columnas válidas: organo, anio, numero, tipo, fecha_programada, hora, aprobado_por, estado, sesion, nota\)$/,
  },
  {
    nombre: 'CSV saved as Latin-1 by Excel',
    romper: (c) =>
      fs.writeFileSync(`${c.carpetas.contenido}/eventos.csv`, Buffer.from('id,fecha,titulo,tipo,institucion\nx,2021-01-01,Difusión,otro,infoem\n', 'latin1')),
    esperado: /eventos\.csv:2 — el archivo no está en UTF-8 .*Guárdelo como «CSV UTF-8»/,
  },
  {
    nombre: 'unknown agreement in the follow-up table',
    romper: (c) => c.reemplazar(SEGUIMIENTO, 'stl-2019-11-11-2,', 'stl-2019-11-11-9,'),
    esperado:
      /seguimiento-de-acuerdos\.csv:3:1 — acuerdo: no existe un acuerdo con el identificador «stl-2019-11-11-9»; ¿quiso decir «stl-2019-11-11-1»\? \(se esperaba uno de los «acuerdos» declarados en content\/sesiones\/\)$/,
  },
  {
    nombre: 'follow-up dated before the agreement was adopted',
    romper: (c) => c.reemplazar(SEGUIMIENTO, 'stl-2019-11-11-2,2019-11-11', 'stl-2019-11-11-2,2019-11-10'),
    esperado: /seguimiento-de-acuerdos\.csv:3:2 — fecha: la fecha \(2019-11-10\) es anterior a la sesión que adoptó el acuerdo \(2019-11-11\)$/,
  },
  {
    nombre: 'unknown follow-up status',
    romper: (c) => c.reemplazar(SEGUIMIENTO, 'stl-2019-11-11-2,2019-11-11,cumplido', 'stl-2019-11-11-2,2019-11-11,terminado'),
    esperado: /seguimiento-de-acuerdos\.csv:3:3 — estado: se esperaba un estado de acuerdo: pendiente, en-proceso, cumplido, cancelado$/,
  },
  {
    nombre: 'a held session in the future',
    romper: (c) => addHeldSession(c, '2030-01-10'),
    esperado:
      /sesiones\/stl-2030-01-10\.md:\d+:\d+ — fecha: la sesión está marcada como celebrada pero su fecha \(2030-01-10\) es futura \(use «estado: programada»\)$/,
  },
  {
    nombre: 'progress report on a different date than its session',
    romper: (c) => c.reemplazar('content/compromisos/carnet-juridico.md', '  - fecha: 2022-12-16', '  - fecha: 2022-12-15'),
    esperado:
      /compromisos\/carnet-juridico\.md:\d+:\d+ — avances\[0\]\.fecha: el avance tiene fecha 2022-12-15, pero la sesión «stl-2022-12-16» en que se presentó se celebró el 2022-12-16: use la fecha de la sesión$/,
    maximoDeErrores: 1,
  },
  {
    nombre: 'the five phases on a co-created commitment',
    romper: (c) =>
      c.reemplazar(
        'content/compromisos/carnet-juridico.md',
        'estado: en-implementacion',
        'estado: en-implementacion\nfases:\n  - fase: propuesta\n    estado: concluida',
      ),
    esperado: /compromisos\/carnet-juridico\.md:\d+:\d+ — fases: las cinco fases solo aplican a compromisos proactivos \(tipo: proactivo\)$/,
  },
  {
    nombre: 'calendar date outside its year',
    romper: (c) => c.reemplazar(CALENDARIO, 'stl,2023,16,ordinaria,2023-02-24', 'stl,2023,16,ordinaria,2024-02-24'),
    esperado: /calendarios\/stl-2023\.csv:2:5 — fecha_programada: la fecha 2024-02-24 no es del año 2023 del calendario$/,
  },
  {
    nombre: 'calendar that says cancelled for a session that was held',
    romper: (c) =>
      c.escribir(
        'content/calendarios/stl-2022.csv',
        'organo,anio,numero,tipo,fecha_programada,hora,aprobado_por,estado,sesion,nota\nstl,2022,15,ordinaria,2022-12-16,,,cancelada,,\n',
      ),
    esperado: /calendarios\/stl-2022\.csv:2:8 — estado: el calendario dice «cancelada» pero la sesión «stl-2022-12-16» se celebró ese día$/,
  },
  {
    nombre: 'the same planned session twice',
    romper: (c) => c.escribir(CALENDARIO, `${c.leer(CALENDARIO)}stl,2023,16,ordinaria,2023-03-03,,,,,\n`),
    esperado: /calendarios\/stl-2023\.csv:6:3 — numero: la sesión ordinaria número 16 de 2023 ya está en \S*content\/calendarios\/stl-2023\.csv:2$/,
  },
  {
    nombre: 'event with an unknown speaker',
    romper: (c) => c.reemplazar('content/eventos.csv', 'jose-martinez-vilchis', 'jose-martinez'),
    esperado: /eventos\.csv:\d+:9 — ponentes: no existe una persona con el identificador «jose-martinez»/,
  },
  {
    nombre: 'document missing',
    romper: (c) => fs.rmSync(`${c.carpetas.documentos}/acta-stl-2022-12-16.txt`),
    esperado: /sesiones\/stl-2022-12-16\.md:\d+:\d+ — documentos\[0\]\.archivo: no existe el archivo public\/documentos\/acta-stl-2022-12-16\.txt$/,
    construccion: false,
  },
  {
    nombre: 'document altered',
    romper: (c) => c.escribir('public/documentos/acta-stl-2022-12-16.txt', 'otro contenido'),
    esperado: /sesiones\/stl-2022-12-16\.md:\d+:\d+ — documentos\[0\]\.sha256: no coincide con el archivo \(su SHA-256 es [0-9a-f]{64}\)/,
    construccion: false,
  },
  {
    nombre: 'document referenced nowhere is a warning',
    romper: (c) => c.escribir('public/documentos/oficio-suelto.pdf', 'pdf'),
    esperado: /documentos\/oficio-suelto\.pdf — ningún registro menciona este documento en «documentos» \(aviso\)$/,
    nivel: 'aviso',
    construccion: false,
  },
  {
    nombre: 'script in the minutes',
    romper: (c) => addToMinutes(c, '<script>alert(1)</script>'),
    esperado: /sesiones\/stl-2022-12-16\.md:\d+:1 — no se permite la etiqueta <script> en el contenido$/,
  },
  {
    nombre: 'inline event handler',
    romper: (c) => addToMinutes(c, '<img src="x.png" onerror="alert(1)">'),
    esperado: /sesiones\/stl-2022-12-16\.md:\d+:\d+ — no se permiten atributos de evento \(onclick, onload, …\) en el contenido$/,
  },
  {
    nombre: 'javascript: link',
    romper: (c) => addToMinutes(c, '[clic](javascript:alert(1))'),
    esperado: /sesiones\/stl-2022-12-16\.md:\d+:\d+ — no se permiten enlaces «javascript:» en el contenido$/,
  },
  {
    nombre: 'import in MDX content',
    romper: (c) => {
      c.escribir('content/sesiones/stl-2022-12-16.mdx', c.leer(STL).replace('\n---\n', '\n---\nimport X from "../../src/x.ts";\n'));
      fs.rmSync(`${c.carpetas.contenido}/sesiones/stl-2022-12-16.md`);
    },
    esperado: /sesiones\/stl-2022-12-16\.mdx:\d+:1 — no se permite «import» en el contenido/,
  },
  {
    nombre: 'MDX tag never closed',
    romper: (c) => asMdxWith(c, '<div>Texto sin cerrar'),
    esperado: new RegExp(
      `sesiones/stl-2022-12-16\\.mdx:${FIN_DEL_ACTA + 2}:1 — el MDX no se puede leer: falta la etiqueta de cierre de «<div>» \\(abierta en la línea ${FIN_DEL_ACTA + 2}\\)`,
    ),
    extremo: true,
    maximoDeErrores: 1,
  },
  {
    nombre: 'MDX brace never closed',
    romper: (c) => asMdxWith(c, 'El presupuesto {aprobado fue de 3 millones.'),
    esperado: new RegExp(
      `sesiones/stl-2022-12-16\\.mdx:${FIN_DEL_ACTA + 2}:16 — el MDX no se puede leer: falta la llave de cierre «\\}» de la «\\{» abierta aquí`,
    ),
    maximoDeErrores: 1,
  },
  {
    nombre: 'MDX closing tag that does not match',
    romper: (c) => asMdxWith(c, '<Nota>\n\nTexto.\n\n</Aviso>'),
    esperado: new RegExp(
      `sesiones/stl-2022-12-16\\.mdx:${FIN_DEL_ACTA + 6}:1 — el MDX no se puede leer: la etiqueta de cierre «</Aviso>» no corresponde a «<Nota>» \\(abierta en la línea ${FIN_DEL_ACTA + 2}\\)`,
    ),
    maximoDeErrores: 1,
  },
  {
    nombre: 'a held session after the reference date',
    // Past by the calendar of whoever runs the tests, future by FECHA_DE_REFERENCIA (2026-11-21).
    romper: (c) => addHeldSession(c, '2026-11-25'),
    esperado:
      /sesiones\/stl-2026-11-25\.md:\d+:\d+ — fecha: la sesión está marcada como celebrada pero su fecha \(2026-11-25\) es futura \(use «estado: programada»\)$/,
    extremo: true,
    maximoDeErrores: 1,
  },
  {
    nombre: 'a number given as true',
    romper: (c) => c.reemplazar(STL, 'numero: 15', 'numero: true'),
    esperado: /sesiones\/stl-2022-12-16\.md:5:9 — numero: se esperaba un número entero$/,
    extremo: true,
    maximoDeErrores: 1,
  },
  {
    nombre: 'a text given as true',
    romper: (c) => c.reemplazar(STL, 'titulo: Décimo Quinta Sesión Ordinaria', 'titulo: true'),
    esperado: /sesiones\/stl-2022-12-16\.md:2:9 — titulo: se esperaba un texto$/,
    maximoDeErrores: 1,
  },
  {
    nombre: 'a text given as a number',
    romper: (c) => c.reemplazar(STL, 'lugar: Plataforma virtual de Zoom', 'lugar: 12'),
    esperado: /sesiones\/stl-2022-12-16\.md:11:8 — lugar: se esperaba un texto$/,
    maximoDeErrores: 1,
  },
  {
    nombre: 'a number of a CSV cell given as a word',
    romper: (c) => c.reemplazar(CALENDARIO, 'stl,2023,16,ordinaria', 'stl,2023,verdadero,ordinaria'),
    esperado: /calendarios\/stl-2023\.csv:2:3 — numero: se esperaba un número entero$/,
    maximoDeErrores: 1,
  },
  {
    nombre: 'a tab in the indentation of a catalogue',
    romper: (c) => c.reemplazar('content/organos.yaml', '  siglas: STL', '\tsiglas: STL'),
    esperado: /content\/organos\.yaml:6:1 — el YAML no se puede leer: hay un tabulador en la sangría; use solo espacios al inicio de la línea$/,
    extremo: true,
    maximoDeErrores: 1,
  },
  {
    nombre: 'a tab in the indentation of session data',
    romper: (c) => c.reemplazar(STL, '  oficio: STL/016/2022', '\toficio: STL/016/2022'),
    esperado: /sesiones\/stl-2022-12-16\.md:17:1 — el YAML no se puede leer: hay un tabulador en la sangría/,
    maximoDeErrores: 1,
  },
  {
    nombre: 'an unclosed quote in a commitment',
    romper: (c) => c.reemplazar('content/compromisos/carnet-juridico.md', 'titulo_corto: Carnet jurídico', 'titulo_corto: "Carnet jurídico'),
    esperado: /compromisos\/carnet-juridico\.md:3:15 — el YAML no se puede leer: faltan comillas de cierre en el texto que empieza aquí$/,
    maximoDeErrores: 1,
  },
  {
    nombre: 'a list after an empty list',
    romper: (c) => c.reemplazar(STL, 'asistentes:\n', 'asistentes: []\n'),
    esperado:
      /sesiones\/stl-2022-12-16\.md:21:1 — el YAML no se puede leer: una lista o un bloque está mal colocado: revise la sangría y que el campo anterior no tenga ya un valor \(p\. ej\. «\[\]»\)$/,
    maximoDeErrores: 1,
  },
  {
    nombre: 'a wrong date is reported once',
    romper: (c) => c.reemplazar(STL, 'fecha: 2022-12-16', 'fecha: 2022-12-32'),
    esperado: /sesiones\/stl-2022-12-16\.md:7:8 — fecha: se esperaba una fecha real con el formato AAAA-MM-DD/,
    maximoDeErrores: 1,
  },
  {
    nombre: 'a date of a CSV cell in another format',
    romper: (c) => c.reemplazar(SEGUIMIENTO, 'stl-2019-11-11-2,2019-11-11', 'stl-2019-11-11-2,11/11/2019'),
    esperado: /seguimiento-de-acuerdos\.csv:3:2 — fecha: se esperaba una fecha real con el formato AAAA-MM-DD/,
    maximoDeErrores: 1,
  },
  {
    nombre: 'a misspelled institution',
    romper: (c) =>
      c.reemplazar(
        'content/compromisos/carnet-juridico.md',
        'responsable: secretaria-de-justicia-y-derechos-humanos',
        'responsable: secretaria-de-justicia-y-derecho-humanos',
      ),
    esperado:
      /compromisos\/carnet-juridico\.md:7:14 — responsable: no existe una institución con el identificador «secretaria-de-justicia-y-derecho-humanos»; ¿quiso decir «secretaria-de-justicia-y-derechos-humanos»\?/,
    maximoDeErrores: 1,
  },
  {
    nombre: 'the same file name in two year folders',
    romper: (c) => c.escribir('content/sesiones/2022/stl-2022-12-16.md', c.leer(STL)),
    esperado: /sesiones\/(2022\/)?stl-2022-12-16\.md:\d+:\d+ — id: el identificador «stl-2022-12-16» ya existe en sesiones/,
  },
  {
    nombre: 'unfinished template text in the front matter',
    romper: (c) => c.reemplazar(STL, /^resumen: >-\n/m, 'resumen: >-\n  PENDIENTE: revisar.\n'),
    esperado:
      /sesiones\/stl-2022-12-16\.md:13:3 — resumen: texto de plantilla por completar: «PENDIENTE: revisar\. .*»; escriba el texto definitivo \(no se publica un archivo con «PENDIENTE:»\)$/,
  },
  {
    nombre: 'unfinished template text in a progress report',
    romper: (c) => c.reemplazar('content/compromisos/carnet-juridico.md', '    resumen: >-\n', '    resumen: >-\n      PENDIENTE: qué se informó.\n\n'),
    esperado:
      /compromisos\/carnet-juridico\.md:17:7 — avances\[0\]\.resumen: texto de plantilla por completar: «PENDIENTE: qué se informó\.»; escriba el texto definitivo/,
    // The build refuses placeholders through the same rule; the front-matter case above builds.
    construccion: false,
  },
  {
    nombre: 'unfinished template text in a survey description',
    romper: (c) =>
      c.reemplazar(`${DEMOSTRACION}/encuesta.yaml`, /^descripcion: >-\n/m, 'descripcion: >-\n  PENDIENTE: qué preguntó la encuesta y para qué.\n\n'),
    esperado:
      /encuestas\/revision-ciudadana-apertura-municipal-2022-demostracion\/encuesta\.yaml:8:3 — descripcion: texto de plantilla por completar: «PENDIENTE: qué preguntó la encuesta y para qué\.»; escriba el texto definitivo/,
  },
];

/**
 * Valid content written in unusual ways staff's tools produce: each must be accepted as it is, by
 * `validate` and by the build.
 */
export interface CasoValido {
  nombre: string;
  cambiar(copia: CopiaDeContenido): void;
}

const RESPUESTAS_DE_DEMOSTRACION = `${DEMOSTRACION}/respuestas.csv`;

export const CASOS_VALIDOS: CasoValido[] = [
  { nombre: 'Windows line endings (CRLF)', cambiar: (c) => c.escribir(STL, c.leer(STL).replace(/\n/g, '\r\n')) },
  {
    nombre: 'a byte-order mark at the start of files',
    cambiar: (c) => {
      for (const archivo of ['content/sesiones/stl-2022-11-08.md', 'content/organos.yaml', SEGUIMIENTO]) c.escribir(archivo, `\uFEFF${c.leer(archivo)}`);
    },
  },
  {
    nombre: 'trailing spaces',
    cambiar: (c) => c.escribir('content/compromisos/carnet-juridico.md', c.leer('content/compromisos/carnet-juridico.md').replace(/\n/g, '   \n')),
  },
  {
    nombre: 'a survey export separated by semicolons',
    cambiar: (c) =>
      c.escribir(
        RESPUESTAS_DE_DEMOSTRACION,
        `${Papa.unparse(Papa.parse<string[]>(c.leer(RESPUESTAS_DE_DEMOSTRACION).trim()).data, { delimiter: ';', newline: '\n' })}\n`,
      ),
  },
  {
    nombre: 'a title with quotes and emoji',
    cambiar: (c) => c.reemplazar('content/sesiones/stl-2021-11-26.md', /^titulo: .*$/m, `titulo: 'Sesión «extraordinaria» de "prueba" 🎉 con ''comillas'''`),
  },
  {
    nombre: 'a session filed in a year folder',
    cambiar: (c) => {
      c.escribir('content/sesiones/2020/stl-2020-11-03.md', c.leer('content/sesiones/stl-2020-11-03.md'));
      fs.rmSync(`${c.carpetas.contenido}/sesiones/stl-2020-11-03.md`);
    },
  },
];
