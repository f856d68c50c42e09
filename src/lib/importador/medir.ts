/**
 * How close a draft comes to the hand-made session file: field by field, precision (of the values
 * the importer wrote, how many are right), recall (of the values the file has, how many the
 * importer found) and exact matches (equal, including both empty). A value the importer wrote
 * where the hand-made file has none is counted as invented.
 *
 * Editorial fields that no acta prints (resumen, tema, compromiso, nota, calidad, documentos) are
 * not compared.
 */

type Registro = Record<string, unknown>;

export interface Comparacion {
  campo: string;
  esperado?: string;
  obtenido?: string;
}

const ESCALARES = [
  'organo',
  'tipo',
  'numero',
  'fecha',
  'hora_inicio',
  'hora_fin',
  'modalidad',
  'lugar',
  'convocatoria.oficio',
  'convocatoria.fecha',
  'convocatoria.convoca',
  'seguimiento.fecha',
  'seguimiento.hora',
  'seguimiento.sesion',
];
const DE_ASISTENTE = ['cargo', 'representacion', 'institucion'];
const DE_PUNTO = ['numero', 'texto'];
const DE_ACUERDO = ['id', 'clave', 'punto', 'texto', 'votacion'];

/** A value as comparable text: dates as `AAAA-MM-DD`, blanks collapsed; empty is undefined. */
function valueOf(valor: unknown): string | undefined {
  if (valor === undefined || valor === null) return undefined;
  if (valor instanceof Date) return valor.toISOString().slice(0, 10);
  const texto = String(valor).replace(/\s+/g, ' ').trim();
  return texto === '' ? undefined : texto;
}

function at(registro: Registro | undefined, ruta: string): unknown {
  return ruta.split('.').reduce<unknown>((v, parte) => (v && typeof v === 'object' ? (v as Registro)[parte] : undefined), registro);
}

const lista = (registro: Registro, nombre: string): Registro[] => (Array.isArray(registro[nombre]) ? (registro[nombre] as Registro[]) : []);

/** Every compared field of a draft against the hand-made record. */
export function compareSession(esperado: Registro, obtenido: Registro): Comparacion[] {
  const filas: Comparacion[] = ESCALARES.map((campo) => ({ campo, esperado: valueOf(at(esperado, campo)), obtenido: valueOf(at(obtenido, campo)) }));
  const porPersona = (r: Registro) => new Map(lista(r, 'asistentes').map((a) => [String(a.persona), a]));
  const esperados = porPersona(esperado);
  const obtenidos = porPersona(obtenido);
  for (const persona of new Set([...esperados.keys(), ...obtenidos.keys()])) {
    const e = esperados.get(persona);
    const o = obtenidos.get(persona);
    filas.push({ campo: 'asistentes.persona', esperado: e && persona, obtenido: o && persona });
    for (const campo of DE_ASISTENTE) filas.push({ campo: `asistentes.${campo}`, esperado: valueOf(e?.[campo]), obtenido: valueOf(o?.[campo]) });
  }
  for (const [nombre, campos] of [
    ['orden_del_dia', DE_PUNTO],
    ['acuerdos', DE_ACUERDO],
  ] as const) {
    const e = lista(esperado, nombre);
    const o = lista(obtenido, nombre);
    for (let i = 0; i < Math.max(e.length, o.length); i++) {
      for (const campo of campos) filas.push({ campo: `${nombre}.${campo}`, esperado: valueOf(e[i]?.[campo]), obtenido: valueOf(o[i]?.[campo]) });
    }
  }
  return filas;
}

export interface Medida {
  campo: string;
  total: number;
  exactos: number;
  /** Right values / values written. Undefined when nothing was written. */
  precision?: number;
  /** Right values / values in the hand-made file. Undefined when it has none. */
  exhaustividad?: number;
  inventados: number;
}

function measure(campo: string, filas: Comparacion[]): Medida {
  const correctos = filas.filter((f) => f.obtenido !== undefined && f.obtenido === f.esperado).length;
  const escritos = filas.filter((f) => f.obtenido !== undefined).length;
  const existentes = filas.filter((f) => f.esperado !== undefined).length;
  return {
    campo,
    total: filas.length,
    exactos: filas.filter((f) => f.obtenido === f.esperado).length,
    precision: escritos ? correctos / escritos : undefined,
    exhaustividad: existentes ? correctos / existentes : undefined,
    inventados: filas.filter((f) => f.obtenido !== undefined && f.esperado === undefined).length,
  };
}

/** One measure per field name, in a stable order, and the total. */
export function summarize(filas: Comparacion[]): { porCampo: Medida[]; total: Medida } {
  const campos = [...new Set(filas.map((f) => f.campo))];
  return {
    porCampo: campos.map((c) =>
      measure(
        c,
        filas.filter((f) => f.campo === c),
      ),
    ),
    total: measure('total', filas),
  };
}
