/**
 * Versions of a dataset and what changed between them, from its rows at successive commits. A
 * version is the last commit of a day whose rows differ from the previous version's (a commit
 * that changed other datasets is not a version of this one), named by its date so that
 * `versiones/<fecha>.csv` is one fixed file. Changes are counted by primary key: rows added,
 * rows removed, and rows changed with the fields that changed; a table without a primary key is
 * compared row by row (rows added and removed only).
 */
import type { Fila, Valor } from '../datos/tipos.ts';

/** A dataset's rows as of one commit. */
export interface Instantanea {
  commit: string;
  /** Commit date in Mexico City, `AAAA-MM-DD`. */
  fecha: string;
  filas: Fila[];
}

export interface Version {
  /** The version's name: its date, `AAAA-MM-DD`. */
  version: string;
  commit: string;
  filas: Fila[];
}

/** Values of the primary key of a row (the whole row when there is no key). */
export type Clave = Record<string, Valor>;

export interface CambiosEntreVersiones {
  desde: string;
  hasta: string;
  agregadas: Clave[];
  modificadas: { clave: Clave; campos: string[] }[];
  eliminadas: Clave[];
}

const same = (a: readonly Fila[], b: readonly Fila[]) => JSON.stringify(a) === JSON.stringify(b);

/** Versions, oldest first, from snapshots oldest first. */
export function versionsOf(instantaneas: readonly Instantanea[]): Version[] {
  const porDia = new Map<string, Instantanea>();
  for (const i of instantaneas) porDia.set(i.fecha, i);
  const versiones: Version[] = [];
  for (const i of porDia.values()) {
    const anterior = versiones[versiones.length - 1];
    if (anterior ? same(anterior.filas, i.filas) : !i.filas.length) continue;
    versiones.push({ version: i.fecha, commit: i.commit, filas: i.filas });
  }
  return versiones;
}

function keyOf(fila: Fila, clavePrimaria: readonly string[]): Clave {
  if (!clavePrimaria.length) return fila;
  return Object.fromEntries(clavePrimaria.map((c) => [c, fila[c] ?? null]));
}

/** Rows added, changed (with the fields, in column order) and removed from `antes` to `despues`. */
export function diffRows(
  antes: readonly Fila[],
  despues: readonly Fila[],
  campos: readonly string[],
  clavePrimaria: readonly string[],
): Omit<CambiosEntreVersiones, 'desde' | 'hasta'> {
  const indexar = (filas: readonly Fila[]) => new Map(filas.map((f) => [JSON.stringify(keyOf(f, clavePrimaria)), f]));
  const previas = indexar(antes);
  const nuevas = indexar(despues);
  const agregadas: Clave[] = [];
  const modificadas: { clave: Clave; campos: string[] }[] = [];
  for (const [k, fila] of nuevas) {
    const previa = previas.get(k);
    if (!previa) {
      agregadas.push(keyOf(fila, clavePrimaria));
      continue;
    }
    const cambiados = campos.filter((c) => JSON.stringify(previa[c] ?? null) !== JSON.stringify(fila[c] ?? null));
    if (cambiados.length) modificadas.push({ clave: keyOf(fila, clavePrimaria), campos: cambiados });
  }
  const eliminadas = [...previas].filter(([k]) => !nuevas.has(k)).map(([, f]) => keyOf(f, clavePrimaria));
  return { agregadas, modificadas, eliminadas };
}

/** The changelog between each pair of consecutive versions, newest first. */
export function changelog(versiones: readonly Version[], campos: readonly string[], clavePrimaria: readonly string[]): CambiosEntreVersiones[] {
  const cambios: CambiosEntreVersiones[] = [];
  for (let i = versiones.length - 1; i > 0; i--) {
    cambios.push({
      desde: versiones[i - 1].version,
      hasta: versiones[i].version,
      ...diffRows(versiones[i - 1].filas, versiones[i].filas, campos, clavePrimaria),
    });
  }
  return cambios;
}

/** «stl-xv-1-2022» or «acuerdo stl-xv-1-2022, orden 2»: a key in words. */
export function describeKey(clave: Clave): string {
  const partes = Object.entries(clave);
  if (partes.length === 1) return String(partes[0][1] ?? '');
  return partes.map(([c, v]) => `${c} ${Array.isArray(v) ? v.join('; ') : (v ?? '')}`).join(', ');
}

/** «2 filas agregadas, 1 modificada, 0 eliminadas». */
export function summarise(c: Pick<CambiosEntreVersiones, 'agregadas' | 'modificadas' | 'eliminadas'>): string {
  const n = (x: number, uno: string, varios: string) => `${x} ${x === 1 ? uno : varios}`;
  return `${n(c.agregadas.length, 'fila agregada', 'filas agregadas')}, ${n(c.modificadas.length, 'modificada', 'modificadas')}, ${n(c.eliminadas.length, 'eliminada', 'eliminadas')}`;
}
