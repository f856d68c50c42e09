/**
 * Facts about a person derived from the sessions they attended.
 */
import type { Asistente } from '../../schemas/sesion.ts';

export interface Cargo {
  cargo: string;
  representacion?: string;
}

/**
 * The distinct posts (and whom the person represented) across their attendance, in the order
 * given (the person page passes newest first), without repeating the same pair. It is what
 * search indexes about a person's roles: the attendance table repeats a post once per session,
 * which would only make a person's page outweigh the sessions themselves.
 */
export function distinctPosts(asistencias: Iterable<Pick<Asistente, 'cargo' | 'representacion'>>): Cargo[] {
  const vistos = new Set<string>();
  const cargos: Cargo[] = [];
  for (const { cargo, representacion } of asistencias) {
    const clave = `${cargo.trim()}\u0000${representacion?.trim() ?? ''}`;
    if (vistos.has(clave)) continue;
    vistos.add(clave);
    cargos.push(representacion?.trim() ? { cargo: cargo.trim(), representacion: representacion.trim() } : { cargo: cargo.trim() });
  }
  return cargos;
}
