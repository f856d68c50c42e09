/**
 * `npm run nuevo -- <tipo> [--campo valor …]`: writes a new content file that already validates,
 * proposing the next number and id, and says what to fill in next. Missing essentials are asked
 * for when run in a terminal, or reported when run non-interactively.
 *
 *   npm run nuevo -- sesion --organo stl --fecha 2023-02-24 [--tipo ordinaria] [--numero 16]
 *   npm run nuevo -- compromiso --titulo "…" --tipo proactivo --responsable infoem [--plan "…"]
 *   npm run nuevo -- avance --compromiso carnet-juridico --fecha 2023-02-24 [--sesion id] [--presentado-por id]
 *   npm run nuevo -- calendario --organo stl --anio 2024 --fechas 2024-02-23,2024-04-26 [--aprobado-por id]
 *   npm run nuevo -- evento --titulo "…" --fecha 2023-05-10 --tipo foro (--organo id | --institucion id)
 *   npm run nuevo -- encuesta --titulo "…" --institucion "…" --respuestas exportacion.csv [--id mi-encuesta-2024] [--anio 2024]
 *   npm run nuevo -- --help
 */
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseCsv } from '../src/lib/csv/leer-csv.ts';
import { ARCHIVOS, resolveFolders } from '../src/lib/contenido/rutas.ts';
import { today } from '../src/lib/fechas.ts';
import {
  addProgressReport,
  appendCsvRow,
  calendarFile,
  commitmentFile,
  eventRow,
  proposeCalendarStart,
  proposeSessionNumber,
  sessionFile,
  type ArchivoNuevo,
} from '../src/lib/nuevo/plantillas.ts';
import { checkDate, ErrorDeUso, parseArgs } from '../src/lib/nuevo/argumentos.ts';
import { surveyFiles } from '../src/lib/nuevo/encuesta.ts';
import { catalogIds, knownCalendar, knownSessions } from '../src/lib/nuevo/existentes.ts';
import { isPlaceholderProblem } from '../src/lib/pendientes.ts';
import { slugify } from '../src/lib/slug.ts';
import { TIPOS_DE_EVENTO } from '../src/schemas/tablas.ts';
import { formatProblem } from '../src/lib/lectura/problema.ts';
import { closestId } from '../src/lib/validacion/sugerencia.ts';
import { validateContent } from '../src/lib/validacion/validar-contenido.ts';

const USO = `Uso: npm run nuevo -- <tipo> [--campo valor …]
Tipos: sesion, compromiso, avance, calendario, evento, encuesta.
Ejemplo: npm run nuevo -- sesion --organo stl --fecha 2023-02-24
Ayuda completa: npm run nuevo -- --help`;

const AYUDA = `Crea un archivo de contenido nuevo que ya tiene la forma correcta y dice qué falta escribir.
Lo que queda por escribir está marcado «PENDIENTE:»; «npm run validate» lo señala y el sitio no se
construye hasta reemplazarlo.

Uso: npm run nuevo -- <tipo> [--campo valor …]
(En una terminal, lo que falte se pregunta; sin terminal, se informa.)

  sesion       --organo <id> --fecha AAAA-MM-DD [--tipo ordinaria|extraordinaria|instalacion|reunion-de-trabajo]
               [--numero N]
               Escribe content/sesiones/<organo>-<fecha>.md con el número propuesto por el calendario.
  compromiso   --titulo "…" --tipo cocreado|proactivo --responsable <id de institución> [--plan "…"] [--numero N]
  avance       --compromiso <id> --fecha AAAA-MM-DD [--sesion <id>] [--presentado-por <id de persona>]
               Agrega solo el bloque del avance al final de «avances» del compromiso.
  calendario   --organo <id> --anio AAAA --fechas AAAA-MM-DD,AAAA-MM-DD,… [--tipo ordinaria] [--numero N]
               [--aprobado-por <id del acuerdo>]
  evento       --titulo "…" --fecha AAAA-MM-DD --tipo <tipo> (--organo <id> | --institucion <id>)
               Tipos: ${Object.keys(TIPOS_DE_EVENTO).join(', ')}.
  encuesta     --titulo "…" --institucion "…" --respuestas <exportación.csv> [--id <carpeta>] [--anio AAAA]
               Crea data/encuestas/<id>/ con la exportación sin modificar y un libro de códigos propuesto.
               --id   nombre de la carpeta (por omisión, el título en minúsculas y con guiones).
               --anio año de la encuesta (por omisión, el de las respuestas si todas son del mismo año;
                      si no, queda «PENDIENTE:»).

Opciones: --campo valor o --campo=valor. --help muestra esta ayuda.`;

