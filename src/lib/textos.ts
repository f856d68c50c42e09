/**
 * Titles and short descriptions composed from record fields, shared by pages, feeds and search.
 */
import type { SesionDatos } from '../schemas/sesion.ts';
import { formatDate } from './fechas.ts';

interface OrganoLike {
  nombre: string;
  siglas?: string;
}

/** The name a person reads for a body in lists: its acronym, or its full name when it has none. */
export function shortName(organo: OrganoLike): string {
  return organo.siglas ?? organo.nombre;
}

/** «Décimo Quinta Sesión Ordinaria · STL», falling back to the type and date. */
export function sessionTitle(sesion: Pick<SesionDatos, 'titulo' | 'fecha'>, organo: OrganoLike): string {
  return `${sesion.titulo} · ${shortName(organo)}`;
}

/** «STL · 16 de diciembre de 2022». */
export function sessionSubtitle(sesion: Pick<SesionDatos, 'fecha'>, organo: OrganoLike): string {
  return `${shortName(organo)} · ${formatDate(sesion.fecha)}`;
}

/**
 * «Acuerdo STL/XV/3/2022», or for an agreement printed without a key «Acuerdo 2 de la segunda
 * sesión ordinaria»: the agreement's page title and its title in search results.
 */
export function agreementTitle(acuerdo: { clave?: string; orden: number }, sesion: Pick<SesionDatos, 'titulo'>): string {
  return `Acuerdo ${agreementReference(acuerdo, sesion)}`;
}

/**
 * What follows «el acuerdo» in running text: its printed key, or «2 de la segunda sesión
 * ordinaria» when it has none — never its internal id.
 */
export function agreementReference(acuerdo: { clave?: string; orden: number }, sesion: Pick<SesionDatos, 'titulo'>): string {
  return acuerdo.clave ?? `${acuerdo.orden} de la ${sesion.titulo.toLowerCase()}`;
}
