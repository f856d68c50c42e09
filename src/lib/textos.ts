/**
 * Titles and short descriptions composed from record fields, shared by pages, feeds and search.
 */
import type { SesionDatos } from '../schemas/sesion.ts';
import { formatDate } from './fechas.ts';

interface OrganoLike {
  nombre: string;
  siglas?: string;
}

/** «Décimo Quinta Sesión Ordinaria · STL», falling back to the type and date. */
export function sessionTitle(sesion: Pick<SesionDatos, 'titulo' | 'fecha'>, organo: OrganoLike): string {
  return `${sesion.titulo} · ${organo.siglas ?? organo.nombre}`;
}

/** «STL · 16 de diciembre de 2022». */
export function sessionSubtitle(sesion: Pick<SesionDatos, 'fecha'>, organo: OrganoLike): string {
  return `${organo.siglas ?? organo.nombre} · ${formatDate(sesion.fecha)}`;
}
