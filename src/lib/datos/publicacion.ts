/**
 * Shapes shared by the writers of catalogue metadata: a dataset as published (its rows and the
 * exact bytes of its files, with size and SHA-256) and the facts about the publisher.
 */
import type { Conjunto, Fila, Licencia } from './tipos.ts';

/** A file served by the site, with the size and digest of its exact bytes. */
export interface Archivo {
  /** Site path without base (`/datos/sesiones.csv`). */
  ruta: string;
  /** File name (`sesiones.csv`). */
  nombre: string;
  /** IANA media type. */
  tipo: string;
  /** Short format name shown to people (`CSV`). */
  formato: string;
  bytes: Uint8Array;
  tamano: number;
  sha256: string;
}

export interface Cobertura {
  inicio: string;
  fin: string;
}

export interface ConjuntoPublicado {
  conjunto: Conjunto;
  filas: Fila[];
  csv: Archivo;
  json: Archivo;
  /** First and last date of the dataset's date column, when it has one. */
  cobertura?: Cobertura;
  licencia: Licencia;
  /** Absolute URL of the dataset page. */
  url: string;
  /** Latest version from the repository's history, when there is one. */
  version?: InfoDeVersion;
}

/** A dataset's version as the catalogues declare it. */
export interface InfoDeVersion {
  /** The version's date, `AAAA-MM-DD`. */
  version: string;
  /** What changed from the previous version, in Spanish. */
  notas: string;
  /** Site path of the changelog (`cambios.json`). */
  cambios: string;
}

/** What the catalogue writers need to know about the site. */
export interface Editor {
  /** Site name: the catalogue's title. */
  nombre: string;
  descripcion: string;
  institucion: { nombre: string; siglas: string; url: string };
  licencia: Licencia;
  contacto: { correo: string };
}

export interface ContextoDeCatalogo {
  editor: Editor;
  /** Absolute URL (site + base) of a site path. */
  absoluta(ruta: string): string;
  /** Update date of every dataset, AAAA-MM-DD. */
  actualizado: string;
}
