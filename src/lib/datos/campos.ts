/**
 * Field builders for the dataset declarations (`conjuntos/`): one line per column, plus the row
 * maker that gives every row exactly its declared columns.
 */
import type { Campo, Fila, Valor } from './tipos.ts';
/** Same rule as `identificador` in `src/schemas/comunes.ts`. */
export const PATRON_IDENTIFICADOR = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const PATRON_HORA = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

/** Every dataset covers the same territory. */
export const COBERTURA_ESPACIAL = {
  nombre: 'Estado de México, México',
  /** INEGI's state code. */
  cveEnt: '15',
} as const;

export const claves = (tabla: Record<string, string>) => Object.keys(tabla);

// ——— Field builders: one line per column in the declarations below. ———

type Extra = Partial<Omit<Campo, 'nombre' | 'titulo' | 'tipo' | 'descripcion'>>;

export const texto = (nombre: string, titulo: string, descripcion: string, extra: Extra = {}): Campo => ({
  nombre,
  titulo,
  tipo: 'string',
  descripcion,
  ...extra,
});
export const entero = (nombre: string, titulo: string, descripcion: string, extra: Extra = {}): Campo => ({
  nombre,
  titulo,
  tipo: 'integer',
  descripcion,
  ...extra,
});
export const fecha = (nombre: string, titulo: string, descripcion: string, extra: Extra = {}): Campo => ({
  nombre,
  titulo,
  tipo: 'date',
  descripcion,
  ...extra,
});
export const hora = (nombre: string, titulo: string, descripcion: string, extra: Extra = {}): Campo => ({
  nombre,
  titulo,
  tipo: 'time',
  descripcion: `${descripcion} Hora local de la Ciudad de México, HH:MM de 24 horas.`,
  formato: '%H:%M',
  patron: PATRON_HORA,
  ...extra,
});
export const ref = (nombre: string, titulo: string, descripcion: string, extra: Extra = {}): Campo => ({
  nombre,
  titulo,
  tipo: 'string',
  descripcion,
  patron: PATRON_IDENTIFICADOR,
  ...extra,
});
export const id = (descripcion: string): Campo => ref('id', 'Identificador', descripcion, { requerido: true, unico: true });
export const opcion = (nombre: string, titulo: string, descripcion: string, valores: readonly string[], extra: Extra = {}): Campo => ({
  nombre,
  titulo,
  tipo: 'string',
  descripcion: `${descripcion} Valores: ${valores.join(', ')}.`,
  valores,
  ...extra,
});
export const lista = (nombre: string, titulo: string, descripcion: string, extra: Extra = {}): Campo => ({
  nombre,
  titulo,
  tipo: 'list',
  descripcion: `${descripcion} En CSV, separados por «;».`,
  separador: ';',
  ...extra,
});
export const enlace = (descripcion: string): Campo => ({
  nombre: 'url',
  titulo: 'Página',
  tipo: 'string',
  descripcion,
  formato: 'uri',
  requerido: true,
  unico: true,
});

export const REQ = { requerido: true } as const;

/** `undefined` and empty lists become `null`, so every row has every column. */
export const v = (valor: unknown): Valor => (valor === undefined || (Array.isArray(valor) && valor.length === 0) ? null : (valor as Valor));

/**
 * Row with exactly the declared columns, in order. Values are taken as they are: a value of the
 * wrong type is reported by `verificar.ts`, which stops the build.
 */
export function fila(campos: readonly Campo[], valores: Record<string, unknown>): Fila {
  return Object.fromEntries(campos.map((c) => [c.nombre, v(valores[c.nombre])]));
}

export const fk = (campos: string | string[], conjunto: string, camposReferidos: string | string[] = 'id') => ({
  campos: [campos].flat(),
  conjunto,
  camposReferidos: [camposReferidos].flat(),
});
