/**
 * What the importer matches against: the bodies, people and institutions already recorded, and
 * the sessions that exist (to link a follow-up meeting and never overwrite a file).
 */
import type { Institucion, Organo, Persona } from '../../schemas/catalogos.ts';
import { foldName } from '../documentos/normalizar.ts';

export interface SesionExistente {
  id: string;
  organo: string;
  fecha: string;
}

export interface Catalogos {
  organos: Organo[];
  personas: Persona[];
  instituciones: Institucion[];
  sesiones: SesionExistente[];
}

/** Folded name → person, over names and printed variants. */
export function personIndex(personas: readonly Persona[]): Map<string, Persona> {
  const indice = new Map<string, Persona>();
  for (const persona of personas) {
    for (const nombre of [persona.nombre, ...(persona.variantes ?? [])]) indice.set(foldName(nombre), persona);
  }
  return indice;
}

/** Words that belong to the names of bodies and institutions: never part of a person's name. */
export function catalogWords(catalogos: Catalogos): Set<string> {
  const palabras = new Set<string>();
  for (const registro of [...catalogos.organos, ...catalogos.instituciones]) {
    for (const palabra of foldName(`${registro.nombre} ${registro.siglas ?? ''}`).split(' ')) {
      if (palabra.length > 3) palabras.add(palabra);
    }
  }
  return palabras;
}
