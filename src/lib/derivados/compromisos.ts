/**
 * Progress of commitments: the five phases of proactive commitments in order, and the current one.
 */
import { FASES, type Avance, type Fase, type FaseDeCompromiso } from '../../schemas/compromiso.ts';

export const ORDEN_DE_FASES = Object.keys(FASES) as Fase[];

export interface FaseEnOrden {
  fase: Fase;
  /** Declared state, or `sin-informacion` when the sources say nothing about the phase. */
  estado: FaseDeCompromiso['estado'] | 'sin-informacion';
  declarada?: FaseDeCompromiso;
}

/** The five phases in canonical order, each with what was declared about it. */
export function phasesInOrder(fases: readonly FaseDeCompromiso[]): FaseEnOrden[] {
  return ORDEN_DE_FASES.map((fase) => {
    const declarada = fases.find((f) => f.fase === fase);
    return { fase, estado: declarada?.estado ?? 'sin-informacion', declarada };
  });
}

/**
 * The phase the commitment is in: the first one, in canonical order, that is not concluded.
 * Returns `completa` when all five are concluded and `undefined` when no phase is declared.
 */
export function currentPhase(fases: readonly FaseDeCompromiso[]): Fase | 'completa' | undefined {
  if (!fases.length) return undefined;
  const pending = phasesInOrder(fases).find((f) => f.estado !== 'concluida');
  return pending ? pending.fase : 'completa';
}

/** Progress reports, newest first. */
export function reportsNewestFirst(avances: readonly Avance[]): Avance[] {
  return [...avances].sort((a, b) => b.fecha.localeCompare(a.fecha));
}
