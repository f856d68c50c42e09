/**
 * `encuesta.yaml`: read with positions, checked against its schema and against INEGI's catalogue
 * (equivalences and the municipalities of a participation known from a document).
 */
import { encuestaSchema, type EncuestaDatos } from '../../schemas/encuesta.ts';
import { validateRecord } from '../lectura/esquema.ts';
import { readFrontmatterFile, type RegistroLeido, type Ruta } from '../lectura/lectura.ts';
import type { Problema } from '../lectura/problema.ts';
import type { MunicipioInegi } from './municipios.ts';
import type { Reporte } from './reporte.ts';

/** `encuesta.yaml`, located like front matter so problems carry line and column. */
function readSurveyYaml(archivo: string, texto: string): { registro?: RegistroLeido; problemas: Problema[] } {
  // readFrontmatterFile counts the opening «---» as line 1; this file has none, hence the −1.
  const lectura = readFrontmatterFile(archivo, `---\n${texto.replace(/^\uFEFF/, '')}\n---\n`);
  const problemas: Problema[] = lectura.errores.map((e) => ({
    ...e,
    linea: e.linea ? Math.max(1, e.linea - 1) : undefined,
    mensaje: e.mensaje.replace('el encabezado debe tener campos', 'el archivo debe tener campos'),
    nivel: 'error',
  }));
  const registro = lectura.registros[0];
  if (!registro) return { problemas };
  return {
    registro: {
      ...registro,
      ubicar: (ruta, enNombre) => {
        const pos = registro.ubicar(ruta, enNombre);
        return { ...pos, linea: Math.max(1, pos.linea - 1) };
      },
    },
    problemas,
  };
}

const fieldPath = (ruta: Ruta) => ruta.reduce<string>((n, s) => (typeof s === 'number' ? `${n}[${s}]` : n ? `${n}.${s}` : s), '');

/**
 * The validated description, or undefined when it cannot be used (its problems are reported).
 * `conArchivos`: the folder also holds preguntas.csv or respuestas.csv.
 */
export function readSurveyDescription(
  archivo: string,
  texto: string,
  municipios: readonly MunicipioInegi[],
  conArchivos: boolean,
  reporte: Reporte,
): EncuestaDatos | undefined {
  const lectura = readSurveyYaml(archivo, texto);
  lectura.problemas.forEach((p) => reporte.add(p));
  if (!lectura.registro) return undefined;
  const registro = lectura.registro;
  const { valor: encuesta, problemas } = validateRecord(encuestaSchema, registro);
  problemas.forEach((p) => reporte.add(p));
  if (!encuesta) return undefined;

  const claves = new Set(municipios.map((m) => m.cvegeo));
  const enEncuesta = (ruta: (string | number)[], mensaje: string) =>
    reporte.add({ archivo, ...registro.ubicar(ruta), campo: fieldPath(ruta), mensaje, nivel: 'error' });
  const fueraDelCatalogo = (clave: string) => `la clave «${clave}» no está en el catálogo del INEGI (data/municipios-edomex.csv)`;
  for (const [valor, clave] of Object.entries(encuesta.equivalencias_de_municipio)) {
    if (!claves.has(clave)) enEncuesta(['equivalencias_de_municipio', valor], fueraDelCatalogo(clave));
  }
  const conocida = encuesta.participacion_conocida;
  if (conocida) {
    conocida.municipios.forEach((m, i) => {
      if (!claves.has(m.cvegeo)) enEncuesta(['participacion_conocida', 'municipios', i, 'cvegeo'], fueraDelCatalogo(m.cvegeo));
    });
    const repetidos = conocida.municipios.filter((m, i, todos) => todos.findIndex((o) => o.cvegeo === m.cvegeo) !== i);
    for (const m of repetidos) enEncuesta(['participacion_conocida', 'municipios'], `el municipio «${m.cvegeo}» aparece dos veces`);
    if (conArchivos) {
      enEncuesta(
        ['participacion_conocida'],
        'una encuesta con «participacion_conocida» no lleva preguntas.csv ni respuestas.csv: publique las respuestas como otra encuesta',
      );
    }
  }
  return encuesta;
}
