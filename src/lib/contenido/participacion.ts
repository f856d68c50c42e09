/**
 * What the sources record of a person's part in the bodies' work, in one line for the people list.
 * Only recorded facts count: attendance comes from attendance lists alone, so a person named in
 * an agenda item whom someone else represented has none, and the line says so instead of
 * claiming they took part.
 */
import { plural } from '../etiquetas.ts';
import type { Indices } from './ensamblar.ts';

type Relaciones = Pick<Indices, 'asistenciaPorPersona' | 'avancesPorPersona' | 'eventosPorPersona' | 'convocadasPorPersona'>;

/** Shown when no source records attendance, a report presented, a talk given or a session called. */
export const SIN_PARTICIPACION_REGISTRADA = 'No consta su asistencia a sesiones registradas';

/** One line: the latest post and sessions attended, else the other recorded parts, else that none is recorded. */
export function participationSummary(indices: Relaciones, persona: string): string {
  const asistencia = indices.asistenciaPorPersona.get(persona) ?? [];
  const ultima = asistencia.at(-1);
  if (ultima) return `${ultima.asistente.cargo} · ${plural(asistencia.length, 'sesión', 'sesiones')}`;
  const partes = [
    [indices.avancesPorPersona.get(persona)?.length ?? 0, 'presentó un avance', (n: string) => `presentó ${n} avances`],
    [indices.eventosPorPersona.get(persona)?.length ?? 0, 'ponente en una actividad', (n: string) => `ponente en ${n} actividades`],
    [indices.convocadasPorPersona.get(persona)?.length ?? 0, 'convocó una sesión', (n: string) => `convocó ${n} sesiones`],
  ] as const;
  const registradas = partes.filter(([n]) => n > 0).map(([n, uno, varios]) => (n === 1 ? uno : varios(String(n))));
  if (!registradas.length) return SIN_PARTICIPACION_REGISTRADA;
  const texto = registradas.join(' · ');
  return `${texto[0].toUpperCase()}${texto.slice(1)}`;
}