const carpetas = resolveFolders();
const relativo = (file: string) => path.relative(carpetas.raiz, file).split(path.sep).join('/');
const enLaCarpetaDeContenido = (file: string) => path.relative(carpetas.contenido, file).split(path.sep).join('/');
const enContenido = (...partes: string[]) => path.join(carpetas.contenido, ...partes);

/** Refuses an id that is not in its catalogue, suggesting the closest one. */
function requireId(valor: string, archivo: string, que: string): string {
  const ids = catalogIds(carpetas, archivo);
  if (ids.includes(valor)) return valor;
  const cercano = closestId(valor, ids);
  const sugerencia = cercano ? ` ¿Quiso decir «${cercano}»?` : '';
  throw new ErrorDeUso(`No existe ${que} «${valor}» en content/${archivo}.${sugerencia} (existen: ${ids.join(', ')})`);
}

async function ask(flags: Record<string, string>, campo: string, pregunta: string, porOmision?: string): Promise<string> {
  if (flags[campo]) return flags[campo];
  if (!process.stdin.isTTY) {
    if (porOmision !== undefined) return porOmision;
    throw new ErrorDeUso(`Falta --${campo.replace(/_/g, '-')} (${pregunta}).`);
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const respuesta = (await rl.question(`${pregunta}${porOmision ? ` [${porOmision}]` : ''}: `)).trim();
  rl.close();
  const valor = respuesta || porOmision;
  if (!valor) throw new ErrorDeUso(`Se necesita ${pregunta.toLowerCase()}.`);
  return valor;
}

interface Plan {
  archivo: ArchivoNuevo;
  /** `carpeta`: the files were already written into `carpeta` (a new survey). */
  modo: 'crear' | 'reemplazar' | 'carpeta';
  carpeta?: string;
}

async function plan(tipo: string, flags: Record<string, string>): Promise<Plan> {
  switch (tipo) {
    case 'sesion': {
      const organo = requireId(await ask(flags, 'organo', 'Órgano (id de content/organos.yaml)'), ARCHIVOS.organos, 'el órgano');
      const fecha = checkDate(await ask(flags, 'fecha', 'Fecha (AAAA-MM-DD)'), 'fecha');
      const tipoDeSesion = await ask(flags, 'tipo', 'Tipo (ordinaria, extraordinaria, instalacion, reunion-de-trabajo)', 'ordinaria');
      const sesiones = knownSessions(carpetas);
      const repetida = sesiones.find((s) => s.organo === organo && s.fecha === fecha && s.tipo === tipoDeSesion);
      if (repetida) throw new ErrorDeUso(`Ya existe la sesión ${tipoDeSesion} de ${organo} del ${fecha}: content/sesiones/${repetida.id}.md`);
      const propuesto = proposeSessionNumber(sesiones, knownCalendar(carpetas), organo, tipoDeSesion, fecha);
      const numero = flags.numero ? Number(flags.numero) : propuesto;
      const existentes = sesiones.map((s) => s.id);
      return { archivo: sessionFile({ organo, tipo: tipoDeSesion, fecha, numero, hoy: today(), existentes }), modo: 'crear' };
    }
    case 'compromiso': {
      const titulo = await ask(flags, 'titulo', 'Título del compromiso');
      const tipoDeCompromiso = await ask(flags, 'tipo', 'Tipo (cocreado o proactivo)');
      if (tipoDeCompromiso !== 'cocreado' && tipoDeCompromiso !== 'proactivo') throw new ErrorDeUso('--tipo debe ser «cocreado» o «proactivo».');
      const responsable = requireId(
        await ask(flags, 'responsable', 'Institución responsable (id de content/instituciones.yaml)'),
        ARCHIVOS.instituciones,
        'la institución',
      );
      const planPorOmision = 'Primer Plan de Acción Local de Gobierno Abierto del Estado de México';
      const planDeAccion = await ask(flags, 'plan', 'Plan de acción', planPorOmision);
      const existentes = fs.readdirSync(enContenido(ARCHIVOS.compromisos)).map((f) => f.replace(/\.mdx?$/, ''));
      return {
        archivo: commitmentFile({
          titulo,
          tipo: tipoDeCompromiso,
          responsable,
          plan: planDeAccion,
          numero: flags.numero ? Number(flags.numero) : undefined,
          existentes,
        }),
        modo: 'crear',
      };
    }
    case 'avance': {
      const compromiso = await ask(flags, 'compromiso', 'Compromiso (id)');
      const file = ['.md', '.mdx'].map((ext) => enContenido(ARCHIVOS.compromisos, compromiso + ext)).find((f) => fs.existsSync(f));
      if (!file) throw new ErrorDeUso(`No existe el compromiso «${compromiso}» en content/compromisos/.`);
      const fecha = checkDate(await ask(flags, 'fecha', 'Fecha del avance (AAAA-MM-DD)'), 'fecha');
      const sesion = flags.sesion ?? knownSessions(carpetas).find((s) => s.fecha === fecha)?.id;
      const texto = addProgressReport(fs.readFileSync(file, 'utf8'), { fecha, sesion, presentado_por: flags.presentado_por });
      return {
        archivo: {
          ruta: enLaCarpetaDeContenido(file),
          texto,
          pasos: ['Escriba el resumen del avance y sus cifras (indicador, valor, unidad, precision).', 'Ejecute «npm run validate» para comprobarlo.'],
        },
        modo: 'reemplazar',
      };
    }
    case 'calendario': {
      const organo = requireId(await ask(flags, 'organo', 'Órgano (id)'), ARCHIVOS.organos, 'el órgano');
      const anio = Number(await ask(flags, 'anio', 'Año', String(Number(today().slice(0, 4)) + 1)));
      const fechas = (await ask(flags, 'fechas', 'Fechas separadas por comas (AAAA-MM-DD,…)')).split(',').map((f) => checkDate(f.trim(), 'fechas'));
      const tipoDeSesion = flags.tipo ?? 'ordinaria';
      const numeroInicial = flags.numero ? Number(flags.numero) : proposeCalendarStart(knownCalendar(carpetas), organo, tipoDeSesion);
      return { archivo: calendarFile({ organo, anio, tipo: tipoDeSesion, fechas, numeroInicial, aprobado_por: flags.aprobado_por }), modo: 'crear' };
    }
    case 'evento': {
      const titulo = await ask(flags, 'titulo', 'Título');
      const fecha = checkDate(await ask(flags, 'fecha', 'Fecha (AAAA-MM-DD)'), 'fecha');
      const tipos = Object.keys(TIPOS_DE_EVENTO);
      // Asked, never assumed: «otro» hides the event from the filters by kind.
      const tipoDeEvento = await ask(flags, 'tipo', `Tipo (${tipos.join(', ')})`);
      if (!tipos.includes(tipoDeEvento)) throw new ErrorDeUso(`--tipo debe ser uno de: ${tipos.join(', ')} (recibí «${tipoDeEvento}»).`);
      const organoDelEvento = flags.organo ? requireId(flags.organo, ARCHIVOS.organos, 'el órgano') : undefined;
      const institucion = organoDelEvento ? flags.institucion : await ask(flags, 'institucion', 'Institución que organiza (id)');
      if (institucion) requireId(institucion, ARCHIVOS.instituciones, 'la institución');
      const file = enContenido(ARCHIVOS.eventos);
      const actual = fs.readFileSync(file, 'utf8');
      const existentes = parseCsv(actual).filas.map((f) => f.valores.id);
      const fila = eventRow({ titulo, fecha, tipo: tipoDeEvento, organo: organoDelEvento, institucion, existentes });
      return {
        archivo: {
          ruta: enLaCarpetaDeContenido(file),
          texto: appendCsvRow(actual, fila),
          pasos: [`Complete en la fila «${fila.id}» los ponentes, la descripción y la fuente si las hay.`, 'Ejecute «npm run validate» para comprobarlo.'],
        },
        modo: 'reemplazar',
      };
    }
    case 'encuesta': {
      const exportacion = await ask(flags, 'respuestas', 'Archivo CSV exportado del formulario (ruta)');
      if (!fs.existsSync(exportacion)) throw new ErrorDeUso(`No encuentro el archivo «${exportacion}».`);
      const titulo = await ask(flags, 'titulo', 'Título de la encuesta');
      const id = flags.id ?? slugify(titulo, 60);
      const carpeta = path.join(carpetas.datos, 'encuestas', id);
      if (fs.existsSync(carpeta)) throw new ErrorDeUso(`Ya existe ${relativo(carpeta)}; no la sobrescribo.`);
      const institucion = await ask(flags, 'institucion', 'Institución que levantó la encuesta', 'Infoem');
      if (flags.anio && !/^\d{4}$/.test(flags.anio)) throw new ErrorDeUso(`--anio debe ser un año de cuatro cifras (recibí «${flags.anio}»).`);
      const anio = flags.anio ? Number(flags.anio) : undefined;
      const { archivos, libro } = surveyFiles({ id, titulo, institucion, anio, exportacion: fs.readFileSync(exportacion, 'utf8') });
      fs.mkdirSync(carpeta, { recursive: true });
      for (const [nombre, texto] of archivos) fs.writeFileSync(path.join(carpeta, nombre), texto);
      fs.copyFileSync(exportacion, path.join(carpeta, 'respuestas.csv'));
      return {
        archivo: {
          ruta: '',
          texto: '',
          pasos: [
            `Se detectaron ${libro?.preguntas.length ?? 0} preguntas en ${libro?.respuestas ?? 0} respuestas${libro?.columnaMunicipio ? `; el municipio está en la columna «${libro.columnaMunicipio}»` : '; no se encontró una columna de municipio: indíquela en «columna_municipio»'}.`,
            'Revise preguntas.csv: el tipo y las opciones se propusieron a partir de las respuestas (opción única, opción múltiple, escala, número o texto libre); en una exportación de KoboToolbox, las etiquetas se propusieron desde los códigos y el texto de cada pregunta queda «PENDIENTE:».',
            `Complete encuesta.yaml (reemplace cada «PENDIENTE:»${anio || libro?.anio ? `; revise el año ${anio ?? libro?.anio}` : ', también el año'}; en «sintetico» escriba false si son respuestas reales) y agrupe las preguntas en dimensiones.`,
            'Ejecute «npm run validate»: señala lo que queda «PENDIENTE:», municipios que no son del INEGI (con sugerencias) y datos personales en cualquier columna.',
          ],
        },
        modo: 'carpeta',
        carpeta,
      };
    }
    default:
      throw new ErrorDeUso(tipo ? `No conozco el tipo «${tipo}».\n${USO}` : USO);
  }
}

/**
 * Lists what the new file still lacks: its placeholders, then any other error (one on a
 * placeholder's line follows from it and is left out). True when there are other errors.
 */
function reportProblems(problemas: ReturnType<typeof validateContent>['problemas']): boolean {
  const errores = problemas.filter((p) => p.nivel === 'error');
  const pendientes = errores.filter(isPlaceholderProblem);
  const lineasPendientes = new Set(pendientes.map((p) => `${p.archivo}:${p.linea}`));
  const otros = errores.filter((p) => !isPlaceholderProblem(p) && !lineasPendientes.has(`${p.archivo}:${p.linea}`));
  if (pendientes.length) {
    console.log('\nFalta escribir (el sitio no se construye mientras quede un «PENDIENTE:»):');
    for (const p of pendientes) console.log(`  ${formatProblem(p)}`);
  }
  if (otros.length) {
    console.log('\nRevise estos datos:');
    for (const p of otros) console.log(`  ${formatProblem(p)}`);
  }
  return otros.length > 0;
}

async function main() {
  const argumentos = process.argv.slice(2);
  if (!argumentos.length || argumentos.some((a) => a === '--help' || a === '-h' || a === '--ayuda' || a === 'ayuda')) {
    console.log(AYUDA);
    return;
  }
  const { tipo, flags } = parseArgs(argumentos);
  const { archivo, modo, carpeta } = await plan(tipo ?? '', flags);
  if (modo === 'carpeta' && carpeta) {
    const mostrado = relativo(carpeta);
    console.log(`Creada: ${mostrado}/ (encuesta.yaml, preguntas.csv y respuestas.csv sin modificar)`);
    reportProblems(validateContent({ carpetas }).problemas.filter((p) => p.archivo.startsWith(`${mostrado}/`)));
    console.log('\nQué sigue:');
    archivo.pasos.forEach((paso, i) => console.log(`  ${i + 1}. ${paso}`));
    return;
  }
  const destino = path.join(carpetas.contenido, archivo.ruta);
  const mostrado = relativo(destino);
  if (modo === 'crear' && fs.existsSync(destino)) throw new ErrorDeUso(`Ya existe ${mostrado}; no lo sobrescribo.`);
  fs.mkdirSync(path.dirname(destino), { recursive: true });
  fs.writeFileSync(destino, archivo.texto);
  console.log(`${modo === 'crear' ? 'Creado' : 'Actualizado'}: ${mostrado}`);

  if (reportProblems(validateContent({ carpetas }).problemas.filter((p) => p.archivo === mostrado))) process.exitCode = 1;
  console.log('\nQué sigue:');
  archivo.pasos.forEach((paso, i) => console.log(`  ${i + 1}. ${paso}`));
}

main().catch((error) => {
  if (error instanceof ErrorDeUso) {
    console.error(error.message);
    process.exitCode = 2;
  } else throw error;
});
